import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/text/sentences';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps exact offsets', () => {
    const text = '  Huyện có 14 ban tuyên vận. Các xã đã rà soát!  Kết quả ra sao? Rất tốt.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Huyện có 14 ban tuyên vận.', 'Các xã đã rà soát!', 'Kết quả ra sao?', 'Rất tốt.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split inside numbers, decimals and codes', () => {
    expect(texts('Huy động 2.132 ngày công, đóng góp 1,6 tỷ đồng theo Nghị quyết 17-NQ/HU. Xong.')).toEqual([
      'Huy động 2.132 ngày công, đóng góp 1,6 tỷ đồng theo Nghị quyết 17-NQ/HU.',
      'Xong.',
    ]);
  });

  it('does not split after place and title abbreviations', () => {
    expect(texts('Đoàn công tác của TP. Hồ Chí Minh đến Q.1 và Tp. Thủ Đức. Họ về sau.')).toEqual([
      'Đoàn công tác của TP. Hồ Chí Minh đến Q.1 và Tp. Thủ Đức.',
      'Họ về sau.',
    ]);
    expect(texts('Hội thảo có TS. Nguyễn Văn Nam, PGS. Lê Hoa, ThS. Trần Bình và PGS.TS. Phạm An. Kết thúc.')).toHaveLength(2);
  });

  it('does not split after initials', () => {
    expect(texts('Bài của Nguyễn V. A và H. Lan được đăng. Cảm ơn.')).toEqual(['Bài của Nguyễn V. A và H. Lan được đăng.', 'Cảm ơn.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('Ông nói: “Chúng tôi sẽ làm.” Sau đó ông về. "Tốt!" bà đáp.')).toEqual([
      'Ông nói: “Chúng tôi sẽ làm.”',
      'Sau đó ông về.',
      '"Tốt!" bà đáp.',
    ]);
  });

  it('treats ./. as the end of an official text', () => {
    expect(texts('Làm theo tư tưởng Hồ Chí Minh./. Ngô Hải')).toEqual(['Làm theo tư tưởng Hồ Chí Minh./.', 'Ngô Hải']);
  });

  it('handles ellipses: a lower-case word continues the sentence', () => {
    expect(texts('Nhiều loại cây... và hoa. Hết… Rồi sao? Chờ…')).toEqual(['Nhiều loại cây... và hoa.', 'Hết…', 'Rồi sao?', 'Chờ…']);
  });

  it('splits at line breaks (paragraphs, captions, bylines)', () => {
    expect(texts('Đoạn một không có dấu chấm\n\nanh tin bai\nNgô Hải - BTG HU')).toEqual(['Đoạn một không có dấu chấm', 'anh tin bai', 'Ngô Hải - BTG HU']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
