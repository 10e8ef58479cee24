/** A User Timing mark for the benchmark (npm run bench reads them); nothing where the API is missing. */
export function timingMark(name: 'listo:photo-analysed' | 'listo:photo-picture', detail?: unknown): void {
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    // Old browsers lack mark options: timing is a nicety.
  }
}
