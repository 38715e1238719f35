// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleId, normaliseUrl } from '../../utils/library/id';
import { articleToHtmlDocument } from '../../utils/library/export-article';
import { makeArticle } from './fixtures/articles';

describe('articleId', () => {
  it('is stable across scheme/host case, hash, tracking params and trailing slash', () => {
    const base = 'https://baothang.laocai.gov.vn/tin-tuc/tuyen-van?id=12';
    const variants = [
      'HTTPS://BaoThang.LaoCai.gov.vn/tin-tuc/tuyen-van?id=12',
      'https://baothang.laocai.gov.vn/tin-tuc/tuyen-van/?id=12#binh-luan',
      'https://baothang.laocai.gov.vn/tin-tuc/tuyen-van?utm_source=zalo&id=12&fbclid=IwAR0x&utm_medium=social',
      'https://baothang.laocai.gov.vn:443/tin-tuc/tuyen-van?id=12',
    ];
    for (const v of variants) expect(articleId(v), v).toBe(articleId(base));
    expect(normaliseUrl('https://x.gov.vn/tin/')).toBe('https://x.gov.vn/tin');
    expect(articleId(base)).toMatch(/^a[0-9a-z]{11}$/);
  });

  it('keeps meaningful differences apart: path case, other params, other hosts', () => {
    const base = articleId('https://x.gov.vn/tin?id=12');
    expect(articleId('https://x.gov.vn/tin?id=13')).not.toBe(base);
    expect(articleId('https://x.gov.vn/Tin?id=12')).not.toBe(base);
    expect(articleId('https://y.gov.vn/tin?id=12')).not.toBe(base);
    const ids = new Set(Array.from({ length: 20_000 }, (_, i) => articleId(`https://x.gov.vn/tin/${i}`)));
    expect(ids.size).toBe(20_000);
  });
});

describe('articleToHtmlDocument', () => {
  it('is a standalone page with escaped metadata and the sanitised body, and no way to run script', () => {
    const html = articleToHtmlDocument(
      makeArticle({ title: '</title><script>alert(1)</script>', siteName: '"><img src=x onerror=alert(2)>', lang: 'vi" onload="x' }),
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelector('h1')!.textContent).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelector('.meta')!.textContent).toContain('"><img src=x onerror=alert(2)>');
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2023-04-18T09:35:00+07:00');
    expect([...doc.querySelectorAll('article > p')].map((p) => p.textContent)).toContain(
      'Các loại hình tuyên truyền luôn được tận dụng triệt để, góp phần làm chuyển biến tình hình tư tưởng ở cơ sở.',
    );
    expect(doc.querySelector('footer a')!.getAttribute('href')).toBe(makeArticle().url);
  });
});
