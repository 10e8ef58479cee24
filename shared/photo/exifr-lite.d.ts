// The lite build (JPEG + HEIC) of exifr, by the one call shared/photo/metadata.ts makes. Not exifr's own
// types: they reference Node's and the DOM's (Buffer, HTMLImageElement), which would bring both into the
// photo worker's context (tsconfig.worker.json).
declare module 'exifr/dist/lite.esm.mjs' {
  interface Options {
    tiff?: boolean;
    exif?: boolean;
    gps?: boolean;
    ifd1?: boolean;
    interop?: boolean;
    xmp?: boolean;
    icc?: boolean;
    iptc?: boolean;
    reviveValues?: boolean;
    translateValues?: boolean;
    translateKeys?: boolean;
  }
  const exifr: { parse(data: Uint8Array, options?: Options): Promise<unknown> };
  export default exifr;
}
