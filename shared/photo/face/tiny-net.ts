/**
 * A small, pure inference engine for two networks shipped in
 * @vladmandic/face-api (MIT): the Tiny Face Detector (a Tiny-YOLOv2 with
 * depthwise-separable convolutions, 190 KB of uint8-quantised weights) and
 * the 68-point tiny landmark net (77 KB). Written here instead of loading
 * TensorFlow.js: the networks use five kinds of layer, and tfjs costs
 * ~317 KB gzipped before any weights, which would break the 500 KiB precache
 * budget (see shared/photo/face/README.md for the measurements).
 *
 * The forward passes follow face-api's source layer for layer
 * (src/tinyYolov2/TinyYolov2Base.ts runMobilenet, src/faceFeatureExtractor/
 * TinyFaceFeatureExtractor.ts, src/faceLandmarkNet/FaceLandmark68NetBase.ts),
 * including tfjs's 'same' padding rule (extra pad row/column at the end).
 * Tensors are HWC Float32Arrays. No browser globals: runs in Node and workers.
 */

export interface Tensor {
  data: Float32Array;
  h: number;
  w: number;
  c: number;
}

/** One entry of a tfjs weights manifest. */
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; scale: number; min: number };
}

export type WeightsManifest = Array<{ paths: string[]; weights: WeightSpec[] }>;
export type Weights = Map<string, Float32Array>;

/** Decodes a tfjs weights manifest and its .bin: uint8 values are min + scale·q, float32 are read as is. */
export function decodeWeights(manifest: WeightsManifest, bin: Uint8Array): Weights {
  const out: Weights = new Map();
  let offset = 0;
  for (const group of manifest) {
    for (const spec of group.weights) {
      const count = spec.shape.reduce((a, b) => a * b, 1);
      const values = new Float32Array(count);
      const q = spec.quantization;
      if (q && q.dtype === 'uint8') {
        for (let i = 0; i < count; i++) values[i] = q.min + q.scale * bin[offset + i]!;
        offset += count;
      } else if (!q && spec.dtype === 'float32') {
        const view = new DataView(bin.buffer, bin.byteOffset + offset, count * 4);
        for (let i = 0; i < count; i++) values[i] = view.getFloat32(i * 4, true);
        offset += count * 4;
      } else {
        throw new Error(`unsupported weight encoding for ${spec.name}`);
      }
      out.set(spec.name, values);
    }
  }
  if (offset !== bin.length) throw new Error(`weights file has ${bin.length} bytes, manifest describes ${offset}`);
  return out;
}

/**
 * Scratch tensors, kept from one forward pass for the next. A detector pass at
 * 224 px allocates about 9 MB of activations; at the selfie coach's ten frames
 * a second, fresh arrays each time grew the renderer by hundreds of MB before
 * the collector caught up (issue 24: memory), and zeroing them cost time. The
 * passes run one at a time (synchronously), so a buffer lent within a pass is
 * free again when it ends. At most MAX_KEPT_BYTES stay kept: the large inputs
 * of a photo's fallback passes are not held on to.
 */
const MAX_KEPT_BYTES = 24 * 1024 * 1024;
const kept = new Map<number, Float32Array[]>();
let keptBytes = 0;
let lent: Float32Array[] = [];

/** A tensor's storage for this pass: its contents are whatever the last pass left (callers write every element). */
function scratch(length: number): Float32Array {
  const reused = kept.get(length)?.pop();
  if (reused) keptBytes -= reused.byteLength;
  const buffer = reused ?? new Float32Array(length);
  lent.push(buffer);
  return buffer;
}

/** Runs one forward pass; its scratch tensors are kept for the next. `pass` returns arrays of its own, never scratch. */
function inPass<T>(pass: () => T): T {
  try {
    return pass();
  } finally {
    for (const buffer of lent) {
      if (keptBytes + buffer.byteLength > MAX_KEPT_BYTES) continue;
      const same = kept.get(buffer.length);
      if (same) same.push(buffer);
      else kept.set(buffer.length, [buffer]);
      keptBytes += buffer.byteLength;
    }
    lent = [];
  }
}

function weight(weights: Weights, name: string): Float32Array {
  const w = weights.get(name);
  if (!w) throw new Error(`missing weight ${name}`);
  return w;
}

