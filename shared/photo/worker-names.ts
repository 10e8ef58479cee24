/** The name the selfie coach starts the photo worker's script under, so that it judges frames (photo.worker.ts). */
export const COACH_WORKER_NAME = 'listo-coach';
