/**
 * Synthetic selfies for the fairness figures (issue #11): no licensed face
 * set can be fetched here, so Listo renders its own, one per Monk Skin Tone
 * (MST 1–10, Ellis Monk / Google, CC-BY-4.0 swatch values) and lighting.
 * The renderer works in linear light like a camera: a shaded head
 * (Lambertian skin plus a 4 % specular, the Fresnel reflection of skin, which
 * does not depend on melanin), eyes, brows, nose shadow, lips, hair, neck and
 * shirt in front of a wall or a window; then an exposure, sensor noise,
 * clipping and the sRGB curve. The pictures are released under CC0 (see
 * test/fixtures/faces/README.md). `npx tsx test/photo/face/synthetic.ts`
 * writes them.
 */
import type { RgbaImage } from '../../../shared/photo/pixels/measure';

/** Monk Skin Tone scale swatches (sRGB hex), MST 1 (lightest) to 10 (darkest). */
export const MONK = ['#f6ede4', '#f3e7db', '#f7ead0', '#eadaba', '#d7bd96', '#a07e56', '#825c43', '#604134', '#3a312a', '#292420'] as const;

export type Lighting = 'good' | 'side' | 'dim' | 'backlit' | 'harsh';
export const LIGHTINGS: readonly Lighting[] = ['good', 'side', 'dim', 'backlit', 'harsh'];
/**
 * What a fair check should say: good light passes for every skin tone; dim and backlit are caught for every tone;
 * harsh sun blows out light skin only, so it is reported, not scored. The "side" scene (a shaded cheek at 0.23–0.25 of
 * the lit one, about 2 stops) is reported too: real studio portraits in even light measure as low as 0.24
 * (test/fixtures/faces/congress), so a line that flags it would flag them; side light is held on the real set
 * with the fill gone (4 stops, test/photo/face/fairness-set.test.ts).
 */
export const EXPECTED: Record<Lighting, 'pass' | 'problem' | 'either'> = { good: 'pass', side: 'either', dim: 'problem', backlit: 'problem', harsh: 'either' };

export interface SyntheticFace {
  image: RgbaImage;
  /** The face as drawn (brow to chin, cheek to cheek), in image pixels. */
  box: { x: number; y: number; width: number; height: number };
  monk: number;
  lighting: Lighting;
}

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (x: number) => {
  const c = Math.min(1, Math.max(0, x));
  return Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
};
const hex = (h: string): [number, number, number] => [toLinear(parseInt(h.slice(1, 3), 16)), toLinear(parseInt(h.slice(3, 5), 16)), toLinear(parseInt(h.slice(5, 7), 16))];

/** Deterministic noise (mulberry32) so the fixtures are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scene {
  key: [number, number, number];
  keyLight: number;
  ambient: number;
  wall: number;
  window: number;
  exposure: number;
  noise: number;
}

/**
 * Lighting as a phone would meet it. "good": soft light from the front.
 * "side": a window to one side (uneven but usable). "dim": a dark room, the
 * phone at the end of its exposure range. "backlit": a bright window behind,
 * the phone exposing for the window. "harsh": midday sun on the face, the
 * phone exposing for the shade.
 */
const SCENES: Record<Lighting, Scene> = {
  good: { key: [0.15, -0.25, 1], keyLight: 0.75, ambient: 0.3, wall: 0.35, window: 0, exposure: 1, noise: 0.004 },
  side: { key: [0.85, -0.2, 0.5], keyLight: 0.85, ambient: 0.2, wall: 0.3, window: 0, exposure: 1, noise: 0.004 },
  dim: { key: [0.15, -0.25, 1], keyLight: 0.75, ambient: 0.3, wall: 0.35, window: 0, exposure: 0.07, noise: 0.006 },
  backlit: { key: [0.15, -0.25, 1], keyLight: 0.05, ambient: 0.12, wall: 0.35, window: 6, exposure: 0.35, noise: 0.004 },
  harsh: { key: [0.1, -0.5, 1], keyLight: 4.5, ambient: 0.6, wall: 1.2, window: 0, exposure: 1, noise: 0.004 },
};

