// Vietnamese word boundaries (utils/text/words): the dictionary segmenter the chip labels are cut by.
import { describe, expect, it } from 'vitest';
import { isWord, wordEnds } from '../../utils/text/words/segment';
import { wordKey } from '../../utils/text/words/word-key';
import { WORD_LIST } from '../../utils/text/words/word-list';

/** "bị cáo phải bồi thường" → "bị_cáo phải bồi_thường". */
const segment = (s: string): string => {
  const syllables = s.split(' ');
  const ends = wordEnds(syllables);
  return syllables.map((x, k) => x + (ends[k] ? ' ' : '_')).join('').trim();
};

describe('Vietnamese words', () => {
  it('joins the syllables of a word and leaves function words alone', () => {
    expect(segment('bị cáo phải bồi thường 120 triệu đồng')).toBe('bị_cáo phải bồi_thường 120 triệu đồng');
    expect(segment('tỷ lệ bao phủ bảo hiểm y tế')).toBe('tỷ_lệ bao_phủ bảo_hiểm y_tế');
    expect(segment('cổ phiếu được giao dịch trở lại sau gần 3 năm')).toBe('cổ_phiếu được giao_dịch trở_lại sau gần 3 năm');
    expect(segment('nếu dịp lễ năm ngoái giá khoảng')).toBe('nếu dịp lễ năm_ngoái giá khoảng');
  });

  it('prefers the reading a news segmenter gives over a rare literary word', () => {
    // "khách du" is a dictionary word, but in news it is the start of "khách du lịch".
    expect(segment('lượng khách du lịch đạt khoảng')).toBe('lượng khách du_lịch đạt khoảng');
    // "có giá" ("valuable") is a word, but news mostly writes "có | giá 5 triệu".
    expect(segment('vàng thế giới đang có giá')).toBe('vàng thế_giới đang có giá');
  });

  it('reads both tone placements and any case', () => {
    expect(wordKey('Hóa')).toBe(wordKey('hoá'));
    expect(wordKey('thủy')).toBe(wordKey('thuỷ'));
    expect(wordKey('hoàn')).toBe('hoàn');
    expect(isWord('Nông thôn')).toBe(true);
    expect(isWord('văn hóa')).toBe(true);
    expect(isWord('văn hoá')).toBe(true);
    expect(isWord('của các')).toBe(false);
  });

  it('leaves names, numbers and unknown syllables as words of their own', () => {
    expect(segment('giá xăng RON 95 giảm 320 đồng')).toBe('giá xăng RON 95 giảm 320 đồng');
    expect(wordEnds([])).toEqual([]);
  });

  it('ships a list of news words, grouped by first syllable', () => {
    const lines = WORD_LIST.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(2000);
    for (const line of lines.slice(0, 50)) expect(line).toMatch(/^[^\s:,]+:[^:]+$/u);
  });
});
