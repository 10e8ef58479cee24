import type { DeviceFacts } from '../facts/facts';
import { parseClientHints, parseUserAgent, type ClientHints } from './user-agent';
import { tryWithin } from './with-timeout';

export interface DeviceProbePlatform {
  userAgent: string;
  languages?: readonly string[];
  /** navigator.userAgentData, where present (Chromium). */
  userAgentData?: { getHighEntropyValues(hints: string[]): Promise<ClientHints> } & ClientHints;
  /** navigator.mediaDevices: only enumerateDevices is called; no camera is ever opened. */
  mediaDevices?: Pick<MediaDevices, 'enumerateDevices'>;
}

/** Browser, system, camera presence and languages; each part degrades on its own. */
export async function readDeviceFacts(platform: DeviceProbePlatform, timeoutMs = 2000): Promise<DeviceFacts> {
  const uaData = platform.userAgentData;
  const hints = uaData
    ? await tryWithin(() => uaData.getHighEntropyValues(['platformVersion', 'fullVersionList']), timeoutMs, null)
    : { value: null, error: 'missing' };
  const parsed = hints.value ? parseClientHints({ ...uaData, ...hints.value }, platform.userAgent) : parseUserAgent(platform.userAgent);
  const media = platform.mediaDevices;
  const cameras = media?.enumerateDevices
    ? await tryWithin(async () => (await media.enumerateDevices()).filter((d) => d.kind === 'videoinput').length, timeoutMs, null)
    : { value: null, error: 'missing' };
  return {
    source: hints.value ? 'client-hints' : 'user-agent',
    ...parsed,
    cameras: cameras.value,
    ...(cameras.error ? { camerasError: cameras.error } : {}),
    languages: [...(platform.languages ?? [])],
    userAgent: platform.userAgent,
  };
}

/** The real browser, read at call time. */
export function browserDevicePlatform(): DeviceProbePlatform {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: DeviceProbePlatform['userAgentData'] }) | undefined;
  return {
    userAgent: nav?.userAgent ?? '',
    languages: nav?.languages ?? [],
    ...(nav?.userAgentData ? { userAgentData: nav.userAgentData } : {}),
    ...(nav?.mediaDevices ? { mediaDevices: nav.mediaDevices } : {}),
  };
}
