import { mkdirSync, writeFileSync } from 'node:fs';
import { SKIN_TONE_GROUPS, portrait, scene, type SceneKind } from '../test/photo/coach/scenes';
import { y4mVideo } from '../test/photo/coach/y4m';

/**
 * Writes the selfie coach's camera scenes as .y4m videos, for trying the coach
 * by hand in Chromium's fake camera:
 *
 *   npx tsx scripts/make-coach-videos.ts /tmp/coach
 *   chromium --use-fake-device-for-media-stream --use-fake-ui-for-media-stream \
 *     --use-file-for-fake-video-capture=/tmp/coach/U000031-backlit.y4m http://127.0.0.1:4173/
 *
 * The e2e test (test/e2e/coach.test.ts) makes the ones it needs itself, in a temporary folder.
 */
const out = process.argv[2] ?? 'test-results/coach-videos';
mkdirSync(out, { recursive: true });
const kinds: SceneKind[] = ['even', 'small', 'dim', 'backlit', 'side', 'tilted', 'moving'];
for (const id of Object.values(SKIN_TONE_GROUPS).flat()) {
  const face = portrait(id);
  for (const kind of kinds) writeFileSync(`${out}/${id}-${kind}.y4m`, y4mVideo([scene(face, kind)]));
}
console.log(`${kinds.length * Object.values(SKIN_TONE_GROUPS).flat().length} videos in ${out}`);
