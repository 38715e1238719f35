// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { LibraryDeps, LibraryListItem, LibraryQuery, LibrarySearchHit } from '../../components/library/types';
import { configureI18n } from '../../utils/i18n/i18n';
import { foldForSearch } from '../../utils/text/fold';
import { allByTestId, buttonByText, byTestId, changeValue, click, mount, settle, unmount } from './helpers';

function item(id: string, title: string, siteName: string, savedAt: string, extra: Partial<LibraryListItem> = {}): LibraryListItem {
  return {
    id,
    title,
    siteName,
    url: `https://${siteName}/tin/${id}`,
    publishedAt: savedAt.slice(0, 10),
    savedAt,
    readAt: null,
    readingMinutes: 4,
    tags: [],
    lead: '',
    pending: false,
    ...extra,
  };
}

/** An in-memory library with the same observable behaviour the page relies on. */
function fakeLibrary(initial: LibraryListItem[]) {
  let rows = [...initial];
  const queries: LibraryQuery[] = [];
  const deps: LibraryDeps = {
    list: vi.fn(async (q: LibraryQuery) => {
      queries.push(q);
      let r = rows.filter((x) => (!q.site || x.siteName === q.site) && (!q.tag || x.tags.includes(q.tag)) && (!q.unreadOnly || !x.readAt));
      r = [...r].sort((a, b) => (q.sort === 'saved-asc' ? a.savedAt.localeCompare(b.savedAt) : b.savedAt.localeCompare(a.savedAt)));
      return { items: r.slice(q.offset, q.offset + q.limit), total: r.length };
    }),
    search: vi.fn(async (query: string): Promise<LibrarySearchHit[]> => {
      const folded = foldForSearch(query.trim());
      return rows
        .filter((x) => foldForSearch(x.title).includes(folded))
        .map((x) => {
          const at = foldForSearch(x.title).indexOf(folded);
          return {
            id: x.id,
            title: x.title,
            siteName: x.siteName,
            titleSegments: [
              { text: x.title.slice(0, at), hit: false },
              { text: x.title.slice(at, at + folded.length), hit: true },
              { text: x.title.slice(at + folded.length), hit: false },
            ].filter((s) => s.text),
            snippet: [{ text: '<img src=x onerror=alert(1)> đoạn trích ', hit: false }, { text: 'tuyên vận', hit: true }],
          };
        });
    }),
    sites: async () => [...new Set(rows.map((r) => r.siteName ?? ''))].sort().map((s) => ({ value: s, label: s })),
    tags: async () => [...new Set(rows.flatMap((r) => r.tags))].sort(),
    remove: vi.fn(async (id: string) => {
      const found = rows.find((r) => r.id === id);
      rows = rows.filter((r) => r.id !== id);
      return found ? { record: found } : null;
    }),
    restore: vi.fn(async (token: unknown) => {
      rows.push((token as { record: LibraryListItem }).record);
    }),
    exportJson: vi.fn(async (withImages: boolean) => JSON.stringify({ format: 'tin-sach-library', version: 1, withImages, articles: rows })),
    download: vi.fn(),
    importFile: vi.fn(async () => ({ added: 2, updated: 1, unchanged: 0, skipped: [{ index: 3, reason: 'not an http(s) URL' }] })),
    stats: async () => ({ count: rows.length, bytes: 3 * 1024 * 1024, quota: 2 * 1024 ** 3, usage: 3.5 * 1024 * 1024, persisted: true }),
    readerHref: (id) => `chrome-extension://x/reader.html?id=${id}`,
    downloadMarkdown: vi.fn(async () => undefined),
    errorText: () => 'lỗi',
  };
  return { deps, queries, rows: () => rows };
}

const ITEMS = [
  item('a1', 'Duy trì nâng cao chất lượng công tác tuyên vận', 'baothang.laocai.gov.vn', '2024-05-03T08:00:00Z', { tags: ['dân vận'] }),
  item('a2', 'Hà Nội giải ngân 1,6 tỷ đồng cho nông thôn mới', 'hanoi.gov.vn', '2024-05-02T08:00:00Z', { readAt: '2024-05-02T09:00:00Z' }),
  item('a3', 'Đắk Lắk khởi công đường liên xã', 'daklak.gov.vn', '2024-05-01T08:00:00Z'),
];

let container: HTMLElement | null = null;
beforeEach(() => configureI18n({ override: 'vi' }));
afterEach(() => {
  if (container) unmount(container);
  container = null;
  vi.useRealTimers();
});

