import type { DeviceProbePlatform } from '../probes/device-probe';
import type { Facts, PhotoFacts } from '../facts/facts';
import type { RgbaImage } from '../photo/pixels/measure';
import type { LocationProbePlatform } from '../probes/location-probe';
import type { NetworkProbePlatform } from '../probes/network-probe';
import type { StorageProbePlatform } from '../probes/storage-probe';
import type { TimeProbePlatform } from '../probes/time-probe';
import type { TzdataFacts } from '../facts/facts';
import type { FactSource } from './fact-source';
import { timingMark } from '../photo/timing-mark';

/** What a shell lends the live source: the device's platform objects, each replaceable by a fake in tests. */
export interface LiveSourceHost {
  /** URL on our own origin whose Date header is the reference time; null where there is none (the extension). */
  clockReferenceUrl(): string | null;
  /** URL on our own origin to test reachability; null where there is none. */
  reachabilityUrl: string | null;
  location: LocationProbePlatform;
  /** The device clock, for judging a photo's capture time. */
  now(): number;
  time?: TimeProbePlatform;
  readTzdata?: () => Promise<TzdataFacts>;
  storage?: StorageProbePlatform;
  network?: NetworkProbePlatform;
  device?: DeviceProbePlatform;
}

const loadCore = () => import('../ui/core');
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const loadPhotoClient = () => import('../photo/client');

/** This device, read by the probes. Each step reads only its own facts; a position is asked for only on the person's tap. */
export function liveSource(host: LiveSourceHost): FactSource {
  // Keyed by the very facts object the session keeps: the picture always belongs to the facts shown, whichever read won.
  const pixels = new WeakMap<PhotoFacts, RgbaImage>();
  return {
    kind: 'live',
    photoPixels: (facts) => pixels.get(facts) ?? null,
    async gather(step, request): Promise<Facts> {
      const core = await loadCore();
      switch (step) {
        case 'time': {
          const timeRead = core.readTimeFacts(host.clockReferenceUrl(), ...(host.time ? [host.time] : []));
          // Reading the tz data is tens of milliseconds of synchronous work on a slow phone: the clock request
          // goes out and the screen paints first, and the round trip overlaps the reading.
          await nextTask();
          const [time, tzdata] = await Promise.all([timeRead, (host.readTzdata ?? core.readTzdataFacts)()]);
          return { time: { ...time, tzdata } };
        }
        case 'location': {
          // Asking may show the browser's prompt: only when the person pressed the button.
          if (!request.ask) return { location: await core.readLocationHint(host.location) };
          // The geo data the position is judged with downloads while the position is read.
          core.loadGeo().catch(() => undefined); // a failure is met again, and said, when the position is judged
          const outcome = await core.readPosition(host.location);
          return { location: outcome.facts };
        }
        case 'photo': {
          if (!request.photo) return {};
          const client = await loadPhotoClient();
          // Photos above the profile's budget are not decoded (the header is read first).
          const profile = core.profiles[request.profileId ?? 'cbp-one'];
          const { facts, image, timings } = await client.analyseInWorker(request.photo.bytes, { budgetMegapixels: profile.photo.decodeBudgetMegapixels.value });
          // All the worker did, the face detector included: the bench sets it beside choose → findings.
          timingMark('listo:photo-analysed', { analysisMs: timings.metadataMs + timings.decodeMs + (timings.faceMs ?? 0) + timings.measureMs });
          const photo: PhotoFacts = { ...facts, judgedAt: host.now() };
          if (image) pixels.set(photo, image);
          return { photo };
        }
        case 'phone': {
          const [storage, network, device] = await Promise.all([
            core.readStorageFacts(host.storage ?? core.browserStoragePlatform()),
            core.readNetworkFacts(host.network ?? core.browserNetworkPlatform(), host.reachabilityUrl),
            core.readDeviceFacts(host.device ?? core.browserDevicePlatform()),
          ]);
          return { storage, network, device };
        }
      }
    },
  };
}
