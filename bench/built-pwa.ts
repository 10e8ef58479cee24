import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { row } from './measure';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * Serves dist/pwa on a free loopback port for the length of `use`, as a
 * person's phone would load it (vite preview: the built files, no dev server).
 * Says so and does nothing when there is no build.
 */
export async function withBuiltPwa(use: (url: string) => Promise<void>): Promise<void> {
  if (!existsSync(`${ROOT}dist/pwa/index.html`)) {
    row('not built', 'run `npm run build` first');
    return;
  }
  const server = await preview({ root: ROOT, configFile: `${ROOT}vite.config.ts`, mode: 'pwa', logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  try {
    await use(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
  } finally {
    await server.close();
  }
}
