import type { ProfileId } from '../profiles/index';
import type { Facts, PhotoFacts } from '../facts/facts';
import type { RgbaImage } from '../photo/pixels/measure';
import type { StepId } from './steps';

/** A photo the person chose, as bytes: the source decides how to measure it. */
export interface ChosenPhoto {
  bytes: Uint8Array;
  type: string;
  name?: string;
}

export interface GatherRequest {
  /**
   * The person pressed the step's action ("Check my location"). Without it a
   * source reads only what needs no prompt (the permission hint, not a position).
   */
  ask: boolean;
  photo?: ChosenPhoto;
  /** The profile chosen; the session adds it (a photo's pixel budget is the profile's). */
  profileId?: ProfileId;
}

/**
 * Where a session's facts come from. The live source reads this device; a
 * recorded source replays a trainer scenario; a reported source rebuilds a
 * client's facts from their helper code. Views never know which.
 */
export interface FactSource {
  kind: 'live' | 'recorded' | 'reported';
  /** Facts of one step. A failed probe gives its fact group with the failure said inside, never a throw. */
  gather(step: StepId, request: GatherRequest): Promise<Facts>;
  /** A picture that goes with the photo facts, such as a scenario's sample photo (an object or asset URL). */
  photoUrl?(): string | null;
  /**
   * The pixels these photo facts were measured on (upright, at the analysis size), for the exposure picture.
   * Kept beside the facts, never in them: facts are small and go into a helper code; pixels stay on the screen.
   */
  photoPixels?(facts: PhotoFacts): RgbaImage | null;
}
