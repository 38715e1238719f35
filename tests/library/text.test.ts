import { describe, expect, it } from 'vitest';
import { tokenSpans, tokenize, tokenizeByWord } from '../../utils/library/tokenize';
import { highlight, snippet } from '../../utils/library/snippet';
import { mergePostings, weighTokens } from '../../utils/library/search-index';
import { jsonDepthExceeds } from '../../utils/library/import/json-depth';

describe('tokenize', () => {
  it('folds Vietnamese syllables, keeps numbers, and handles NFD text like NFC', () => {
    expect(tokenize('Đảng uỷ các xã, thị trấn: 14 ban tuyên vận!')).toEqual(['dang', 'uy', 'cac', 'xa', 'thi', 'tran', '14', 'ban', 'tuyen', 'van']);
    const nfd = 'Kinh tế tăng trưởng'.normalize('NFD');
    expect(tokenize(nfd)).toEqual(['kinh', 'te', 'tang', 'truong']);
    expect(tokenSpans(nfd).map((s) => nfd.slice(s.start, s.end))).toEqual(nfd.split(' '));
    const s = 'Ông Phạm Hoàng — 219,2m3 rác thải';
    expect(tokenize(s)).toEqual(tokenizeByWord(s));
  });
});

describe('highlight / snippet', () => {
  it('marks whole words only, joins adjacent hits, and cuts the snippet at word boundaries', () => {
    const q = { exact: ['tuyen', 'van'], prefix: 'van' };
    expect(highlight('Ban tuyên vận và văn hoá', q)).toEqual([
      { text: 'Ban ', hit: false },
      { text: 'tuyên vận', hit: true },
      { text: ' và ', hit: false },
      { text: 'văn', hit: true },
      { text: ' hoá', hit: false },
    ]);
    const text = 'Một hai ba. '.repeat(40) + 'Công tác tuyên vận được duy trì. ' + 'Bốn năm sáu. '.repeat(40);
    const segs = snippet(text, { exact: ['tuyen', 'van'], prefix: null }, 120);
    const joined = segs.map((x) => x.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined).toContain('Công tác tuyên vận được duy trì.');
    expect(joined.length).toBeLessThanOrEqual(124);
    expect(segs.filter((x) => x.hit).map((x) => x.text)).toEqual(['tuyên vận']);
  });
});

describe('postings', () => {
  it('merge adds, updates and removes documents in one pass, keeping docNo order', () => {
    let rec = mergePostings(undefined, 'van', new Map([[5, 10], [2, 20]]))!;
    expect([...rec.docs]).toEqual([2, 5]);
    rec = mergePostings(rec, 'van', new Map([[3, 30], [5, 0], [2, 25]]))!;
    expect([...rec.docs]).toEqual([2, 3]);
    expect([...rec.weights]).toEqual([25, 30]);
    expect(mergePostings(rec, 'van', new Map([[2, 0], [3, 0]]))).toBeNull();
  });

  it('weighs a title word above a lead word above a body word', () => {
    const w = weighTokens({ title: 'Cầu Phố Lu', lead: 'Khởi công cầu mới', text: 'Khởi công cầu mới\n\nDự án đường tỉnh', siteName: 'Lào Cai', url: 'https://laocai.gov.vn/x', tags: [] });
    expect(w.get('pho')!).toBeGreaterThan(w.get('khoi')!);
    expect(w.get('khoi')!).toBeGreaterThan(w.get('duong')!);
    expect(w.get('lao')).toBeGreaterThan(0);
  });
});

describe('jsonDepthExceeds', () => {
  it('counts brackets outside strings only', () => {
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[["}', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"\\"[[[[["}', 2)).toBe(false);
  });
});
