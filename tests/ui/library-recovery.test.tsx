// @vitest-environment jsdom
// Recovery and damaged records on the library page: every delete can be undone (several in a row, by the toast, and
// later from "Đã xoá gần đây"); a damaged row and the quarantine ("Bài bị hỏng") show records as text only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { RestoreChoice, RestoreOutcome } from '../../utils/library/trash';
import type { LibraryDeps, LibraryListItem, QuarantineItemView, RepairResultView, TrashItemView } from '../../components/library/types';
import { configureI18n } from '../../utils/i18n/i18n';
import { allByTestId, buttonByText, byTestId, changeValue, click, mount, settle, unmount } from './helpers';

function item(id: string, title: string, savedAt: string, extra: Partial<LibraryListItem> = {}): LibraryListItem {
  return {
    id,
    title,
    siteName: 'Cổng TTĐT huyện Bảo Thắng',
    url: `https://baothang.laocai.gov.vn/tin/${id}`,
    publishedAt: null,
    savedAt,
    readAt: null,
    readingMinutes: 3,
    tags: [],
    lead: '',
    pending: false,
    ...extra,
  };
}

const ITEMS = [
  item('a1', 'Duy trì nâng cao chất lượng công tác tuyên vận', '2024-05-03T08:00:00Z'),
  item('a2', 'Hà Nội giải ngân 1,6 tỷ đồng cho nông thôn mới', '2024-05-02T08:00:00Z'),
  item('a3', 'Đắk Lắk khởi công đường liên xã', '2024-05-01T08:00:00Z'),
];

/** The library and its trash in memory, with the behaviour the page relies on (trash.ts, update.ts). */
function fakeLibrary(initial: LibraryListItem[], quarantine: QuarantineItemView[] = []) {
  let rows = [...initial];
  let trash: { row: LibraryListItem; deletedAt: string }[] = [];
  let clock = Date.parse('2024-06-01T10:00:00Z');
  const byDate = (a: LibraryListItem, b: LibraryListItem) => b.savedAt.localeCompare(a.savedAt);
  const putBack = (id: string) => {
    const found = trash.find((x) => x.row.id === id);
    trash = trash.filter((x) => x.row.id !== id);
    if (found) rows = [...rows, found.row].sort(byDate);
    return Boolean(found);
  };
  const deps: LibraryDeps = {
    list: async (q) => ({ items: rows.slice(q.offset, q.offset + q.limit), total: rows.length }),
    search: async (query) => rows.filter((r) => r.title.includes(query)).map((r) => ({ id: r.id, title: r.title, siteName: r.siteName, snippet: [], titleSegments: [] })),
    sites: async () => [],
    tags: async () => [],
    remove: vi.fn(async (id: string) => {
      const found = rows.find((r) => r.id === id);
      if (!found) return null;
      rows = rows.filter((r) => r.id !== id);
      clock += 1000;
      trash = [{ row: found, deletedAt: new Date(clock).toISOString() }, ...trash];
      return { id };
    }),
    restore: vi.fn(async (token: unknown) => {
      putBack((token as { id: string }).id);
    }),
    exportJson: async () => '{}',
    download: vi.fn(),
    importFile: async () => ({ added: 0, updated: 0, unchanged: 0, skipped: [] }),
    stats: async () => ({ count: rows.length, bytes: 0, quota: null, usage: null, persisted: null }),
    readerHref: (id) => `reader.html?id=${id}`,
    downloadMarkdown: async () => undefined,
    errorText: () => 'lỗi',
    trash: {
      list: async (): Promise<TrashItemView[]> =>
        trash.map((x) => ({ id: x.row.id, title: x.row.title, url: x.row.url, deletedAt: x.deletedAt, keptUntil: new Date(Date.parse(x.deletedAt) + 30 * 86_400_000).toISOString() })),
      // Like restoreFromTrash: a copy saved since at the same id is not replaced without a choice.
      restore: vi.fn(async (id: string, choice?: RestoreChoice): Promise<RestoreOutcome> => {
        const current = rows.find((r) => r.id === id);
        if (current && !choice) return { kind: 'ask', trashedOlder: true, current: { title: current.title, updatedAt: '2024-06-02T00:00:00.000Z' } };
        if (current && choice === 'replace') rows = rows.filter((r) => r !== current);
        return putBack(id) ? { kind: 'restored', id } : { kind: 'gone' };
      }),
      deleteForever: vi.fn(async (id: string) => {
        trash = trash.filter((x) => x.row.id !== id);
      }),
    },
    repair: {
      exportDamaged: vi.fn(async (id: string) => JSON.stringify({ id, summary: { title: 42 } })),
      removeDamaged: vi.fn(async (id: string) => {
        rows = rows.filter((r) => r.id !== id);
        return true;
      }),
      quarantine: async () => quarantine,
      restoreQuarantined: vi.fn(async (): Promise<RepairResultView> => ({ ok: false, reason: 'invalid', detail: 'bad or missing "title"' })),
      deleteQuarantined: vi.fn(async (key: number) => {
        quarantine = quarantine.filter((q) => q.key !== key);
      }),
    },
  };
  /** The reader saves the deleted page again: a newer copy at the same id, the old one still in the trash. */
  const saveAgain = (id: string) => {
    const old = trash.find((x) => x.row.id === id)!;
    rows = [...rows, { ...old.row, title: `${old.row.title} (cập nhật)` }].sort(byDate);
  };
  return { deps, rows: () => rows, trash: () => trash, saveAgain };
}

