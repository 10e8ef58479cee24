import type { RgbaImage } from '../../../shared/photo/pixels/measure';

/**
 * A still scene as a YUV4MPEG2 video, the file Chromium's fake camera plays
 * (--use-file-for-fake-video-capture=FILE.y4m, looped). 4:2:0, BT.601 in
 * video range (Y 16–235, Cb/Cr 16–240), as Chromium reads it. Pure: bytes out.
 */
export function y4mVideo(frames: readonly RgbaImage[], framesPerSecond = 30): Uint8Array {
  const first = frames[0];
  if (!first) throw new RangeError('a video needs a frame');
  const { width, height } = first;
  if (width % 2 || height % 2) throw new RangeError(`4:2:0 needs even sides, not ${width}×${height}`);
  const header = new TextEncoder().encode(`YUV4MPEG2 W${width} H${height} F${framesPerSecond}:1 Ip A1:1 C420jpeg\n`);
  const marker = new TextEncoder().encode('FRAME\n');
  const lumaSize = width * height;
  const chromaSize = lumaSize / 4;
  const frameSize = marker.length + lumaSize + 2 * chromaSize;
  const out = new Uint8Array(header.length + frames.length * frameSize);
  out.set(header, 0);
  frames.forEach((frame, index) => {
    if (frame.width !== width || frame.height !== height) throw new RangeError('every frame has the first one\'s size');
    const base = header.length + index * frameSize;
    out.set(marker, base);
    const y = base + marker.length;
    const u = y + lumaSize;
    const v = u + chromaSize;
    const { data } = frame;
    for (let p = 0; p < lumaSize; p++) {
      const r = data[p * 4]!;
      const g = data[p * 4 + 1]!;
      const b = data[p * 4 + 2]!;
      out[y + p] = Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
    }
    for (let cy = 0; cy < height / 2; cy++) {
      for (let cx = 0; cx < width / 2; cx++) {
        // The chroma of a 2×2 block is its pixels' mean.
        let r = 0;
        let g = 0;
        let b = 0;
        for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
          const i = ((cy * 2 + dy) * width + cx * 2 + dx) * 4;
          r += data[i]! / 4;
          g += data[i + 1]! / 4;
          b += data[i + 2]! / 4;
        }
        const c = cy * (width / 2) + cx;
        out[u + c] = Math.round(128 + (-37.797 * r - 74.203 * g + 112 * b) / 255);
        out[v + c] = Math.round(128 + (112 * r - 93.786 * g - 18.214 * b) / 255);
      }
    }
  });
  return out;
}
