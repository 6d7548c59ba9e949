import { describe, expect, it } from 'vitest';
import { judgeTimeliness } from '../../src/extract/checks/timeliness';

describe('judgeTimeliness', () => {
  it('up to report year 2018 every organ has until 31 March', () => {
    expect(judgeTimeliness('township', 2018, '2019-01-18')).toMatchObject({ deadline: '2019-03-31', timeliness: 'on_time', daysLate: 0 });
    expect(judgeTimeliness('department', 2016, '2017-03-31')).toMatchObject({ timeliness: 'on_time' });
    expect(judgeTimeliness('department', 2016, '2017-04-02')).toMatchObject({ deadline: '2017-03-31', timeliness: 'late', daysLate: 2 });
  });

  it('from 2019 departments are due by 31 January', () => {
    expect(judgeTimeliness('department', 2022, '2023-02-16')).toMatchObject({ deadline: '2023-01-31', timeliness: 'late', daysLate: 16 });
    expect(judgeTimeliness('department', 2022, '2023-01-31')).toMatchObject({ timeliness: 'on_time', daysLate: 0 });
  });

  it('from 2019 governments are due by 31 March', () => {
    expect(judgeTimeliness('county', 2019, '2020-02-20')).toMatchObject({ deadline: '2020-03-31', timeliness: 'on_time' });
    expect(judgeTimeliness('city', 2020, '2021-04-01')).toMatchObject({ timeliness: 'late', daysLate: 1 });
  });

  it('townships and streets warn after 31 January and are late after 31 March', () => {
    expect(judgeTimeliness('township', 2020, '2021-02-22')).toMatchObject({
      deadline: '2021-01-31', hardDeadline: '2021-03-31', timeliness: 'warn_window', daysLate: 22,
    });
    expect(judgeTimeliness('township', 2022, '2023-04-23')).toMatchObject({ timeliness: 'late' });
    expect(judgeTimeliness('street', 2020, '2021-01-27')).toMatchObject({ timeliness: 'on_time' });
  });

  it('a date before the year is over is premature; a missing or impossible date is unknown', () => {
    expect(judgeTimeliness('township', 2012, '2012-12-31')).toMatchObject({ timeliness: 'premature', daysLate: null });
    expect(judgeTimeliness('township', 2012, null)).toMatchObject({ deadline: '2013-03-31', timeliness: 'unknown' });
    expect(judgeTimeliness('county', 2020, '2021-02-30')).toMatchObject({ timeliness: 'unknown' });
    expect(judgeTimeliness('county', null, '2021-02-01')).toEqual({ deadline: null, timeliness: 'unknown', daysLate: null });
  });

  it('a local override replaces the default for its province, levels and years', () => {
    const overrides = [{ province: '湖南省', levels: ['township', 'street'] as const, fromYear: 2021, due: '02-20' }];
    expect(judgeTimeliness('township', 2021, '2022-02-19', { province: '湖南省', overrides })).toMatchObject({ deadline: '2022-02-20', timeliness: 'on_time' });
    expect(judgeTimeliness('township', 2021, '2022-02-21', { province: '湖南省', overrides })).toMatchObject({ timeliness: 'late', daysLate: 1 });
    expect(judgeTimeliness('township', 2021, '2022-02-21', { province: '河南省', overrides })).toMatchObject({ timeliness: 'warn_window' });
  });
});

describe('local deadline rules reach the pipeline', () => {
  it('a province override changes the verdict only in that province', () => {
    const rule = { province: '湖南省', levels: ['township'] as const, fromYear: 2021, due: '02-20' };
    const inHunan = judgeTimeliness('township', 2021, '2022-02-15', { province: '湖南省', overrides: [rule] });
    const elsewhere = judgeTimeliness('township', 2021, '2022-02-15', { province: '福建省', overrides: [rule] });
    expect(inHunan.timeliness).toBe('on_time');
    expect(elsewhere.timeliness).toBe('warn_window');
  });
});
