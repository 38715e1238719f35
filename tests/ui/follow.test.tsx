// @vitest-environment jsdom
// Following in the interface: the digest's "Theo dõi trang này" is a toggle (aria-pressed) that asks for the site
// only when the extension may not read it yet, and says a refusal in words; the library's "Tin mới" lists new
// articles with their summaries, clears one when it is opened or dismissed, checks now on request, and lists the
// followed pages with their state in words, pause and unfollow.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DigestView, type DigestDeps } from '../../components/digest/DigestView';
import type { FollowDeps } from '../../components/digest/FollowButton';
import { FollowSection } from '../../components/library/FollowSection';
import type { LibraryFollowDeps } from '../../components/library/follow-types';
import type { PageDigest } from '../../utils/digest/teasers';
import type { ItemState } from '../../utils/digest/read-teasers';
import { applyEdit, type FollowEdit } from '../../utils/follow/follow-edits';
import { emptyFollowState, type FollowState } from '../../utils/follow/followed-page';
import { configureI18n } from '../../utils/i18n/i18n';
import { allByTestId, byTestId, click, mount, settle, unmount } from './helpers';

beforeEach(() => configureI18n({ override: 'vi' }));

const PAGE = 'https://batxat.laocai.gov.vn/tin-tuc-su-kien';
const digest: PageDigest = {
  pageUrl: PAGE,
  kind: 'list',
  teasers: [
    { url: `${PAGE}/bai-1-1401120.html`, title: 'Hội nghị tổng kết công tác dân vận năm 2025', date: '28/04/2026', thumbnail: false },
    { url: `${PAGE}/bai-2-1401105.html`, title: 'Bát Xát triển khai Tết trồng cây năm 2026', date: '25/04/2026', thumbnail: false },
  ],
};

function digestDeps(follow: FollowDeps, access = true): DigestDeps {
  return {
    hasAccess: vi.fn(async () => access),
    requestAccess: vi.fn(async () => true),
    read: vi.fn(() => () => undefined),
    savedUrls: vi.fn(async () => new Set<string>()),
    save: vi.fn(async () => ({ ok: true as const })),
    open: vi.fn(),
    follow,
  };
}

function fakeFollow(over: Partial<FollowDeps> = {}): FollowDeps {
  return { maxFollows: 100, isFollowed: vi.fn(async () => false), follow: vi.fn(async () => 'ok' as const), unfollow: vi.fn(async () => true), ...over };
}

const pressed = (root: ParentNode) => byTestId(root, 'follow-button').getAttribute('aria-pressed');

describe('the follow button in the digest', () => {
  it('follows and unfollows, saying so; a readable site is not asked about', async () => {
    const follow = fakeFollow();
    const statuses: string[] = [];
    const root = mount(<DigestView digest={digest} deps={digestDeps(follow)} lang="vi" onStatus={(s) => statuses.push(s.text)} />);
    await settle();
    expect(pressed(root)).toBe('false');
    await click(byTestId(root, 'follow-button'));
    expect(follow.follow).toHaveBeenCalledWith(digest, false);
    expect(pressed(root)).toBe('true');
    expect(byTestId(root, 'follow-button').textContent).toMatch(/Đang theo dõi/);
    await click(byTestId(root, 'follow-button'));
    expect(follow.unfollow).toHaveBeenCalledWith(PAGE);
    expect(pressed(root)).toBe('false');
    expect(statuses).toEqual([expect.stringMatching(/Đã theo dõi trang này/), 'Đã bỏ theo dõi trang này.']);
    unmount(root);
  });

  it('on a site the extension may not read, the click asks for it; a refusal is said and nothing is followed', async () => {
    const follow = fakeFollow({ follow: vi.fn(async () => 'denied' as const) });
    const statuses: string[] = [];
    const root = mount(<DigestView digest={digest} deps={digestDeps(follow, false)} lang="vi" onStatus={(s) => statuses.push(s.text)} />);
    await settle();
    await click(byTestId(root, 'follow-button'));
    expect(follow.follow).toHaveBeenCalledWith(digest, true);
    expect(pressed(root)).toBe('false');
    expect(statuses[0]).toMatch(/Chưa được phép đọc trang này/);
    unmount(root);
  });

  it('already followed: pressed when the popup opens', async () => {
    const root = mount(<DigestView digest={digest} deps={digestDeps(fakeFollow({ isFollowed: vi.fn(async () => true) }))} lang="vi" onStatus={() => undefined} />);
    await settle();
    expect(pressed(root)).toBe('true');
    unmount(root);
  });
});

