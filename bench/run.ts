import { benchPhoto } from './photo';

/** `npm run bench`: every part prints its figures; nothing is asserted. */
await benchPhoto();
