// @vitest-environment jsdom
// Library rows: a Pocket import is a "link to read" that opens the original page (no empty reader, no .md);
// a saved article offers a .md download; the site filter shows one name per host and filters on the host.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { LibraryDeps, LibraryListItem, LibraryQuery } from '../../components/library/types';
import { configureI18n } from '../../utils/i18n/i18n';
import { allByTestId, click, mount, settle, unmount } from './helpers';

const SAVED: LibraryListItem = {
  id: 'a1',
  title: 'Duy trì nâng cao chất lượng công tác tuyên vận',
  siteName: 'Cổng TTĐT huyện Bảo Thắng',
  url: 'https://baothang.laocai.gov.vn/tin-tuc/tuyen-van-123.html',
  publishedAt: '2023-04-18',
  savedAt: '2024-05-03T08:00:00Z',
  readAt: null,
  readingMinutes: 3,
  tags: [],
  lead: '',
  pending: false,
};
const LINK: LibraryListItem = {
  ...SAVED,
  id: 'p1',
  title: 'Hội nghị tổng kết công tác dân vận năm 2023',
  siteName: 'laocai.gov.vn',
  url: 'https://laocai.gov.vn/tin/hoi-nghi-1',
  publishedAt: null,
  savedAt: '2023-04-18T03:35:00Z',
  readingMinutes: 0,
  pending: true,
};

function deps(items: LibraryListItem[]): LibraryDeps & { queries: LibraryQuery[] } {
  const queries: LibraryQuery[] = [];
  return {
    queries,
    list: vi.fn(async (q: LibraryQuery) => {
      queries.push(q);
      const rows = items.filter((x) => !q.site || new URL(x.url).hostname === q.site);
      return { items: rows, total: rows.length };
    }),
    search: vi.fn(async () => []),
    sites: async () => [
      { value: 'baothang.laocai.gov.vn', label: 'Cổng TTĐT huyện Bảo Thắng' },
      { value: 'laocai.gov.vn', label: 'laocai.gov.vn' },
    ],
    tags: async () => [],
    remove: vi.fn(async () => null),
    restore: vi.fn(async () => undefined),
    exportJson: vi.fn(async () => '{}'),
    download: vi.fn(),
    importFile: vi.fn(async () => ({ added: 0, updated: 0, unchanged: 0, skipped: [] })),
    stats: async () => ({ count: items.length, bytes: 0, quota: null, usage: null, persisted: null }),
    readerHref: (id) => `chrome-extension://x/reader.html?id=${id}`,
    downloadMarkdown: vi.fn(async () => undefined),
    errorText: () => 'lỗi',
  };
}

let container: HTMLElement | null = null;
beforeEach(() => configureI18n({ override: 'vi' }));
afterEach(() => {
  if (container) unmount(container);
  container = null;
});

describe('library rows', () => {
  it('marks a Pocket import as a link to read that opens the original page in a new tab', async () => {
    const d = deps([SAVED, LINK]);
    container = mount(<LibraryApp deps={d} lang="vi" />);
    await settle();
    const [saved, link] = allByTestId(container, 'library-item');
    expect(link!.dataset.toRead).toBe('true');
    const a = link!.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://laocai.gov.vn/tin/hoi-nghi-1');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link!.textContent).toContain('Liên kết để đọc');
    expect(link!.textContent).toContain('Mở trang gốc khi có mạng rồi bấm biểu tượng Tin Sạch');
    expect(link!.textContent).not.toContain('Chưa đọc');
    expect(link!.querySelector('[data-testid="download-markdown"]')).toBeNull();
    // A saved article still opens in the reader and is not marked.
    expect(saved!.dataset.toRead).toBeUndefined();
    expect(saved!.querySelector('a')!.getAttribute('href')).toBe('chrome-extension://x/reader.html?id=a1');
    expect(saved!.textContent).not.toContain('Liên kết để đọc');
  });

  it('never turns a stored non-web URL into a link to follow', async () => {
    const d = deps([{ ...LINK, url: 'javascript:alert(1)' }]);
    container = mount(<LibraryApp deps={d} lang="vi" />);
    await settle();
    const row = allByTestId(container, 'library-item')[0]!;
    expect(row.querySelector('a')!.getAttribute('href')).toBe('chrome-extension://x/reader.html?id=p1');
  });

  it('downloads a saved article as Markdown and says so', async () => {
    const d = deps([SAVED]);
    container = mount(<LibraryApp deps={d} lang="vi" />);
    await settle();
    const button = allByTestId(container, 'library-item')[0]!.querySelector<HTMLButtonElement>('[data-testid="download-markdown"]')!;
    expect(button.getAttribute('aria-label')).toBe('Tải về (.md) bài “Duy trì nâng cao chất lượng công tác tuyên vận”');
    await click(button);
    await settle();
    expect(d.downloadMarkdown).toHaveBeenCalledWith('a1');
    expect(container.textContent).toContain('Đã tải bài về dạng Markdown (tệp .md).');
  });

  it('shows one site per host by its name and filters on the host', async () => {
    const d = deps([SAVED, LINK]);
    container = mount(<LibraryApp deps={d} lang="vi" />);
    await settle();
    const select = container.querySelector<HTMLSelectElement>('#filter-site')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Tất cả các trang'],
      ['baothang.laocai.gov.vn', 'Cổng TTĐT huyện Bảo Thắng'],
      ['laocai.gov.vn', 'laocai.gov.vn'],
    ]);
    select.value = 'baothang.laocai.gov.vn';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(d.queries.at(-1)!.site).toBe('baothang.laocai.gov.vn');
    expect(allByTestId(container, 'library-item').map((r) => r.dataset.id)).toEqual(['a1']);
  });
});

describe('the reader of a link to read', () => {
  it('says the text is not saved yet and links to the original page', async () => {
    const { ToReadNotice } = await import('../../components/reader/ToReadNotice');
    container = mount(<ToReadNotice url="https://laocai.gov.vn/tin/hoi-nghi-1" />);
    expect(container.textContent).toContain('Liên kết để đọc. Chưa lưu nội dung.');
    const a = container.querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.textContent]).toEqual(['https://laocai.gov.vn/tin/hoi-nghi-1', '_blank', 'Mở trang gốc']);
    unmount(container);
    container = mount(<ToReadNotice url="javascript:alert(1)" />);
    expect(container.querySelector('a')).toBeNull();
  });
});
