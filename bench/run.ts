/** npm run bench: prints figures and ratios for this machine; nothing here passes or fails. */
import { benchBundle, benchPrecache } from './bundle';
import { benchCoach } from './coach';
import { benchFace } from './face';
import { benchFairnessOnRealFaces } from './fairness';
import { benchFirstFinding } from './first-finding';
import { benchFirstVisit } from './first-visit';
import { benchLighthouse } from './lighthouse';
import { benchPhoto } from './photo';
import { benchTime } from './time';

console.log(`Listo benchmarks — ${new Date().toISOString()}, Node ${process.version}`);
await benchTime();
benchBundle();
benchPrecache();
if (process.env.LISTO_BENCH_BASELINE) benchPrecache(new URL(`file://${process.env.LISTO_BENCH_BASELINE.replace(/\/?$/, '/')}`), `baseline precache (${process.env.LISTO_BENCH_BASELINE})`);
await benchFirstVisit();
await benchFirstFinding();
await benchLighthouse();
await benchPhoto();
await benchFace();
benchFairnessOnRealFaces();
await benchCoach();
