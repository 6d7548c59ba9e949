export { extractReport, toReportJson, EXTRACTOR_VERSION } from './extractReport';
export type { ExtractInput, ExtractOptions } from './extractReport';
export * from './types';
