// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyStoredImages } from '../../utils/ui/offline-images';
import { collectSentences, rangeForOffsets } from '../../utils/ui/dom-sentences';
import { findFigureMark } from '../../utils/ui/figure-focus';
import { ensureImageAlt, imagePlaceholders } from '../../utils/ui/image-alt';
import { formatBytes, formatDate } from '../../utils/ui/format';
import { articleIdFromQuery, tabIdFromQuery } from '../../utils/ui/query';
import { buildPageReport } from '../../utils/ui/report';
import { debounce, throttle } from '../../utils/ui/timing';
import { safeHttpUrl } from '../../utils/ui/safe-url';
import { hostOf } from '../../utils/sites/same-site';
import { failureActions, saveFailureMessage } from '../../utils/ui/failure-text';
import { scrollProgress } from '../../components/reader/ReaderApp';
import type { Figure, KeyFigure } from '../../utils/model/figure';

function html(s: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = s; // test input only (trusted literal)
  return div;
}

afterEach(() => vi.useRealTimers());

describe('applyStoredImages', () => {
  it('gives portal images without alt an empty one, and turns every popup image into a placeholder that loads nothing', () => {
    const root = html(
      '<p><img src="https://a.gov.vn/1.jpg"><img src="https://a.gov.vn/2.jpg" alt="Hai"></p>' +
        '<figure><picture><source srcset="https://cdn.example.vn/3.webp"><img src="https://cdn.example.vn/3.jpg" loading="eager"></picture></figure>',
    );
    ensureImageAlt(root);
    expect(Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('alt'))).toEqual(['', 'Hai', '']);
    imagePlaceholders(root, (alt) => (alt ? `Ảnh: ${alt}` : 'Ảnh — hiện khi bạn lưu bài'));
    expect(root.querySelectorAll('img, source')).toHaveLength(0);
    expect(root.innerHTML).not.toMatch(/https?:/);
    const frames = Array.from(root.querySelectorAll('.img-preview'), (f) => [f.getAttribute('role'), f.textContent]);
    expect(frames).toEqual([
      ['img', 'Ảnh — hiện khi bạn lưu bài'],
      ['img', 'Ảnh: Hai'],
      ['img', 'Ảnh — hiện khi bạn lưu bài'],
    ]);
  });

  it('swaps stored images for object URLs (once per URL), frames the rest with their alt, drops srcset', () => {
    const root = html(
      '<p><img src="https://a.gov.vn/1.jpg" srcset="https://cdn/1-2x.jpg 2x" alt="Một"></p>' +
        '<p><img src="https://a.gov.vn/1.jpg" alt="Một lần nữa"></p>' +
        '<p><img src="https://a.gov.vn/2.jpg" alt="Hai"><img src="https://a.gov.vn/3.jpg" alt=""></p>',
    );
    const make = vi.fn((b: Blob) => `blob:x/${b.size}`);
    const created = applyStoredImages(root, new Map([['https://a.gov.vn/1.jpg', new Blob(['abc'])]]), { createObjectURL: make, missingLabel: 'Ảnh không có' });
    const imgs = root.querySelectorAll('img');
    expect(imgs).toHaveLength(2);
    expect(imgs[0]!.getAttribute('src')).toBe('blob:x/3');
    expect(imgs[0]!.hasAttribute('srcset')).toBe(false);
    expect(make).toHaveBeenCalledTimes(1);
    expect(created).toEqual(['blob:x/3']);
    const frames = Array.from(root.querySelectorAll('.img-missing'), (f) => f.textContent);
    expect(frames).toEqual(['Hai', 'Ảnh không có']);
  });
});

describe('sentences in the DOM', () => {
  it('collects sentences per innermost block and maps offsets across inline markup', () => {
    const root = html('<p>Thu <mark class="fig">1,6 tỷ đồng</mark>. Chi <b>800 triệu</b> đồng.</p><ul><li><p>Mục một.</p></li></ul>');
    const s = collectSentences(root);
    expect(s.map((x) => x.text)).toEqual(['Thu 1,6 tỷ đồng.', 'Chi 800 triệu đồng.', 'Mục một.']);
    const range = rangeForOffsets(s[1]!.block, s[1]!.start, s[1]!.end)!;
    expect(range.toString()).toBe('Chi 800 triệu đồng.');
    expect(rangeForOffsets(s[0]!.block, 0, 999)).toBeNull();
  });
});