const ids = (root: HTMLElement, testId = 'library-item') => allByTestId(root, testId).map((r) => r.getAttribute('data-id'));

/** Deletes the second row `times` times and lets the undo toast expire: the deleted articles wait in the trash. */
async function deleteSecondRowAndLetToastExpire(root: HTMLElement, times: number) {
  for (let i = 0; i < times; i++) await click(allByTestId(root, 'library-item')[1]!.querySelector('.btn-delete')!);
  await act(async () => {
    vi.advanceTimersByTime(5200);
  });
  await settle();
}

let container: HTMLElement | null = null;
beforeEach(() => configureI18n({ override: 'vi' }));
afterEach(() => {
  if (container) unmount(container);
  container = null;
  vi.useRealTimers();
});

describe('undo every delete', () => {
  it('two quick deletes are both restored by one "Hoàn tác"', async () => {
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await click(allByTestId(container, 'library-item')[0]!.querySelector('.btn-delete')!);
    expect(byTestId(container, 'undo-toast').textContent).toContain('Đã xoá “Duy trì nâng cao chất lượng công tác tuyên vận”.');
    await click(allByTestId(container, 'library-item')[0]!.querySelector('.btn-delete')!);
    expect(ids(container)).toEqual(['a3']);
    expect(byTestId(container, 'undo-toast').textContent).toContain('Đã xoá 2 bài.');
    expect(byTestId(container, 'trash-toggle').textContent).toBe('Đã xoá gần đây (2)');
    await click(buttonByText(byTestId(container, 'undo-toast'), 'Hoàn tác'));
    expect(lib.deps.restore).toHaveBeenCalledTimes(2);
    expect(ids(container)).toEqual(['a1', 'a2', 'a3']);
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toBe('Đã khôi phục 2 bài.');
    expect(container.querySelector('[data-testid="undo-toast"]')).toBeNull();
    expect(byTestId(container, 'trash-toggle').textContent).toBe('Đã xoá gần đây (0)');
  });

  it('after the toast expires both deletes wait in "Đã xoá gần đây", newest first, and restore from there', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const lib = fakeLibrary(ITEMS);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await deleteSecondRowAndLetToastExpire(container, 2);
    expect(container.querySelector('[data-testid="undo-toast"]')).toBeNull();
    expect(lib.deps.restore).not.toHaveBeenCalled();
    expect(ids(container)).toEqual(['a1']);
    const toggle = byTestId(container, 'trash-toggle');
    expect(toggle.textContent).toBe('Đã xoá gần đây (2)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const entries = allByTestId(container, 'trash-item');
    expect(entries.map((e) => e.getAttribute('data-id'))).toEqual(['a3', 'a2']);
    expect(entries[0]!.textContent).toContain('Đắk Lắk khởi công đường liên xã');
    expect(entries[0]!.textContent).toContain('baothang.laocai.gov.vn');
    expect(entries[0]!.textContent).toMatch(/Đã xoá ngày 1 tháng 6, 2024 .* · còn giữ đến 1 tháng 7, 2024/);
    const restore = entries[1]!.querySelector<HTMLButtonElement>('[data-testid="trash-restore"]')!;
    expect(restore.getAttribute('aria-label')).toBe('Khôi phục bài “Hà Nội giải ngân 1,6 tỷ đồng cho nông thôn mới”');
    await click(restore);
    expect(lib.deps.trash!.restore).toHaveBeenCalledWith('a2', undefined);
    expect(ids(container)).toEqual(['a1', 'a2']);
    expect(ids(container, 'trash-item')).toEqual(['a3']);
    expect(toggle.textContent).toBe('Đã xoá gần đây (1)');
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toBe('Đã khôi phục “Hà Nội giải ngân 1,6 tỷ đồng cho nông thôn mới”.');
    // Restored articles are searchable again at once (the page searches the library, not a stale list).
    await changeValue(byTestId<HTMLInputElement>(container, 'library-search'), 'Hà Nội', 'input');
    await act(async () => {
      vi.advanceTimersByTime(200);
    });
    await settle();
    expect(ids(container)).toEqual(['a2']);
  });

  it('an article restored from "Đã xoá gần đây" leaves it at once, even while the side panels are slow to read', async () => {
    // On a busy machine the storage figures (read after the list, before the trash) take seconds: the restored
    // article must not be shown in the list and in the trash together meanwhile.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const lib = fakeLibrary(ITEMS);
    const fastStats = lib.deps.stats;
    let release = () => {};
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await deleteSecondRowAndLetToastExpire(container, 2);
    await click(byTestId(container, 'trash-toggle'));
    expect(ids(container, 'trash-item')).toEqual(['a3', 'a2']);

    lib.deps.stats = () => new Promise((resolve) => (release = () => void fastStats().then(resolve)));
    await click(allByTestId(container, 'trash-item')[1]!.querySelector('[data-testid="trash-restore"]')!);
    await click(allByTestId(container, 'trash-item')[0]!.querySelector('[data-testid="trash-restore"]')!);
    expect(ids(container)).toEqual(['a1', 'a2', 'a3']);
    expect(ids(container, 'trash-item')).toEqual([]);
    expect(byTestId(container, 'trash-toggle').textContent).toBe('Đã xoá gần đây (0)');

    release();
    await settle();
    expect(ids(container, 'trash-item')).toEqual([]);
    expect(ids(container)).toEqual(['a1', 'a2', 'a3']);
    expect(lib.trash()).toEqual([]);
  });

  it('a read of the trash begun before a restore never shows the restored article again when it lands late', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const lib = fakeLibrary(ITEMS);
    const list = lib.deps.trash!.list;
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await deleteSecondRowAndLetToastExpire(container, 1);
    await click(byTestId(container, 'trash-toggle'));
    expect(ids(container, 'trash-item')).toEqual(['a2']);

    // The next read of the trash takes its snapshot now (a2 still deleted) and answers only when told to.
    let answerLate = () => {};
    lib.deps.trash!.list = async () => {
      const snapshot = await list();
      lib.deps.trash!.list = list;
      return new Promise((resolve) => (answerLate = () => resolve(snapshot)));
    };
    await click(allByTestId(container, 'library-item')[1]!.querySelector('.btn-delete')!);
    await click(allByTestId(container, 'trash-item').find((li) => li.getAttribute('data-id') === 'a2')!.querySelector('[data-testid="trash-restore"]')!);
    expect(ids(container)).toEqual(['a1', 'a2']);
    expect(ids(container, 'trash-item')).toEqual(['a3']);
    answerLate();
    await settle();
    expect(ids(container, 'trash-item')).toEqual(['a3']);
    expect(ids(container)).toEqual(['a1', 'a2']);
  });

  it('"Khôi phục" over a copy saved since asks which to keep, in words, and replaces nothing until told', async () => {
    const lib = fakeLibrary(ITEMS.slice(0, 1));
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await click(byTestId(container, 'library-item').querySelector('.btn-delete')!);
    lib.saveAgain('a1');
    await click(byTestId(container, 'trash-toggle'));
    await click(byTestId(container, 'trash-restore'));
    const question = byTestId(container, 'restore-question');
    expect(question.textContent).toContain('Bản trong thùng rác cũ hơn bản đang lưu');
    expect(allByTestId(question, 'restore-keep-current')[0]!.textContent).toBe('Giữ bản mới');
    expect(byTestId(question, 'restore-replace').textContent).toBe('Thay bằng bản cũ');
    expect(byTestId(question, 'restore-keep-both').textContent).toBe('Giữ cả hai');
    expect(lib.rows().map((r) => r.title)).toEqual(['Duy trì nâng cao chất lượng công tác tuyên vận (cập nhật)']);
    await click(byTestId(question, 'restore-keep-current'));
    expect(container.querySelector('[data-testid="restore-question"]')).toBeNull();
    expect(ids(container, 'trash-item')).toEqual(['a1']);
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toContain('Bản đang lưu được giữ nguyên');
    await click(byTestId(container, 'trash-restore'));
    await click(byTestId(container, 'restore-replace'));
    expect(lib.deps.trash!.restore).toHaveBeenLastCalledWith('a1', 'replace');
    expect(lib.rows().map((r) => r.title)).toEqual(['Duy trì nâng cao chất lượng công tác tuyên vận']);
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toContain('Bản đang lưu trước đó đã chuyển vào “Đã xoá gần đây”');
  });

  it('"Xoá hẳn" asks first; "Thôi" keeps the article, confirming removes it for good', async () => {
    const lib = fakeLibrary(ITEMS.slice(0, 1));
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await click(byTestId(container, 'library-item').querySelector('.btn-delete')!);
    // The library is empty now, but the way back is still there.
    expect(byTestId(container, 'library-empty')).toBeTruthy();
    await click(byTestId(container, 'trash-toggle'));
    await click(byTestId(container, 'trash-delete'));
    expect(byTestId(container, 'trash-confirm').textContent).toContain('Xoá hẳn bài này? Sau đó không thể lấy lại được.');
    expect(lib.deps.trash!.deleteForever).not.toHaveBeenCalled();
    await click(byTestId(container, 'trash-cancel-delete'));
    expect(container.querySelector('[data-testid="trash-confirm"]')).toBeNull();
    expect(ids(container, 'trash-item')).toEqual(['a1']);
    await click(byTestId(container, 'trash-delete'));
    await click(byTestId(container, 'trash-confirm-delete'));
    expect(lib.deps.trash!.deleteForever).toHaveBeenCalledWith('a1');
    expect(ids(container, 'trash-item')).toEqual([]);
    expect(byTestId(container, 'trash-empty').textContent).toBe('Không có bài nào bị xoá gần đây.');
    expect(byTestId(container, 'trash-toggle').textContent).toBe('Đã xoá gần đây (0)');
    // Deleted for good: the toast's undo no longer brings it back.
    expect(container.querySelector('[data-testid="undo-toast"]')).toBeNull();
  });
});

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