describe('library page', () => {
  it('lists saved articles with title, site, date, reading time and read state', async () => {
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const rows = allByTestId(container, 'library-item');
    expect(rows.map((r) => r.querySelector('a')?.textContent)).toEqual(ITEMS.map((i) => i.title));
    expect(rows[0]!.textContent).toContain('baothang.laocai.gov.vn');
    expect(rows[0]!.textContent).toContain('4 phút đọc');
    expect(rows[0]!.textContent).toContain('3 tháng 5, 2024');
    expect(rows[0]!.textContent).toContain('Chưa đọc');
    expect(rows[1]!.textContent).toContain('Đã đọc');
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe('chrome-extension://x/reader.html?id=a1');
    expect(byTestId(container, 'storage-info').textContent).toMatch(/3 bài · đã dùng 3,5 MB · giới hạn 2 GB · trình duyệt giữ thư viện lâu dài, không tự xoá/);
  });

  it('marks an article with missing photos, and "Tải lại ảnh" fetches them and updates the list', async () => {
    const lib = fakeLibrary([...ITEMS.slice(0, 1), { ...ITEMS[1]!, missingImages: 2 }, ...ITEMS.slice(2)]);
    lib.deps.refetchPhotos = vi.fn(async (id: string) => {
      const row = lib.rows().find((r) => r.id === id)!;
      row.missingImages = 0;
      return { saved: 5, total: 5 };
    });
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const rows = allByTestId(container, 'library-item');
    expect(rows.map((r) => r.querySelector('[data-testid="missing-photos"]')?.textContent ?? null)).toEqual([null, 'Thiếu 2 ảnh', null]);
    expect(allByTestId(container, 'refetch-photos')).toHaveLength(1);
    await click(buttonByText(rows[1]!, 'Tải lại ảnh'));
    await settle();
    expect(lib.deps.refetchPhotos).toHaveBeenCalledWith(ITEMS[1]!.id);
    // The answer is in the row whose button was pressed, not at the top of the page.
    const row = allByTestId(container, 'library-item')[1]!;
    expect(byTestId(row, 'row-status').textContent).toBe('Đã tải lại ảnh: có 5/5 ảnh.');
    expect(allByTestId(container, 'library-item')[0]!.querySelector('[data-testid="row-status"]')?.textContent).toBe('');
    expect(container.querySelectorAll('[data-testid="missing-photos"]')).toHaveLength(0);
  });

  it('answers ".md" in its own row; the page answers at the foot of the window', async () => {
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const second = allByTestId(container, 'library-item')[1]!;
    await click(byTestId(second, 'download-markdown'));
    await settle();
    expect(lib.deps.downloadMarkdown).toHaveBeenCalledWith(ITEMS[1]!.id);
    expect(byTestId(second, 'row-status').textContent).toBe('Đã tải bài về dạng Markdown (tệp .md).');
    expect(byTestId(second, 'row-status').dataset.tone).toBe('ok');
    // The page's own answers live in the toast region, fixed at the foot of the window.
    const toastRegion = container.querySelector('.toast-region')!;
    expect(toastRegion.contains(byTestId(container, 'status-toast'))).toBe(true);
  });

  it('says how far "Tải lại ảnh" got when photos are still missing (offline, or a host not allowed)', async () => {
    const lib = fakeLibrary([{ ...ITEMS[0]!, missingImages: 3 }]);
    lib.deps.refetchPhotos = vi.fn(async () => ({ saved: 2, total: 5 }));
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await click(byTestId(container, 'refetch-photos'));
    await settle();
    expect(byTestId(byTestId(container, 'library-item'), 'row-status').textContent).toMatch(/^Mới có 2\/5 ảnh\. Hãy kiểm tra mạng/);
  });

  it('shows the empty state that explains how to save', async () => {
    const lib = fakeLibrary([]);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const empty = byTestId(container, 'library-empty');
    expect(empty.textContent).toContain('Mở một bài báo, bấm biểu tượng Tin Sạch, rồi bấm Lưu');
    expect(container.querySelector('[data-testid="library-search"]')).toBeNull();
  });

  it('searches as you type (debounced), without diacritics, rendering snippets as text and <mark>', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const input = byTestId<HTMLInputElement>(container, 'library-search');
    for (const partial of ['t', 'tu', 'tuyen', 'tuyen van']) {
      act(() => {
        input.value = partial;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    expect(lib.deps.search).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(130);
    });
    await settle();
    // Only the last query was sent.
    expect(lib.deps.search).toHaveBeenCalledTimes(1);
    expect(lib.deps.search).toHaveBeenCalledWith('tuyen van');
    const rows = allByTestId(container, 'library-item');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.querySelector('h3 mark.hit')?.textContent).toBe('tuyên vận');
    const snippet = rows[0]!.querySelector('.snippet')!;
    // The hostile snippet text is text, not markup.
    expect(snippet.querySelector('img')).toBeNull();
    expect(snippet.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(snippet.querySelector('mark')?.textContent).toBe('tuyên vận');
    // Clearing the box returns to the list.
    await changeValue(input, '', 'input');
    expect(allByTestId(container, 'library-item')).toHaveLength(3);
  });

  it('filters by site and sorts', async () => {
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await changeValue(container.querySelector<HTMLSelectElement>('#filter-site')!, 'hanoi.gov.vn');
    expect(lib.queries.at(-1)).toMatchObject({ site: 'hanoi.gov.vn', offset: 0 });
    expect(allByTestId(container, 'library-item').map((r) => r.getAttribute('data-id'))).toEqual(['a2']);
    await changeValue(container.querySelector<HTMLSelectElement>('#filter-site')!, '');
    await changeValue(container.querySelector<HTMLSelectElement>('#sort')!, 'saved-asc');
    expect(allByTestId(container, 'library-item').map((r) => r.getAttribute('data-id'))).toEqual(['a3', 'a2', 'a1']);
    await changeValue(container.querySelector<HTMLSelectElement>('#filter-tag')!, 'dân vận');
    expect(allByTestId(container, 'library-item').map((r) => r.getAttribute('data-id'))).toEqual(['a1']);
  });

  it('deletes with an undo toast; undo restores the article', async () => {
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const del = allByTestId(container, 'library-item')[1]!.querySelector('button')!;
    expect(del.getAttribute('aria-label')).toBe('Xoá bài “Hà Nội giải ngân 1,6 tỷ đồng cho nông thôn mới”');
    await click(del);
    expect(lib.deps.remove).toHaveBeenCalledWith('a2');
    expect(allByTestId(container, 'library-item')).toHaveLength(2);
    const toast = byTestId(container, 'undo-toast');
    expect(toast.textContent).toContain('Đã xoá “Hà Nội giải ngân');
    await click(buttonByText(toast, 'Hoàn tác'));
    expect(lib.deps.restore).toHaveBeenCalledTimes(1);
    expect(allByTestId(container, 'library-item').map((r) => r.getAttribute('data-id'))).toEqual(['a1', 'a2', 'a3']);
    expect(container.querySelector('[data-testid="undo-toast"]')).toBeNull();
  });

  it('the undo toast goes away after 5 seconds and the delete stands', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await click(allByTestId(container, 'library-item')[0]!.querySelector('button')!);
    expect(container.querySelector('[data-testid="undo-toast"]')).not.toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(4000);
    });
    expect(container.querySelector('[data-testid="undo-toast"]')).not.toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(1200);
    });
    expect(container.querySelector('[data-testid="undo-toast"]')).toBeNull();
    expect(lib.deps.restore).not.toHaveBeenCalled();
    expect(lib.rows().map((r) => r.id)).toEqual(['a2', 'a3']);
  });

  it('exports a backup through download and reports an import', async () => {
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await click(buttonByText(container, 'Xuất bản sao lưu'));
    expect(lib.deps.exportJson).toHaveBeenCalledWith(true);
    const [filename, text] = vi.mocked(lib.deps.download).mock.calls[0]!;
    expect(container.querySelector('.backup [data-testid="status-message"]')?.textContent).toBe('Đã tạo tệp sao lưu. Hãy xem trong thư mục Tải xuống.');
    expect(filename).toMatch(/^tin-sach-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text).articles).toHaveLength(3);

    const input = byTestId<HTMLInputElement>(container, 'import-file');
    const file = new File(['title,url\n'], 'pocket.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(lib.deps.importFile).toHaveBeenCalledWith(file);
    // The answer stands next to the Import button (at the foot of a long library), not at the top of the page.
    expect(container.querySelector('.backup [data-testid="status-message"]')?.textContent).toBe(
      'Đã nhập xong: thêm 2, cập nhật 1, giữ nguyên 0, bỏ qua 1.',
    );
    // Why, in the reader's language first, then the import's own detail.
    expect(container.querySelector('.import-report')?.textContent).toContain('Mục thứ 4: không có địa chỉ trang web hợp lệ (not an http(s) URL)');
  });

  it('shows a library error in the status line', async () => {
    const lib = fakeLibrary(ITEMS);
    lib.deps.list = async () => {
      throw new Error('blocked');
    };
    lib.deps.errorText = () => 'Thư viện đang được mở ở một thẻ khác';
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const status = byTestId(byTestId(container, 'status-toast'), 'status-message');
    expect(status.textContent).toBe('Thư viện đang được mở ở một thẻ khác');
    expect(status.getAttribute('data-tone')).toBe('error');
  });

  it('renders in English with ?lang=en', async () => {
    configureI18n({ override: 'en' });
    const lib = fakeLibrary([]);
    container = mount(<LibraryApp deps={lib.deps} lang="en" />);
    await settle();
    expect(byTestId(container, 'library-empty').textContent).toContain('Open a news article, click the Tin Sạch icon, then click Save.');
  });
});
