// @vitest-environment jsdom
// The popup's digest (components/digest/DigestView.tsx) through the popup itself: a list page shows its articles
// instead of the refusal; summaries fill in as they are reported; a failure is said in words; a site the
// extension may not read asks for that one site when the reader clicks, and reads only after a yes; Save and
// "Lưu tất cả" mark what is saved; a title is text, never markup.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupDeps, type PopupLoadResult } from '../../components/popup/PopupApp';
import type { DigestDeps } from '../../components/digest/DigestView';
import type { ItemState } from '../../utils/digest/read-teasers';
import type { PageDigest } from '../../utils/digest/teasers';
import { configureI18n } from '../../utils/i18n/i18n';
import { allByTestId, byTestId, click, mount, settle, unmount } from './helpers';
import { fakePopupDeps } from './fixtures/popup-deps';
import { makeArticle } from './fixtures/article';
import { analyseArticle } from '../../utils/analysis/analyse-article';

beforeEach(() => configureI18n({ override: 'vi' }));

const PAGE = 'https://muongkhuong.laocai.gov.vn/tin-tuc';
const digest: PageDigest = {
  pageUrl: PAGE,
  kind: 'list',
  teasers: [
    { url: `${PAGE}/bai-1-1203611.html`, title: 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15', date: '22/04/2026', thumbnail: true },
    { url: `${PAGE}/bai-2-1203600.html`, title: '<img src=x onerror=alert(1)> Trồng rừng sản xuất năm 2026', date: null, thumbnail: false },
    { url: `${PAGE}/bai-3-1203588.html`, title: 'Kiểm tra công tác phòng cháy, chữa cháy rừng', date: '18/04/2026', thumbnail: false },
  ],
};

function popupDeps(digestDeps: DigestDeps): PopupDeps {
  const result: PopupLoadResult = { ok: false, reason: 'not-article', message: '', pageKind: 'list', digest };
  // The project's popup fakes, answering as a list page does: refused, with its digest.
  return fakePopupDeps(analyseArticle(makeArticle()), {
    load: vi.fn(async () => result),
    reportInfo: () => ({ url: PAGE, version: '0.1.0' }),
    digest: digestDeps,
  });
}

function fakeDigest(over: Partial<DigestDeps> = {}) {
  let report: ((url: string, state: ItemState) => void) | null = null;
  const deps: DigestDeps = {
    hasAccess: vi.fn(async () => true),
    requestAccess: vi.fn(async () => true),
    read: vi.fn((_d, onItem) => {
      report = onItem;
      return () => undefined;
    }),
    savedUrls: vi.fn(async () => new Set([digest.teasers[2]!.url])),
    save: vi.fn(async () => ({ ok: true as const })),
    open: vi.fn(),
    ...over,
  };
  return { deps, report: (url: string, state: ItemState) => report?.(url, state) };
}

const states = (root: ParentNode) => allByTestId(root, 'digest-item').map((li) => li.getAttribute('data-state'));

describe('the digest in the popup', () => {
  it('lists the articles in order instead of refusing, fills summaries in, and says why one failed', async () => {
    const { deps, report } = fakeDigest();
    const root = mount(<PopupApp deps={popupDeps(deps)} />);
    await settle();
    expect(root.querySelector('[data-testid="failure"]')).toBeNull();
    expect(allByTestId(root, 'digest-title').map((a) => a.textContent)).toEqual(digest.teasers.map((x) => x.title));
    // A title that looks like markup stays text.
    expect(byTestId(root, 'digest').querySelector('img')).toBeNull();
    expect(states(root)).toEqual(['waiting', 'waiting', 'waiting']);
    report(digest.teasers[0]!.url, { status: 'done', summary: { url: digest.teasers[0]!.url, title: 'x', sentences: ['Tổng kinh phí là 25 tỷ đồng.'], figure: { kind: 'money', label: 'tổng kinh phí', value: '25 tỷ đồng' }, publishedAt: null } });
    report(digest.teasers[1]!.url, { status: 'failed', reason: 'status', httpStatus: 500 });
    await settle();
    expect(states(root)).toEqual(['done', 'failed', 'waiting']);
    expect(byTestId(root, 'digest-summary').textContent).toBe('Tổng kinh phí là 25 tỷ đồng.');
    expect(byTestId(root, 'digest-figure').textContent).toContain('25 tỷ đồng');
    expect(byTestId(root, 'digest-failed').textContent).toContain('500');
    // Already in the library: marked, no Save button.
    expect(allByTestId(root, 'digest-item')[2]!.getAttribute('data-saved')).toBe('true');
    await click(byTestId(root, 'digest-title'));
    expect(deps.open).toHaveBeenCalledWith(digest.teasers[0]!.url);
    unmount(root);
  });

  it('asks for the one site only when the reader clicks, and reads only after a yes', async () => {
    const { deps } = fakeDigest({ hasAccess: vi.fn(async () => false) });
    const root = mount(<PopupApp deps={popupDeps(deps)} />);
    await settle();
    expect(deps.read).not.toHaveBeenCalled();
    expect(deps.requestAccess).not.toHaveBeenCalled();
    expect(byTestId(root, 'digest-access').textContent).toContain('muongkhuong.laocai.gov.vn');
    await click(byTestId(root, 'digest-allow'));
    expect(deps.requestAccess).toHaveBeenCalledWith(PAGE);
    expect(deps.read).toHaveBeenCalledTimes(1);
    unmount(root);
  });

  it('a refusal leaves the titles and says so; nothing is read', async () => {
    const { deps } = fakeDigest({ hasAccess: vi.fn(async () => false), requestAccess: vi.fn(async () => false) });
    const root = mount(<PopupApp deps={popupDeps(deps)} />);
    await settle();
    await click(byTestId(root, 'digest-allow'));
    expect(deps.read).not.toHaveBeenCalled();
    expect(byTestId(root, 'digest-access').textContent).toMatch(/Chưa được phép/);
    expect(allByTestId(root, 'digest-title')).toHaveLength(3);
    unmount(root);
  });

  it('saves one item, then "Lưu tất cả" saves the rest; a failed save offers a retry', async () => {
    const save = vi.fn(async (url: string) => (url === digest.teasers[1]!.url ? { ok: false as const, message: 'x' } : { ok: true as const }));
    const { deps } = fakeDigest({ save });
    const root = mount(<PopupApp deps={popupDeps(deps)} />);
    await settle();
    await click(allByTestId(root, 'digest-save')[0]!);
    expect(save).toHaveBeenCalledWith(digest.teasers[0]!.url, PAGE);
    expect(allByTestId(root, 'digest-item')[0]!.getAttribute('data-saved')).toBe('true');
    await click(byTestId(root, 'digest-save-all'));
    await settle();
    // The one already saved and the one in the library are not saved again.
    expect(save.mock.calls.map((c) => c[0])).toEqual([digest.teasers[0]!.url, digest.teasers[1]!.url]);
    expect(byTestId(root, 'status-message').textContent).toMatch(/không lưu được/);
    expect(allByTestId(root, 'digest-save')[0]!.textContent).toMatch(/Thử lại/);
    unmount(root);
  });
});
