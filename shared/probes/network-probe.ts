import type { NetworkFacts } from '../facts/facts';

/** The Network Information API, where the browser has it (Chromium; not Safari or Firefox). */
export interface ConnectionInfo {
  effectiveType?: string;
  saveData?: boolean;
  downlink?: number;
  rtt?: number;
}

export interface NetworkProbePlatform {
  onLine?: boolean;
  connection?: ConnectionInfo;
  fetch?: typeof fetch;
  now?(): number;
}

const finiteOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * Network facts. Reachability asks our own origin only (never a third party),
 * with a unique query and no-store so neither the HTTP cache nor the service
 * worker's precache can answer for the network.
 */
export async function readNetworkFacts(platform: NetworkProbePlatform, originUrl: string | null, timeoutMs = 5000): Promise<NetworkFacts> {
  const now = platform.now ?? (() => Date.now());
  const online = typeof platform.onLine === 'boolean' ? platform.onLine : null;
  let connection: ConnectionInfo | undefined;
  try {
    connection = platform.connection;
  } catch {
    connection = undefined;
  }
  const info = connection
    ? {
        effectiveType: typeof connection.effectiveType === 'string' ? connection.effectiveType : null,
        saveData: typeof connection.saveData === 'boolean' ? connection.saveData : null,
        downlinkMbps: finiteOrNull(connection.downlink),
        rttMs: finiteOrNull(connection.rtt),
      }
    : {};
  if (!originUrl || !platform.fetch) return { online, ...info, originReachable: null };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const started = now();
  try {
    const target = new URL(originUrl);
    target.searchParams.set('listo-ping', `${started.toString(36)}${Math.random().toString(36).slice(2, 6)}`);
    const response = await platform.fetch(target.href, { method: 'HEAD', cache: 'no-store', signal: controller.signal });
    return { online, ...info, originReachable: response.status > 0 && response.status < 500, originRoundTripMs: Math.round(now() - started) };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'error';
    return { online, ...info, originReachable: false, originError: name === 'AbortError' ? 'timeout' : name };
  } finally {
    clearTimeout(timer);
  }
}

/** The real browser, read at call time. */
export function browserNetworkPlatform(): NetworkProbePlatform {
  const nav = globalThis.navigator as (Navigator & { connection?: ConnectionInfo }) | undefined;
  return {
    ...(nav && typeof nav.onLine === 'boolean' ? { onLine: nav.onLine } : {}),
    ...(nav?.connection ? { connection: nav.connection } : {}),
    fetch: (...args) => globalThis.fetch(...args),
    now: () => Date.now(),
  };
}