/** tfjs 'same': output ceil(in/stride); the odd pad goes at the end. */
function samePad(size: number, kernel: number, stride: number): { out: number; before: number } {
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + kernel - size, 0);
  return { out, before: Math.floor(total / 2) };
}

/**
 * Full 3×3 convolution (filters [3,3,cin,cout]) + bias, padding given
 * explicitly: unrolls the patches (im2col) and hands them to the blocked
 * pointwise product; filters [3,3,cin,cout] are already [9·cin, cout].
 */
function conv3x3(x: Tensor, filters: Float32Array, bias: Float32Array, cout: number, stride: number, padTop: number, padLeft: number, outH: number, outW: number): Tensor {
  const { h, w, c } = x;
  const k = 9 * c;
  // Patches that reach past the border read zeros: a reused buffer is cleared first.
  const cols = scratch(outH * outW * k).fill(0);
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      const o = (oy * outW + ox) * k;
      for (let ky = 0; ky < 3; ky++) {
        const iy = oy * stride + ky - padTop;
        if (iy < 0 || iy >= h) continue;
        for (let kx = 0; kx < 3; kx++) {
          const ix = ox * stride + kx - padLeft;
          if (ix < 0 || ix >= w) continue;
          const i = (iy * w + ix) * c;
          const f = o + (ky * 3 + kx) * c;
          for (let ci = 0; ci < c; ci++) cols[f + ci] = x.data[i + ci]!;
        }
      }
    }
  }
  return pointwise({ data: cols, h: outH, w: outW, c: k }, filters, bias, cout);
}

/**
 * The detector's first layer: a 3×3 'valid' convolution of the 3-channel
 * input to 16 channels, read straight from the input (no im2col copy), two
 * pixels × four channels at a time like `pointwise`.
 */
function conv3x3Valid(x: Tensor, filters: Float32Array, bias: Float32Array, cout: number): Tensor {
  const { w, c } = x;
  const outH = x.h - 2;
  const outW = w - 2;
  const k = 9 * c;
  const wt = transpose(filters, k, cout);
  const offsets = new Int32Array(k);
  for (let ky = 0, j = 0; ky < 3; ky++) for (let kx = 0; kx < 3; kx++) for (let ci = 0; ci < c; ci++) offsets[j++] = (ky * w + kx) * c + ci;
  const src = x.data;
  const out = scratch(outH * outW * cout);
  if (cout % 4 !== 0) throw new Error('conv3x3Valid: cout must be a multiple of 4');
  for (let oy = 0; oy < outH; oy++) {
    let ox = 0;
    for (; ox + 1 < outW; ox += 2) {
      const base = (oy * w + ox) * c;
      const o = (oy * outW + ox) * cout;
      const q = o + cout;
      for (let co = 0; co < cout; co += 4) {
        const f0 = co * k;
        const f1 = f0 + k;
        const f2 = f1 + k;
        const f3 = f2 + k;
        let a0 = bias[co]!;
        let a1 = bias[co + 1]!;
        let a2 = bias[co + 2]!;
        let a3 = bias[co + 3]!;
        let b0 = a0;
        let b1 = a1;
        let b2 = a2;
        let b3 = a3;
        for (let j = 0; j < k; j++) {
          const at = base + offsets[j]!;
          const u = src[at]!;
          const v = src[at + c]!;
          const w0 = wt[f0 + j]!;
          const w1 = wt[f1 + j]!;
          const w2 = wt[f2 + j]!;
          const w3 = wt[f3 + j]!;
          a0 += u * w0;
          a1 += u * w1;
          a2 += u * w2;
          a3 += u * w3;
          b0 += v * w0;
          b1 += v * w1;
          b2 += v * w2;
          b3 += v * w3;
        }
        out[o + co] = a0;
        out[o + co + 1] = a1;
        out[o + co + 2] = a2;
        out[o + co + 3] = a3;
        out[q + co] = b0;
        out[q + co + 1] = b1;
        out[q + co + 2] = b2;
        out[q + co + 3] = b3;
      }
    }
    for (; ox < outW; ox++) {
      const base = (oy * w + ox) * c;
      const o = (oy * outW + ox) * cout;
      for (let co = 0; co < cout; co++) {
        let sum = bias[co]!;
        for (let j = 0; j < k; j++) sum += src[base + offsets[j]!]! * wt[co * k + j]!;
        out[o + co] = sum;
      }
    }
  }
  return { data: out, h: outH, w: outW, c: cout };
}