describe('damaged records', () => {
  it('a damaged row is one row among normal ones, its text shown as text, with "Gỡ bỏ" and "Xuất nguyên trạng"', async () => {
    const damaged = item('bad1', HOSTILE, '', { damaged: 'bad or missing "tags"', url: 'https://baothang.laocai.gov.vn/tin/hong' });
    const lib = fakeLibrary([ITEMS[0]!, damaged, ITEMS[1]!]);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    expect(container.querySelector('#list-heading')!.textContent).toContain('(3)');
    expect(ids(container)).toEqual(['a1', 'a2']);
    const row = byTestId(container, 'damaged-item');
    expect(row.textContent).toContain('Bài bị hỏng — không đọc được');
    expect(row.textContent).toContain(HOSTILE);
    expect(row.textContent).toContain('https://baothang.laocai.gov.vn/tin/hong');
    expect(row.textContent).toContain('Chi tiết kỹ thuật: bad or missing "tags"');
    expect(row.querySelector('img')).toBeNull();
    await click(byTestId(row, 'damaged-export'));
    expect(lib.deps.repair!.exportDamaged).toHaveBeenCalledWith('bad1');
    const [filename, text] = vi.mocked(lib.deps.download).mock.calls[0]!;
    expect(filename).toBe('tin-sach-hong-bad1.json');
    expect(JSON.parse(text)).toEqual({ id: 'bad1', summary: { title: 42 } });
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toBe('Đã tải bản ghi về thành tệp tin-sach-hong-bad1.json.');
    await click(byTestId(container, 'damaged-remove'));
    expect(lib.deps.repair!.removeDamaged).toHaveBeenCalledWith('bad1');
    expect(container.querySelector('[data-testid="damaged-item"]')).toBeNull();
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toBe('Đã cất bài hỏng sang mục “Bài bị hỏng”.');
  });

  it('with only quarantined records left, the backup can still be exported (it carries them)', async () => {
    const q: QuarantineItemView = { key: 1, id: 'q1', store: 'articles', reason: 'bad', quarantinedAt: '', title: null, url: null, json: '{}' };
    container = mount(<LibraryApp deps={fakeLibrary([], [q]).deps} lang="vi" />);
    await settle();
    expect(byTestId(container, 'library-empty')).toBeTruthy();
    expect(byTestId(container, 'quarantine-item').querySelector('h3')!.textContent).toBe('(không có tiêu đề)');
    expect(buttonByText(container, 'Xuất bản sao lưu').disabled).toBe(false);
  });

  it('an article found damaged when read (its .md download) leaves the list and appears in "Bài bị hỏng"', async () => {
    const lib = fakeLibrary(ITEMS);
    const found: QuarantineItemView = { key: 3, id: 'a2', store: 'articles', reason: 'bad or missing "url"', quarantinedAt: '2024-06-01T03:00:00Z', title: ITEMS[1]!.title, url: null, json: '{}' };
    let quarantined: QuarantineItemView[] = [];
    lib.deps.repair!.quarantine = async () => quarantined;
    lib.deps.errorText = () => 'Một bài trong thư viện bị hỏng và đã được cách ly';
    lib.deps.downloadMarkdown = async (id) => {
      // What getArticle does with a record that fails its check: set it aside, then throw "corrupt".
      await lib.deps.repair!.removeDamaged(id);
      quarantined = [found];
      throw new Error('corrupt');
    };
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    await click(allByTestId(container, 'library-item')[1]!.querySelector('[data-testid="download-markdown"]')!);
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toBe('Một bài trong thư viện bị hỏng và đã được cách ly');
    expect(ids(container)).toEqual(['a1', 'a3']);
    expect(byTestId(container, 'quarantine-section').querySelector('h2')!.textContent).toBe('Bài bị hỏng (1)');
  });

  it('no quarantine section when nothing is quarantined', async () => {
    container = mount(<LibraryApp deps={fakeLibrary(ITEMS).deps} lang="vi" />);
    await settle();
    expect(container.querySelector('[data-testid="quarantine-section"]')).toBeNull();
  });

  it('"Bài bị hỏng (N)": inspect as text, say why a restore failed, restore the edited JSON, delete for good', async () => {
    const record = { id: 'q1', title: HOSTILE, html: '<script>alert(1)</script>' };
    const q: QuarantineItemView = {
      key: 7, id: 'q1', store: 'articles', reason: 'bad or missing "savedAt"', quarantinedAt: '2024-06-01T03:00:00Z',
      title: HOSTILE, url: 'https://baothang.laocai.gov.vn/tin/q1', json: JSON.stringify(record, null, 2),
    };
    const lib = fakeLibrary(ITEMS, [q]);
    container = mount(<LibraryApp deps={lib.deps} lang="vi" />);
    await settle();
    const section = byTestId(container, 'quarantine-section');
    expect(section.querySelector('h2')!.textContent).toBe('Bài bị hỏng (1)');
    const entry = byTestId(section, 'quarantine-item');
    expect(entry.textContent).toContain(HOSTILE);
    expect(entry.textContent).toContain('Chi tiết kỹ thuật: bad or missing "savedAt"');
    await click(byTestId(entry, 'quarantine-inspect'));
    const pre = byTestId(entry, 'quarantine-json');
    expect(pre.textContent).toBe(q.json);
    expect(pre.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    await click(byTestId(entry, 'quarantine-restore'));
    expect(lib.deps.repair!.restoreQuarantined).toHaveBeenLastCalledWith(7, undefined);
    expect(byTestId(entry, 'quarantine-problem').textContent).toBe(
      'Bản ghi vẫn còn hỏng nên chưa khôi phục được. Hãy sửa chỗ hỏng (xem chi tiết kỹ thuật) rồi thử lại. Chi tiết kỹ thuật: bad or missing "title"',
    );

    await click(byTestId(entry, 'quarantine-edit'));
    const editor = byTestId<HTMLTextAreaElement>(entry, 'quarantine-editor');
    expect(editor.value).toBe(q.json);
    vi.mocked(lib.deps.repair!.restoreQuarantined).mockImplementationOnce(async () => ({ ok: true, id: 'q1', title: 'Bài đã sửa' }));
    await changeValue(editor, '{"title": "Bài đã sửa"}', 'input');
    await click(byTestId(entry, 'quarantine-restore'));
    expect(lib.deps.repair!.restoreQuarantined).toHaveBeenLastCalledWith(7, '{"title": "Bài đã sửa"}');
    expect(byTestId(byTestId(container, 'status-toast'), 'status-message').textContent).toBe('Đã khôi phục “Bài đã sửa” về thư viện.');

    await click(byTestId(entry, 'quarantine-export'));
    expect(vi.mocked(lib.deps.download).mock.calls.at(-1)).toEqual(['tin-sach-hong-q1.json', q.json]);

    await click(byTestId(entry, 'quarantine-delete'));
    expect(lib.deps.repair!.deleteQuarantined).not.toHaveBeenCalled();
    await click(byTestId(entry, 'quarantine-confirm-delete'));
    expect(lib.deps.repair!.deleteQuarantined).toHaveBeenCalledWith(7);
    expect(container.querySelector('[data-testid="quarantine-section"]')).toBeNull();
  });
});
