// pdf.js ships no types for its worker bundle; we only hand the module object to pdf.js itself.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