/**
 * Depthwise 3×3 (filters [3,3,c,1]), no bias, 'same' padding at the given
 * stride. Each output channel sums its nine taps in a register; pixels away
 * from the border take all nine without bounds checks (measured here: about
 * 3× the tap-by-tap loop that read and wrote the output for every tap).
 */
function depthwise3x3(x: Tensor, filters: Float32Array, stride: number): Tensor {
  const { h, w, c } = x;
  const py = samePad(h, 3, stride);
  const px = samePad(w, 3, stride);
  const outH = py.out;
  const outW = px.out;
  const out = scratch(outH * outW * c);
  const src = x.data;
  const f = filters;
  const c2 = 2 * c;
  const c3 = 3 * c;
  const c4 = 4 * c;
  const c5 = 5 * c;
  const c6 = 6 * c;
  const c7 = 7 * c;
  const c8 = 8 * c;
  const row = w * c;
  const taps = new Int32Array(18);
  for (let oy = 0; oy < outH; oy++) {
    const iy0 = oy * stride - py.before;
    for (let ox = 0; ox < outW; ox++) {
      const ix0 = ox * stride - px.before;
      const o = (oy * outW + ox) * c;
      if (iy0 >= 0 && iy0 + 2 < h && ix0 >= 0 && ix0 + 2 < w) {
        const r0 = (iy0 * w + ix0) * c;
        const r1 = r0 + row;
        const r2 = r1 + row;
        for (let ch = 0; ch < c; ch++) {
          out[o + ch] =
            src[r0 + ch]! * f[ch]! +
            src[r0 + c + ch]! * f[c + ch]! +
            src[r0 + c2 + ch]! * f[c2 + ch]! +
            src[r1 + ch]! * f[c3 + ch]! +
            src[r1 + c + ch]! * f[c4 + ch]! +
            src[r1 + c2 + ch]! * f[c5 + ch]! +
            src[r2 + ch]! * f[c6 + ch]! +
            src[r2 + c + ch]! * f[c7 + ch]! +
            src[r2 + c2 + ch]! * f[c8 + ch]!;
        }
        continue;
      }
      // The border: only the taps inside the input (zero padding).
      let n = 0;
      for (let ky = 0; ky < 3; ky++) {
        const iy = iy0 + ky;
        if (iy < 0 || iy >= h) continue;
        for (let kx = 0; kx < 3; kx++) {
          const ix = ix0 + kx;
          if (ix < 0 || ix >= w) continue;
          taps[n++] = (iy * w + ix) * c;
          taps[n++] = (ky * 3 + kx) * c;
        }
      }
      for (let ch = 0; ch < c; ch++) {
        let sum = 0;
        for (let t = 0; t < n; t += 2) sum += src[taps[t]! + ch]! * f[taps[t + 1]! + ch]!;
        out[o + ch] = sum;
      }
    }
  }
  return { data: out, h: outH, w: outW, c };
}

/** Filters [cin, cout] transposed to [cout, cin] once, so each output is a dot product held in registers. */
const transposed = new WeakMap<Float32Array, Float32Array>();
function transpose(filters: Float32Array, cin: number, cout: number): Float32Array {
  let t = transposed.get(filters);
  if (!t) {
    t = new Float32Array(filters.length);
    for (let ci = 0; ci < cin; ci++) for (let co = 0; co < cout; co++) t[co * cin + ci] = filters[ci * cout + co]!;
    transposed.set(filters, t);
  }
  return t;
}

/**
 * 1×1 convolution (filters [1,1,cin,cout]) + bias: a matrix product per
 * pixel, two pixels × four output channels at a time, so each loaded input
 * serves four multiply-adds and each loaded weight two (measured here: ~1.4×
 * the one-pixel loop, ~3× the naive one, in V8).
 */
