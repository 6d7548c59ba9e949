// The extractor's one door: everything outside src/extract (the app, the data layer, the worker,
// scripts/) imports the extractor from here, never a file inside it (tests/unit/architecture.test.ts).
export { extractReport, toReportJson, EXTRACTOR_VERSION } from './extractReport';
export type { ExtractInput, ExtractOptions } from './extractReport';
export * from './types';
export type { Severity } from '../domain/checks';
export type { RequestColumn } from '../domain/table3';

// the pipeline's stages, for benchmarks and the CLI
export { decodeBytes } from './text/decode';
export { htmlToText, looksLikeHtml } from './text/html';
export { normalizeText } from './text/normalize';
export type { Reason } from './text/magic';
export { classifyDocument } from './classify';
export { identify } from './identity/index';
export { loadDivisionIndex, type DivisionIndex } from './identity/divisions';
// the level a place's name gives (镇 → township, 街道 → street …), for a unit the user picks from the division tree
export { placeLevel } from './identity/level';
export { detectEra } from './era';

// checks the data build runs outside one report
export { judgeTimeliness } from './checks/timeliness';
export { crossReportChecks, sameReportTwice } from './checks/crossReport';

// the identity-dependent checks again, for an identity the user corrected in the import preview
export { recheckIdentity, type Identity } from './checks/recheck';
