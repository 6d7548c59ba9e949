// Finds the reporting agency: the title (`东宁街道办事处2016年…`) → page labels (`发布机构:`,
// `文章来源:`, `来源:`) → the signature at the end → the opening sentence (`2017年,XX区政府…`) → the
// file name. Full names follow the government's official form (诸往镇人民政府, 集里街道办事处,
// 山城区人民政府; a territorial management zone's 管委会: 平潭综合实验区管委会) whichever form the page
// uses (山城区政府, 集里街道); the short name groups a government's reports (诸往镇, 集里街道, 山城区).
// A department (and an economic zone's committee) keeps its name as written.
import { canonicalAgency } from '../../domain/lineage';
import { parseAgency, type AgencyParts } from './agencyName';
import { codesByName, longestKnownEndingAt, type DivisionIndex } from './divisions';
import { placeLevel, ZONE_END } from './level';
import { parseTitleText, type Title } from './title';
import type { DocWindow } from './window';

export type AgencySource = 'title' | 'label' | 'signature' | 'text' | 'file';

export interface FoundAgency {
  parts: AgencyParts;
  agency: string;
  short: string;
  source: AgencySource;
}

const LABEL = /(?:发布机构|文章来源|信息来源|来源|发文机关|发布单位|发布部门|编制单位|主办单位)[ \t]*:[ \t]*([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff()（）]{2,40})/;
const MENTION = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,14}?)(人民政府|街道办事处|办事处|管委会|政府)/g;
const NOT_AGENCY = /中华人民共和国|国务院|共和国|上级|各级|本级|省委|党委/;
const SELF = /我(街道|镇|乡|区|县|市|旗)/;

export function findAgency(win: DocWindow, title: Title | null, index?: DivisionIndex): FoundAgency | null {
  const tryRaw = (raw: string | null | undefined, source: AgencySource): FoundAgency | null => {
    if (!raw) return null;
    // a known second spelling of one body (财金局, 平潭市场监督管理局) becomes its canonical name
    // (src/domain/lineage.ts), so one agency is not split in two
    const bare = raw.replace(/[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, '');
    const canonical = canonicalAgency(bare);
    const parts = parseAgency(canonical !== bare ? canonical : raw, index);
    return parts ? finish(parts, source, index) : null;
  };
  if (title && title.line > 0) {
    const found = tryRaw(title.agency, 'title');
    if (found) return found;
  }
  for (const line of win.head) {
    const m = LABEL.exec(line);
    const found = m && tryRaw(m[1], 'label');
    if (found) return found;
  }
  const signed = signature(win.tail);
  const fromSignature = tryRaw(signed, 'signature');
  if (fromSignature) return fromSignature;
  const fromText = openingMention(win.head.slice(0, 8), index);
  const found = tryRaw(fromText, 'text');
  if (found) return found;
  return title && title.line === 0 ? tryRaw(title.agency, 'file') : null;
}

/**
 * OCR and typing slips in the place name (沐阳县 for 沭阳县): when the name the document gives is
 * unknown to the index and the file name spells a known place that differs in one character, the
 * file name's spelling is used.
 */
export function correctSpelling(found: FoundAgency, fileName: string, index: DivisionIndex): FoundAgency {
  if (index.byName.has(found.parts.place)) return found;
  const fromFile = parseTitleText(fileName.replace(/^.*[\\/]/, ''));
  const parts = fromFile?.agency ? parseAgency(fromFile.agency, index) : null;
  if (!parts || !index.byName.has(parts.place) || !oneCharApart(parts.place, found.parts.place)) return found;
  if (Boolean(parts.department) !== Boolean(found.parts.department)) return found;
  return finish(parts, found.source, index);
}

function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

function finish(parts: AgencyParts, source: AgencySource, index?: DivisionIndex): FoundAgency {
  if (parts.department) return { parts, agency: parts.written, short: parts.written, source };
  const place = parts.place;
  const level = placeLevel(place, index);
  let agency: string;
  if (level === 'street') agency = place + '办事处';
  else if (/片区$/.test(place)) agency = place + (parts.govSuffix ?? '管理局');
  else if (level === 'township' || level === 'county' || level === 'district' || level === 'city' || level === 'province') {
    agency = isManagementZone(place, index) ? zoneName(parts) : place + '人民政府';
  } else agency = place + (parts.govSuffix ?? '');
  if (level === 'department') return { parts, agency: parts.written, short: parts.written, source };
  return { parts, agency, short: place, source };
}

/** A zone that is not a statistical area (平潭综合实验区, XX经济开发区): run by a management committee. */
function isManagementZone(place: string, index?: DivisionIndex): boolean {
  return ZONE_END.test(place) && !(index && codesByName(index, place, 'area').length > 0);
}

/** A management zone's government is its 管委会 (管理委员会), unless the page calls it a 人民政府. */
function zoneName(parts: AgencyParts): string {
  if (parts.govSuffix === '人民政府' || parts.govSuffix === '政府') return parts.place + '人民政府';
  return parts.place + '管委会';
}

/** The agency line of the signature: a short line near the end that is only a name. */
function signature(tail: readonly string[]): string | null {
  let seen = 0;
  for (let i = tail.length - 1; i >= 0 && seen < 8; i--) {
    const line = tail[i].trim();
    if (!line) continue;
    seen++;
    const m = /^([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff()（）]{3,30}?(?:人民政府|办事处|管委会|委员会|局|办公室|办公厅))(?:[ \t]*(?:19|20)\d{2}.*)?$/.exec(line);
    if (m) return m[1];
  }
  return null;
}

/** The first government the opening lines name (`2017年,XX区政府认真贯彻…`), preferring one of the
 * kind the report calls itself (我区 → a 区). */
function openingMention(lines: readonly string[], index?: DivisionIndex): string | null {
  const text = lines.join('\n');
  const self = SELF.exec(text)?.[1] ?? null;
  const candidates: string[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    if (NOT_AGENCY.test(m[1])) continue;
    const place = trimPlace(m[1], index);
    if (place) candidates.push(place + m[2]);
  }
  if (self) {
    const own = candidates.find((c) => c.replace(/(人民政府|街道办事处|办事处|管委会|政府)$/, '').endsWith(self));
    if (own) return own;
  }
  return candidates[0] ?? null;
}

/** The place at the end of a run of text (`编制磐石市` → 磐石市): the longest known name with the
 * index, else the run without leading verbs. */
function trimPlace(run: string, index?: DivisionIndex): string | null {
  if (index) {
    const len = longestKnownEndingAt(index, run, run.length, 12);
    if (len > 0) return run.slice(run.length - len);
  }
  const t = run.replace(/^(?:编制|根据|按照|关于|对|由|在|为|是|经|据|和|及|与)+/, '');
  return /(?:镇|乡|街道|区|县|旗|市|省)$/.test(t) && t.length >= 2 ? t : null;
}