function pointwise(x: Tensor, filters: Float32Array, bias: Float32Array, cout: number): Tensor {
  const { h, w, c } = x;
  const n = h * w;
  const wt = transpose(filters, c, cout);
  const out = scratch(n * cout);
  const src = x.data;
  const co4 = cout - (cout % 4);
  let p = 0;
  for (; p + 1 < n; p += 2) {
    const i = p * c;
    const j = i + c;
    const o = p * cout;
    const q = o + cout;
    for (let co = 0; co < co4; co += 4) {
      const f0 = co * c;
      const f1 = f0 + c;
      const f2 = f1 + c;
      const f3 = f2 + c;
      let a0 = bias[co]!;
      let a1 = bias[co + 1]!;
      let a2 = bias[co + 2]!;
      let a3 = bias[co + 3]!;
      let b0 = a0;
      let b1 = a1;
      let b2 = a2;
      let b3 = a3;
      for (let ci = 0; ci < c; ci++) {
        const u = src[i + ci]!;
        const v = src[j + ci]!;
        const w0 = wt[f0 + ci]!;
        const w1 = wt[f1 + ci]!;
        const w2 = wt[f2 + ci]!;
        const w3 = wt[f3 + ci]!;
        a0 += u * w0;
        a1 += u * w1;
        a2 += u * w2;
        a3 += u * w3;
        b0 += v * w0;
        b1 += v * w1;
        b2 += v * w2;
        b3 += v * w3;
      }
      out[o + co] = a0;
      out[o + co + 1] = a1;
      out[o + co + 2] = a2;
      out[o + co + 3] = a3;
      out[q + co] = b0;
      out[q + co + 1] = b1;
      out[q + co + 2] = b2;
      out[q + co + 3] = b3;
    }
    for (let co = co4; co < cout; co++) {
      const f = co * c;
      let a = bias[co]!;
      let b = a;
      for (let ci = 0; ci < c; ci++) {
        a += src[i + ci]! * wt[f + ci]!;
        b += src[j + ci]! * wt[f + ci]!;
      }
      out[o + co] = a;
      out[q + co] = b;
    }
  }
  for (; p < n; p++) {
    const i = p * c;
    for (let co = 0; co < cout; co++) {
      const f = co * c;
      let s = bias[co]!;
      for (let ci = 0; ci < c; ci++) s += src[i + ci]! * wt[f + ci]!;
      out[p * cout + co] = s;
    }
  }
  return { data: out, h, w, c: cout };
}

/** Leaky ReLU as face-api writes it: relu(x − 0.1x) + 0.1x. */
function leaky(x: Tensor): Tensor {
  const d = x.data;
  for (let i = 0; i < d.length; i++) if (d[i]! < 0) d[i] = d[i]! * 0.1;
  return x;
}

function relu(x: Tensor): Tensor {
  const d = x.data;
  for (let i = 0; i < d.length; i++) if (d[i]! < 0) d[i] = 0;
  return x;
}

/** 2×2 max pool with tfjs 'same' padding (windows clipped at the end edge). */
function maxPool2(x: Tensor, stride: number): Tensor {
  const { h, w, c } = x;
  const outH = Math.ceil(h / stride);
  const outW = Math.ceil(w / stride);
  const out = scratch(outH * outW * c);
  const d = x.data;
  for (let oy = 0; oy < outH; oy++) {
    const y0 = oy * stride;
    const y1 = Math.min(y0 + 1, h - 1);
    for (let ox = 0; ox < outW; ox++) {
      const x0 = ox * stride;
      const x1 = Math.min(x0 + 1, w - 1);
      const a = (y0 * w + x0) * c;
      const b = (y0 * w + x1) * c;
      const e = (y1 * w + x0) * c;
      const f = (y1 * w + x1) * c;
      const o = (oy * outW + ox) * c;
      for (let ch = 0; ch < c; ch++) out[o + ch] = Math.max(d[a + ch]!, d[b + ch]!, d[e + ch]!, d[f + ch]!);
    }
  }
  return { data: out, h: outH, w: outW, c };
}

function add(a: Tensor, b: Tensor): Tensor {
  const d = scratch(a.data.length);
  for (let i = 0; i < d.length; i++) d[i] = a.data[i]! + b.data[i]!;
  return { ...a, data: d };
}

