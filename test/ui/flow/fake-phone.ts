import type { GuidedFlowHost } from '../../../shared/ui/flow/index';

export const ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

export interface FakePhone {
  languages: string[];
  online?: boolean;
  quotaBytes?: number;
  /** Private modes throw on the mere access of localStorage. */
  localStorage?: () => Storage;
}

/** An Android phone in Tijuana, as the flow's live probes see it: no clock reference, position granted at 20 m, no camera listed. */
export function fakePhone({ languages, online = true, quotaBytes = 4 * 1024 * 1024 * 1024, localStorage: storage = () => localStorage }: FakePhone): GuidedFlowHost['live'] {
  return {
    clockReferenceUrl: () => null,
    reachabilityUrl: null,
    location: {
      geolocation: {
        getCurrentPosition: (success: PositionCallback) =>
          queueMicrotask(() => success({ coords: { latitude: 32.5149, longitude: -117.0382, accuracy: 20 }, timestamp: Date.now() } as GeolocationPosition)),
      } as unknown as Geolocation,
      permissions: { query: async () => ({ state: 'prompt' }) } as unknown as Permissions,
      now: () => Date.now(),
    },
    now: () => Date.now(),
    storage: { storage: { estimate: async () => ({ usage: 0, quota: quotaBytes }) }, localStorage: storage },
    network: { onLine: online },
    device: { userAgent: ANDROID, languages, mediaDevices: { enumerateDevices: async () => [] } },
  };
}
