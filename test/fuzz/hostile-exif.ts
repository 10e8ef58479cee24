import jpeg from 'jpeg-js';

/** Text a hostile photo puts in its EXIF: markup and script that must only ever be shown as text. */
export const HOSTILE_TEXT = '<img src=x onerror=alert(1)><script>window.__listoXss=1</script>';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0) & 0xff);

/**
 * A real JPEG (jpeg-js pixels) with a hand-built APP1 EXIF segment whose
 * IFD0 Make, Model, Software, Artist and ImageDescription all hold
 * HOSTILE_TEXT (each its own copy, tagged so the fields can be told apart).
 */
export function hostileExifJpeg(): Uint8Array {
  const width = 64;
  const height = 64;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) % 256, (i * 3) % 256, 128, 255], i * 4);
  const encoded = new Uint8Array(jpeg.encode({ data, width, height }, 90).data);

  // Tags in ascending order, as TIFF wants: ImageDescription, Make, Model, Software, Artist.
  const fields: Array<[number, string]> = [
    [0x010e, `${HOSTILE_TEXT}#description`],
    [0x010f, `${HOSTILE_TEXT}#make`],
    [0x0110, `${HOSTILE_TEXT}#model`],
    [0x0131, `${HOSTILE_TEXT}#software`],
    [0x013b, `${HOSTILE_TEXT}#artist`],
  ];
  const ifdStart = 8;
  const ifdLength = 2 + fields.length * 12 + 4;
  let valueOffset = ifdStart + ifdLength;
  const entries: number[] = [];
  const values: number[] = [];
  for (const [tag, text] of fields) {
    const bytes = [...ascii(text), 0];
    entries.push(tag >> 8, tag & 0xff, 0, 2, ...u32(bytes.length), ...u32(valueOffset));
    values.push(...bytes);
    valueOffset += bytes.length;
  }
  const tiff = [0x4d, 0x4d, 0, 42, ...u32(ifdStart), 0, fields.length, ...entries, 0, 0, 0, 0, ...values];
  const app1Length = 2 + 6 + tiff.length;
  const app1 = [0xff, 0xe1, app1Length >> 8, app1Length & 0xff, ...ascii('Exif'), 0, 0, ...tiff];
  // SOI, our APP1, then the encoder's own segments (it writes JFIF APP0 first: EXIF readers accept either order).
  return new Uint8Array([0xff, 0xd8, ...app1, ...encoded.subarray(2)]);
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}