/** Renders one selfie, width × height (default 512 × 384, the analysis size). */
export function renderFace(monk: number, lighting: Lighting, width = 512, height = 384, seed = monk * 31 + LIGHTINGS.indexOf(lighting)): SyntheticFace {
  const scene = SCENES[lighting];
  const skin = hex(MONK[monk - 1]!);
  const rand = random(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const [lx0, ly0, lz0] = scene.key;
  const ln = Math.hypot(lx0, ly0, lz0);
  const L = [lx0 / ln, ly0 / ln, lz0 / ln] as const;
  const H = (() => {
    const h = [L[0], L[1], L[2] + 1];
    const n = Math.hypot(h[0]!, h[1]!, h[2]!);
    return [h[0]! / n, h[1]! / n, h[2]! / n] as const;
  })();
  const cx = width * 0.5;
  const cy = height * 0.47;
  const ry = height * 0.3; // head half-height (crown to chin)
  const rx = ry * 0.74;
  const hairTop = cy - ry;
  const data = new Uint8ClampedArray(width * height * 4);
  const shirt: [number, number, number] = [0.05, 0.09, 0.2];
  const hair: [number, number, number] = [0.012, 0.009, 0.007];

  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Background: a wall with a soft gradient, or a window behind the head.
      const grad = 0.85 + 0.3 * (y / height);
      let rgb: [number, number, number] = [scene.wall * grad, scene.wall * grad * 0.97, scene.wall * grad * 0.92];
      if (scene.window > 0 && x > width * 0.1 && x < width * 0.9 && y < height * 0.85) rgb = [scene.window, scene.window, scene.window * 1.02];
      const shade = (albedo: readonly number[], n: readonly number[], spec: number): [number, number, number] => {
        const diff = Math.max(0, n[0]! * L[0] + n[1]! * L[1] + n[2]! * L[2]);
        const sp = spec * Math.max(0, n[0]! * H[0] + n[1]! * H[1] + n[2]! * H[2]) ** 24;
        const light = scene.keyLight * diff + scene.ambient;
        return [albedo[0]! * light + sp * scene.keyLight, albedo[1]! * light + sp * scene.keyLight, albedo[2]! * light + sp * scene.keyLight];
      };
      // Shoulders and neck.
      const sx = (x - cx) / (width * 0.42);
      const sy = (y - height * 1.05) / (height * 0.3);
      if (sx * sx + sy * sy <= 1) rgb = shade(shirt, [sx * 0.5, -0.5, 0.7], 0);
      if (Math.abs(x - cx) < rx * 0.5 && y > cy + ry * 0.6 && y < height * 0.92) rgb = shade(skin, [(x - cx) / (rx * 0.6), 0, 0.8], 0.02);
      // The head: an ellipsoid.
      const dx = (x - cx) / rx;
      const dy = (y - cy) / ry;
      const r2 = dx * dx + dy * dy;
      if (r2 <= 1) {
        const nz = Math.sqrt(1 - r2);
        let n: [number, number, number] = [dx, dy * 0.8, nz];
        // Nose: a ridge down the middle with a shadow under it.
        const nx = (x - cx) / (rx * 0.16);
        const nyy = (y - (cy + ry * 0.12)) / (ry * 0.2);
        if (nx * nx + nyy * nyy < 1) n = [n[0] + nx * 0.5, n[1] + nyy * 0.3, n[2]];
        const len = Math.hypot(...n);
        n = [n[0] / len, n[1] / len, n[2] / len];
        let albedo: readonly number[] = skin;
        // Hair on the crown.
        if (y < hairTop + ry * 0.42 - Math.abs(dx) * ry * 0.15) albedo = hair;
        // Brows.
        for (const side of [-1, 1]) {
          const bx = (x - (cx + side * rx * 0.38)) / (rx * 0.24);
          const by = (y - (cy - ry * 0.2)) / (ry * 0.035);
          if (bx * bx + by * by < 1) albedo = hair;
        }
        // Lips.
        const mx = (x - cx) / (rx * 0.34);
        const my = (y - (cy + ry * 0.45)) / (ry * 0.07);
        if (mx * mx + my * my < 1) albedo = [skin[0] * 0.75, skin[1] * 0.45, skin[2] * 0.45];
        rgb = shade(albedo, n, 0.04);
        // Eyes: sclera, iris, pupil, with a little lid shadow.
        for (const side of [-1, 1]) {
          const ex = (x - (cx + side * rx * 0.38)) / (rx * 0.2);
          const ey = (y - (cy - ry * 0.08)) / (ry * 0.06);
          const e2 = ex * ex + ey * ey;
          if (e2 < 1) {
            const ix = (x - (cx + side * rx * 0.38)) / (rx * 0.085);
            const iy = (y - (cy - ry * 0.08)) / (rx * 0.085);
            const i2 = ix * ix + iy * iy;
            const eye = i2 < 0.3 ? [0.01, 0.01, 0.01] : i2 < 1 ? [0.06, 0.035, 0.02] : [0.55, 0.52, 0.5];
            rgb = shade(eye, [n[0] * 0.5, n[1] * 0.5, 1], i2 < 1 ? 0.1 : 0.04).map((v) => v * 0.85) as [number, number, number];
          }
        }
      }
      const o = (y * width + x) * 4;
      data[o] = toSrgb(rgb[0] * scene.exposure + scene.noise * gauss());
      data[o + 1] = toSrgb(rgb[1] * scene.exposure + scene.noise * gauss());
      data[o + 2] = toSrgb(rgb[2] * scene.exposure + scene.noise * gauss());
      data[o + 3] = 255;
    }
  }
  // The face box a detector draws: brow to chin, cheek to cheek.
  const box = { x: Math.round(cx - rx * 0.9), y: Math.round(cy - ry * 0.42), width: Math.round(rx * 1.8), height: Math.round(ry * 1.38) };
  return { image: { data, width, height }, box, monk, lighting };
}

export function* allFaces(width = 512, height = 384): Generator<SyntheticFace> {
  for (let monk = 1; monk <= 10; monk++) for (const lighting of LIGHTINGS) yield renderFace(monk, lighting, width, height);
}

// Writes the fixtures when run directly.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const jpeg = (await import('jpeg-js')).default;
  const dir = new URL('../../fixtures/faces/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const boxes: Record<string, SyntheticFace['box']> = {};
  for (const face of allFaces()) {
    const name = `mst${String(face.monk).padStart(2, '0')}-${face.lighting}.jpg`;
    writeFileSync(new URL(name, dir), jpeg.encode({ data: face.image.data, width: face.image.width, height: face.image.height }, 85).data);
    boxes[name] = face.box;
  }
  writeFileSync(new URL('boxes.json', dir), `${JSON.stringify(boxes, null, 1)}\n`);
  console.log(`wrote ${Object.keys(boxes).length} faces to ${dir.pathname}`);
}
