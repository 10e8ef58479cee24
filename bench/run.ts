/** npm run bench: prints figures and ratios for this machine; nothing here passes or fails. */
import { benchBundle } from './bundle';
import { benchFace } from './face';
import { benchPhoto } from './photo';
import { benchTime } from './time';

console.log(`Listo benchmarks — ${new Date().toISOString()}, Node ${process.version}`);
await benchTime();
benchBundle();
await benchPhoto();
await benchFace();