describe('findFigureMark', () => {
  const fig = (kind: Figure['kind'], text: string, start: number): Figure => ({ kind, text, start, end: start + text.length });
  it('finds by figure index, then by text', () => {
    const figures = [fig('date', 'Năm 2023', 0), fig('money', '1,6 tỷ đồng', 20)];
    const root = html('<p><mark class="fig" data-fig-index="0">Năm 2023</mark> chi <mark class="fig" data-fig-index="1">1,6 tỷ đồng</mark></p><p><mark class="fig">4,5%</mark></p>');
    const kf = (f: Figure): KeyFigure => ({ ...f, sentence: '', score: 1 });
    expect(findFigureMark(root, figures, kf(figures[1]!))?.getAttribute('data-fig-index')).toBe('1');
    expect(findFigureMark(root, figures, kf(fig('percent', '4,5%', 90)))?.textContent).toBe('4,5%');
    expect(findFigureMark(root, figures, kf(fig('percent', '9,9%', 90)))).toBeNull();
  });
});

describe('formatting', () => {
  it('formats a date-only value as that calendar day in both languages', () => {
    expect(formatDate('2023-04-12', 'vi')).toBe('12 tháng 4, 2023');
    expect(formatDate('2023-04-12', 'en')).toBe('12 April 2023');
    expect(formatDate('not a date', 'vi')).toBe('');
    expect(formatDate(null, 'vi')).toBe('');
    // A publication time is shown as written on the page, whatever the reader's time zone.
    expect(formatDate('2023-04-18T09:35:00+07:00', 'vi', { withTime: true })).toBe('18 tháng 4, 2023 09:35');
    expect(formatDate('2023-04-18T23:35:00+07:00', 'en')).toBe('18 April 2023');
  });

  it('formats storage sizes', () => {
    expect(formatBytes(3.5 * 1024 * 1024, 'vi')).toBe('3,5 MB');
    expect(formatBytes(3.5 * 1024 * 1024, 'en')).toBe('3.5 MB');
    expect(formatBytes(2048, 'en')).toBe('2 kB');
  });
});

describe('query parameters', () => {
  it('accepts only well-formed ids', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=4x')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
    expect(articleIdFromQuery('?id=a0k3j2h1g0f9&lang=en')).toBe('a0k3j2h1g0f9');
    expect(articleIdFromQuery('?id=<script>')).toBeNull();
  });
});

describe('urls and messages', () => {
  it('keeps only http(s) URLs', () => {
    expect(safeHttpUrl('https://a.gov.vn/x.pdf')).toBe('https://a.gov.vn/x.pdf');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(hostOf('https://www.hanoi.gov.vn/a')).toBe('hanoi.gov.vn');
  });

  it('builds a page report with URL, reason and version', () => {
    const r = buildPageReport({ url: 'https://x.gov.vn/', reason: 'empty', message: 'Trống', version: '0.1.0', now: new Date('2024-05-01T00:00:00Z') }, 'vi');
    expect(r.split('\n')).toEqual([
      'Tin Sạch — trang không đọc được',
      'Địa chỉ: https://x.gov.vn/',
      'Lý do: empty — Trống',
      'Phiên bản: 0.1.0',
      'Thời điểm: 2024-05-01T00:00:00.000Z',
    ]);
  });

  it('maps failures to actions and save errors to the UI language', () => {
    expect(failureActions('timeout')).toEqual({ retry: true, report: true });
    expect(failureActions('restricted')).toEqual({ retry: false, report: false });
    expect(failureActions('not-article')).toEqual({ retry: false, report: true });
    expect(saveFailureMessage('quota', 'x', 'en')).toMatch(/storage is full/);
    expect(saveFailureMessage('restricted', 'x', 'vi')).toMatch(/Trình duyệt không cho/);
    expect(saveFailureMessage('weird', 'fallback', 'vi')).toBe('fallback');
  });
});

describe('timing', () => {
  it('debounce sends only the last call', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 120);
    d('a');
    d('ab');
    vi.advanceTimersByTime(100);
    d('abc');
    vi.advanceTimersByTime(119);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith('abc');
  });

  it('throttle: first call at once, then at most one per interval with the latest value; flush sends the pending one', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttle(fn, 1000);
    t(0.1);
    t(0.2);
    t(0.3);
    expect(fn.mock.calls).toEqual([[0.1]]);
    vi.advanceTimersByTime(1000);
    expect(fn.mock.calls).toEqual([[0.1], [0.3]]);
    t(0.5);
    t.flush();
    expect(fn.mock.calls).toEqual([[0.1], [0.3], [0.5]]);
  });
});

describe('scrollProgress', () => {
  it('is the share of the scrollable height, clamped, and 0 for a page that fits', () => {
    const doc = { documentElement: { scrollHeight: 3000 } } as unknown as Document;
    expect(scrollProgress({ scrollY: 1000, innerHeight: 1000 }, doc)).toBe(0.5);
    expect(scrollProgress({ scrollY: 5000, innerHeight: 1000 }, doc)).toBe(1);
    expect(scrollProgress({ scrollY: 0, innerHeight: 4000 }, doc)).toBe(0);
  });
});