function libraryFollow(initial: FollowState) {
  let state = initial;
  let listener: ((s: FollowState) => void) | null = null;
  let report: ((url: string, s: ItemState) => void) | null = null;
  const deps: LibraryFollowDeps = {
    watch: (on) => {
      listener = on;
      on(state);
      return () => (listener = null);
    },
    checkNow: vi.fn(async () => ({ checked: 1, fresh: 0 })),
    edit: vi.fn(async (edit: FollowEdit) => {
      const r = applyEdit(state, edit, 5);
      if (r.ok) {
        state = r.state;
        listener?.(state);
      }
      return r.ok;
    }),
    summaries: vi.fn((_items, onItem) => {
      report = onItem;
      return () => undefined;
    }),
    open: vi.fn(),
    allow: vi.fn(async () => true),
  };
  return { deps, report: (url: string, s: ItemState) => report?.(url, s) };
}

function stateWithNews(): FollowState {
  const r = applyEdit(emptyFollowState(), { op: 'follow', url: PAGE, title: 'Tin tức - Sự kiện', kind: 'list', known: [] }, 1);
  if (!r.ok) throw new Error('follow');
  const page = { ...r.state.pages[0]!, lastCheckedAt: Date.UTC(2026, 4, 3, 1, 0), problem: 'status' as const, httpStatus: 500 };
  return {
    ...r.state,
    pages: [page],
    news: [
      { url: `${PAGE}/moi-1.html`, pageUrl: PAGE, title: 'Bát Xát khai trương chợ phiên vùng cao', site: 'batxat.laocai.gov.vn', date: '03/05/2026', foundAt: Date.UTC(2026, 4, 3) },
      { url: `${PAGE}/moi-2.html`, pageUrl: PAGE, title: '<b>Tin</b> mới thứ hai của huyện', site: 'batxat.laocai.gov.vn', date: null, foundAt: Date.UTC(2026, 4, 3) },
    ],
  };
}

describe('"Tin mới" and the followed pages in the library', () => {
  it('lists the new articles with their summaries; opening or dismissing one clears it', async () => {
    const { deps, report } = libraryFollow(stateWithNews());
    const root = mount(<FollowSection deps={deps} lang="vi" />);
    await settle();
    expect(byTestId(root, 'news').querySelector('h2')!.textContent).toBe('Tin mới (2)');
    expect(allByTestId(root, 'new-item').map((li) => li.querySelector('a')!.textContent)).toEqual(['Bát Xát khai trương chợ phiên vùng cao', '<b>Tin</b> mới thứ hai của huyện']);
    expect(root.querySelector('[data-testid="news"] b')).toBeNull();
    report(`${PAGE}/moi-1.html`, { status: 'done', summary: { url: `${PAGE}/moi-1.html`, title: 'x', sentences: ['Chợ phiên mở cửa mỗi sáng chủ nhật.'], figure: null, publishedAt: null } });
    await settle();
    expect(byTestId(root, 'new-item-summary').textContent).toBe('Chợ phiên mở cửa mỗi sáng chủ nhật.');
    await click(byTestId(root, 'new-item-title'));
    expect(deps.open).toHaveBeenCalledWith(`${PAGE}/moi-1.html`);
    expect(allByTestId(root, 'new-item')).toHaveLength(1);
    await click(byTestId(root, 'new-item-dismiss'));
    expect(allByTestId(root, 'new-item')).toHaveLength(0);
    expect(byTestId(root, 'news').textContent).toMatch(/Chưa có tin mới/);
    unmount(root);
  });

  it('"Kiểm tra ngay" checks and says what it found', async () => {
    const { deps } = libraryFollow(stateWithNews());
    const root = mount(<FollowSection deps={deps} lang="vi" />);
    await settle();
    await click(byTestId(root, 'follow-check-now'));
    expect(deps.checkNow).toHaveBeenCalledTimes(1);
    expect(byTestId(root, 'follow-status').textContent).toBe('Đã kiểm tra 1 trang: 0 bài mới.');
    unmount(root);
  });

  it('each followed page says its state in words, and is paused and unfollowed from its row', async () => {
    const { deps } = libraryFollow(stateWithNews());
    const root = mount(<FollowSection deps={deps} lang="vi" />);
    await settle();
    expect(byTestId(root, 'follow-state').textContent).toBe('Máy chủ của trang báo lỗi 500. Tin Sạch sẽ thử lại lần sau.');
    expect(byTestId(root, 'followed-page').textContent).toMatch(/Kiểm tra lần cuối:/);
    await click(byTestId(root, 'follow-pause'));
    expect(byTestId(root, 'follow-pause').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(root, 'follow-state').textContent).toMatch(/tạm dừng/);
    await click(byTestId(root, 'follow-unfollow'));
    // Unfollowed with its news: nothing left to show.
    expect(root.querySelector('[data-testid="followed-page"]')).toBeNull();
    unmount(root);
  });
});
