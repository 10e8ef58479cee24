/**
 * The two modules that register the service worker, asked for at once: registerSW imports workbox-window itself,
 * one round trip after its own. Apart from pwa-extras.tsx so that a test can stand in for Vite's virtual module,
 * which exists only inside the PWA build.
 */
export async function loadRegisterSW() {
  const [{ registerSW }] = await Promise.all([import('virtual:pwa-register'), import('workbox-window')]);
  return registerSW;
}
