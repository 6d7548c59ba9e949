// Raw column values (origin, timeliness, kind, scope, published_source, level, era) in words.
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../src/app/i18n';

const zh = makeI18n('zh');
const en = makeI18n('en');

describe('i18n value(): raw values shown as words', () => {
  it('translates every stored value of each concept in both languages', () => {
    expect(zh.value('origin', 'bundled')).toBe('内置数据');
    expect(en.value('origin', 'synthetic')).toBe('synthetic');
    expect(zh.value('timeliness', 'warn_window')).toBe('宽限期内');
    expect(zh.value('timeliness', 'premature')).toBe('过早');
    expect(en.value('timeliness', 'late')).toBe('late');
    expect(zh.value('kind', 'not_a_report')).toBe('非年度报告');
    expect(zh.value('scope', 'region')).toBe('全地区汇总');
    expect(zh.value('scope', 'self')).toBe('本机关');
    expect(en.value('published_source', 'signature')).toBe('signature date');
    expect(zh.value('level', 'street')).toBe('街道');
    expect(zh.value('era', '2008')).toBe('2008版');
    expect(en.value('era', '2021')).toBe('2021 format');
  });

  it('the user origin reads as the import view badge word', () => {
    expect(zh.value('origin', 'user')).toBe(zh.t('import.mineBadge'));
    expect(en.value('origin', 'user')).toBe(en.t('import.mineBadge'));
  });

  it('one word per level (regression: the import view said 县级 where the views said 县)', () => {
    expect(zh.level('county')).toBe('县级');
    expect(zh.level('district')).toBe('区级');
    expect(en.level('township')).toBe('township');
  });

  it('an unknown value shows as stored, an absent one as empty (never a wrong word)', () => {
    expect(zh.value('timeliness', 'sideways')).toBe('sideways');
    expect(zh.value('origin', null)).toBe('');
    expect(en.value('kind', undefined)).toBe('');
    // an inherited property name is not a value
    expect(zh.value('scope', 'toString')).toBe('toString');
  });
});
