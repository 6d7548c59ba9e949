// Which of a finding's two messages the app shows: `message` (Chinese) in the Chinese interface,
// `message_en` in the English one, and `message` again when a finding stored before messages were
// bilingual has no message_en.
import { describe, expect, it } from 'vitest';
import { inLanguage as pick, textOf } from '../../src/domain/text';

/** A column pair (message/message_en, reason/reason_en) in a language, as the views read it. */
const inLanguage = (zh: unknown, en: unknown, lang: 'zh' | 'en') => pick(textOf(zh, en), lang);
import { extractReport } from '../../src/extract/extractReport';

describe('inLanguage for a finding message', () => {
  it('shows the Chinese message in the Chinese interface and message_en in the English one', () => {
    expect(inLanguage('办理结果各项之和为27，但（七）总计为21', 'the handled outcomes add up to 27 but the stated total (七) is 21', 'zh'))
      .toBe('办理结果各项之和为27，但（七）总计为21');
    expect(inLanguage('办理结果各项之和为27，但（七）总计为21', 'the handled outcomes add up to 27 but the stated total (七) is 21', 'en'))
      .toBe('the handled outcomes add up to 27 but the stated total (七) is 21');
  });

  it('falls back to message when message_en is null, absent or empty', () => {
    expect(inLanguage('缺少章节', null, 'en')).toBe('缺少章节');
    expect(inLanguage('缺少章节', undefined, 'en')).toBe('缺少章节');
    expect(inLanguage('缺少章节', '', 'en')).toBe('缺少章节');
    expect(inLanguage(null, null, 'en')).toBe('');
  });
});

// The same helper picks a document's reason (`reason` Chinese, `reason_en` English).
describe('inLanguage for a not-a-report reason', () => {
  it('shows reason in Chinese, reason_en in English, and reason for a user report saved without reason_en', () => {
    const x = extractReport({ name: 'a.txt', bytes: new Uint8Array() });
    expect(inLanguage(x.reason, x.reason_en, 'zh')).toBe('文件为空（0 字节）');
    expect(inLanguage(x.reason, x.reason_en, 'en')).toBe('the file is empty (0 bytes)');
    const saved: Record<string, unknown> = { reason: '文件为空（0 字节）' }; // stored before reasons were bilingual
    expect(inLanguage(saved.reason, saved.reason_en, 'en')).toBe('文件为空（0 字节）');
  });
});
