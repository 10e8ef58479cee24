// The one Vite import form the photo worker's code uses (shared/photo/face/load.ts), so its context
// (tsconfig.worker.json) need not take all of vite/client, whose types assume a page.
declare module '*?url' {
  const url: string;
  export default url;
}
