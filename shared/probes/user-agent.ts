import type { DeviceFacts } from '../facts/facts';

/** The subset of NavigatorUAData.getHighEntropyValues() we read. */
export interface ClientHints {
  brands?: Array<{ brand: string; version: string }>;
  fullVersionList?: Array<{ brand: string; version: string }>;
  mobile?: boolean;
  platform?: string;
  platformVersion?: string;
}

type Parsed = Pick<DeviceFacts, 'browser' | 'engine' | 'system' | 'mobile'>;

const major = (version: string | undefined): string => (version ?? '').split('.').slice(0, 2).join('.');

/**
 * Names and versions from the User-Agent string. Chrome freezes it on Android
 * ("Android 10; K") and desktop, so the system version there is a guess; on
 * iPhone every browser is Safari's engine, whose version is the system's.
 */
export function parseUserAgent(ua: string): Parsed {
  const ios = /\b(?:iPhone|iPad|iPod)\b.*? OS (\d+)[_.](\d+)/.exec(ua);
  const android = /Android (\d+(?:\.\d+)?)/.exec(ua);
  const windows = /Windows NT (\d+\.\d+)/.exec(ua);
  const mac = /Mac OS X (\d+)[_.](\d+)/.exec(ua);
  const system = ios
    ? { name: 'iOS', version: `${ios[1]}.${ios[2]}` }
    : android
      ? { name: 'Android', version: android[1] ?? null }
      : windows
        ? { name: 'Windows', version: windows[1] ?? null }
        : mac
          ? { name: 'macOS', version: `${mac[1]}.${mac[2]}` }
          : /CrOS/.test(ua)
            ? { name: 'ChromeOS', version: null }
            : /Linux/.test(ua)
              ? { name: 'Linux', version: null }
              : null;
  const mobile = ios || android ? true : system ? false : null;
  const find = (re: RegExp) => re.exec(ua)?.[1];
  if (ios) {
    // CriOS, FxiOS, EdgiOS and in-app browsers all run WebKit; the engine follows iOS.
    const name = find(/(CriOS)\//) ? 'Chrome' : find(/(FxiOS)\//) ? 'Firefox' : find(/(EdgiOS)\//) ? 'Edge' : /Version\/[\d.]+.*Safari/.test(ua) ? 'Safari' : 'WebView';
    const version = find(/(?:CriOS|FxiOS|EdgiOS|Version)\/([\d.]+)/) ?? system?.version ?? '';
    return { browser: { name, version: major(version) }, engine: { name: 'webkit', version: system?.version ?? '' }, system, mobile };
  }
  const firefox = find(/Firefox\/([\d.]+)/);
  if (firefox) return { browser: { name: 'Firefox', version: major(firefox) }, engine: { name: 'gecko', version: major(firefox) }, system, mobile };
  const chrome = find(/Chrome\/([\d.]+)/);
  if (chrome) {
    const edge = find(/Edg(?:A)?\/([\d.]+)/);
    const samsung = find(/SamsungBrowser\/([\d.]+)/);
    const opera = find(/OPR\/([\d.]+)/);
    const name = edge ? 'Edge' : samsung ? 'Samsung Internet' : opera ? 'Opera' : / wv\)/.test(ua) ? 'WebView' : 'Chrome';
    const version = edge ?? samsung ?? opera ?? chrome;
    return { browser: { name, version: major(version) }, engine: { name: 'chromium', version: major(chrome) }, system, mobile };
  }
  const safari = find(/Version\/([\d.]+).*Safari/);
  if (safari) return { browser: { name: 'Safari', version: major(safari) }, engine: { name: 'webkit', version: major(safari) }, system, mobile };
  return { browser: null, engine: null, system, mobile };
}

const BRAND_NAMES: Record<string, string> = {
  'Google Chrome': 'Chrome',
  'Microsoft Edge': 'Edge',
  'Samsung Internet': 'Samsung Internet',
  Opera: 'Opera',
  Chromium: 'Chromium',
};

/** Names and versions from Client Hints (Chromium only), which are exact where the UA string is frozen. */
export function parseClientHints(hints: ClientHints, ua: string): Parsed {
  const fromUa = parseUserAgent(ua);
  const list = hints.fullVersionList ?? hints.brands ?? [];
  const real = list.filter((b) => !/not.?a.?brand/i.test(b.brand));
  const named = real.find((b) => BRAND_NAMES[b.brand] && b.brand !== 'Chromium') ?? real.find((b) => b.brand === 'Chromium');
  const chromium = real.find((b) => b.brand === 'Chromium');
  const platform = hints.platform ?? fromUa.system?.name ?? null;
  let systemVersion: string | null = hints.platformVersion ? hints.platformVersion : (fromUa.system?.version ?? null);
  // Windows 11 reports platformVersion 13 or more; 10 reports 1–10 (Microsoft's documented mapping).
  if (platform === 'Windows' && systemVersion) systemVersion = Number(systemVersion.split('.')[0]) >= 13 ? '11' : '10';
  return {
    browser: named ? { name: BRAND_NAMES[named.brand] ?? named.brand, version: major(named.version) } : fromUa.browser,
    engine: chromium ? { name: 'chromium', version: major(chromium.version) } : fromUa.engine,
    system: platform ? { name: platform === 'macOS' || platform === 'Mac OS X' ? 'macOS' : platform, version: systemVersion ? major(systemVersion) : null } : fromUa.system,
    mobile: typeof hints.mobile === 'boolean' ? hints.mobile : fromUa.mobile,
  };
}
