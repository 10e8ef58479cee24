/// <reference lib="webworker" />
import jsQR from 'jsqr';

/**
 * jsQR off the page's thread: a camera frame takes tens of milliseconds to
 * search, four times a second, which made the side panel stutter. The pixels
 * arrive transferred and are dropped after the one read.
 */
export type QrRequest = { id: number; data: Uint8ClampedArray; width: number; height: number };
export type QrReply = { id: number; text: string | null } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<QrRequest>) => {
  const { id, data, width, height } = event.data;
  try {
    scope.postMessage({ id, text: jsQR(data, width, height)?.data ?? null } satisfies QrReply);
  } catch (error) {
    scope.postMessage({ id, error: String(error) } satisfies QrReply);
  }
};
