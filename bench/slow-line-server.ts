import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SharedPipe } from './shared-pipe';

/**
 * A static host for a built PWA behind a slow phone line, on 127.0.0.1 only:
 * every response waits `latencyMs` before its first byte, and every byte of
 * every response (the page's, its workers' and its service worker's) crosses
 * one shared pipe of `bitsPerSecond`. It serves as ordinary hosts do: gzip
 * for text types only (not `.bin`, not images), long-lived caching for the
 * hashed files under assets/, `no-cache` with an ETag for the rest, and
 * index.html for any other path (the app's navigations).
 */
export interface SlowLineOptions {
  root: string;
  latencyMs: number;
  bitsPerSecond: number;
}

/** One response as it crossed the line: bytes counted as sent (headers and body). */
export interface SentResponse {
  path: string;
  status: number;
  /** Milliseconds since the server started: when the request came in and when its last byte left. */
  requestedAt: number;
  finishedAt: number;
  bytes: number;
  /** Who asked: Chromium marks a service worker's fetches with `Service-Worker: script` only for its script, so this is the Sec-Fetch-Dest. */
  destination: string;
}

export interface SlowLineServer {
  url: string;
  /** Every response so far, in the order they finished. */
  sent: SentResponse[];
  /** Milliseconds since the server started, on the clock `sent` uses. */
  now(): number;
  close(): Promise<void>;
}

/** The line: 400 ms before each response, 400 kbit/s shared. */
export const SLOW_LINE = { latencyMs: 400, bitsPerSecond: 400_000 } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.map': 'application/json',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.map']);
const CHUNK_BYTES = 1400;

interface Body {
  bytes: Buffer;
  gzipped: Buffer | null;
  type: string;
  etag: string;
  immutable: boolean;
}

const sleepUntil = (at: number, now: () => number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, at - now())));

export async function startSlowLineServer(options: SlowLineOptions): Promise<SlowLineServer> {
  const started = performance.now();
  const now = () => performance.now() - started;
  const pipe = SharedPipe.ofBitsPerSecond(options.bitsPerSecond);
  const bodies = new Map<string, Body | null>();
  const sent: SentResponse[] = [];

  const read = (path: string): Body | null => {
    if (bodies.has(path)) return bodies.get(path)!;
    const file = join(options.root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    let body: Body | null = null;
    if (file.startsWith(options.root) && existsSync(file) && statSync(file).isFile()) {
      const bytes = readFileSync(file);
      const ext = extname(file);
      body = {
        bytes,
        gzipped: COMPRESSED.has(ext) ? gzipSync(bytes, { level: 6 }) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
        etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
        immutable: path.startsWith('/assets/'),
      };
    }
    bodies.set(path, body);
    return body;
  };

  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    const requestedAt = now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    let body = read(path);
    if (!body && !path.startsWith('/assets/')) body = read('/index.html');
    await sleepUntil(requestedAt + options.latencyMs, now);
    const headers: Record<string, string> = {};
    let status = 404;
    let payload: Buffer = Buffer.from('not found');
    if (body) {
      const gzip = body.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      headers['content-type'] = body.type;
      headers['etag'] = body.etag;
      headers['cache-control'] = body.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (body.gzipped) headers['vary'] = 'Accept-Encoding';
      if (request.headers['if-none-match'] === body.etag) {
        status = 304;
        payload = Buffer.alloc(0);
      } else {
        status = 200;
        payload = gzip ? body.gzipped! : body.bytes;
        if (gzip) headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = String(payload.length);
    response.writeHead(status, headers);
    // Headers cross the line too: about what HTTP/1.1 would send.
    const headerBytes = 17 + Object.entries(headers).reduce((total, [k, v]) => total + k.length + v.length + 4, 0) + 40;
    await sleepUntil(pipe.book(headerBytes, now()), now);
    for (let offset = 0; offset < payload.length; offset += CHUNK_BYTES) {
      const chunk = payload.subarray(offset, offset + CHUNK_BYTES);
      await sleepUntil(pipe.book(chunk.length, now()), now);
      if (response.destroyed) return;
      response.write(chunk);
    }
    response.end();
    sent.push({ path: url.pathname + url.search, status, requestedAt, finishedAt: now(), bytes: headerBytes + payload.length, destination: String(request.headers['sec-fetch-dest'] ?? '') });
  };

  const server = createServer((request, response) => void respond(request, response).catch(() => response.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    now,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