function separable(x: Tensor, weights: Weights, prefix: string, cout: number, stride: number): Tensor {
  const dw = depthwise3x3(x, weight(weights, `${prefix}/depthwise_filter`), stride);
  return pointwise(dw, weight(weights, `${prefix}/pointwise_filter`), weight(weights, `${prefix}/bias`), cout);
}

/** Tiny Face Detector anchors and mean (face-api src/tinyFaceDetector/const.ts). */
export const DETECTOR_ANCHORS: ReadonlyArray<readonly [number, number]> = [
  [1.603231, 2.094468],
  [6.041143, 7.080126],
  [2.882459, 3.518061],
  [4.266906, 5.178857],
  [9.041765, 10.66308],
];
export const DETECTOR_MEAN_RGB = [117.001, 114.697, 97.404] as const;
const DETECTOR_FILTERS = [16, 32, 64, 128, 256, 512];

/**
 * Runs the detector on an input already resized to size×size and normalised
 * ((v − mean)/255, padding zeros normalised too). Returns the raw grid
 * (cells × cells × 5 anchors × [x, y, w, h, score]).
 */
export function runDetector(input: Tensor, weights: Weights): Tensor {
  return inPass(() => {
    // conv0 is a plain 3×3 convolution with 'valid' padding (isFirstLayerConv2d).
    let out = leaky(conv3x3Valid(input, weight(weights, 'conv0/filters'), weight(weights, 'conv0/bias'), 16));
    out = maxPool2(out, 2);
    for (let layer = 1; layer <= 5; layer++) {
      out = leaky(separable(out, weights, `conv${layer}`, DETECTOR_FILTERS[layer]!, 1));
      out = maxPool2(out, layer === 5 ? 1 : 2);
    }
    const grid = pointwise(out, weight(weights, 'conv8/filters'), weight(weights, 'conv8/bias'), 25);
    return { ...grid, data: grid.data.slice() };
  });
}

export const LANDMARK_INPUT = 112;
export const LANDMARK_MEAN_RGB = [122.782, 117.001, 104.298] as const;

function denseBlock3(x: Tensor, weights: Weights, prefix: string, cout: number, first: boolean): Tensor {
  let out1: Tensor;
  if (first) {
    const py = samePad(x.h, 3, 2);
    const px = samePad(x.w, 3, 2);
    out1 = conv3x3(x, weight(weights, `${prefix}/conv0/filters`), weight(weights, `${prefix}/conv0/bias`), cout, 2, py.before, px.before, py.out, px.out);
  } else {
    out1 = separable(x, weights, `${prefix}/conv0`, cout, 2);
  }
  relu(out1);
  const out2 = separable(out1, weights, `${prefix}/conv1`, cout, 1);
  const sum12 = add(out1, out2);
  const in3 = { ...sum12, data: scratch(sum12.data.length) };
  in3.data.set(sum12.data);
  relu(in3);
  const out3 = separable(in3, weights, `${prefix}/conv2`, cout, 1);
  return relu(add(sum12, out3));
}

/**
 * Runs the 68-point tiny landmark net on a 112×112 normalised input; returns
 * 136 values (x0, y0, x1, y1, …) relative to the 112×112 input.
 */
export function runLandmarks(input: Tensor, weights: Weights): Float32Array {
  return inPass(() => {
    let out = denseBlock3(input, weights, 'dense0', 32, true);
    out = denseBlock3(out, weights, 'dense1', 64, false);
    out = denseBlock3(out, weights, 'dense2', 128, false);
    // avgPool 14×14 'valid' over the 14×14×128 map: one mean per channel.
    const features = new Float32Array(out.c);
    const n = out.h * out.w;
    for (let p = 0; p < n; p++) for (let ch = 0; ch < out.c; ch++) features[ch] = features[ch]! + out.data[p * out.c + ch]!;
    for (let ch = 0; ch < out.c; ch++) features[ch] = features[ch]! / n;
    const fc = pointwise({ data: features, h: 1, w: 1, c: out.c }, weight(weights, 'fc/weights'), weight(weights, 'fc/bias'), 136);
    return fc.data.slice();
  });
}
