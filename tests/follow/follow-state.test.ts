// The follow state as untrusted input (storage written by an older version, a message, a backup file) and its
// changes: following, pausing, unfollowing, dismissing, a finished check merged in, the backup's "follows", the
// schedule, the badge and the words of every state in both catalogs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, applyOutcomes, readFollowEdit, type FollowEdit } from '../../utils/follow/follow-edits';
import { emptyFollowState, MAX_FOLLOWS, readFollowState, type FollowState, type FollowedPage } from '../../utils/follow/followed-page';
import { followsInBackup, withFollows } from '../../utils/follow/backup-follows';
import { badgeText, pagesDue } from '../../utils/follow/schedule';
import { followStateWords } from '../../utils/follow/state-words';

const LIST = 'https://batxat.laocai.gov.vn/tin-tuc-su-kien';
const follow = (url = LIST): FollowEdit => ({ op: 'follow', url, title: 'Tin tức - Sự kiện', kind: 'list', known: [`${url}/bai-1.html`] });

function followed(...urls: string[]): FollowState {
  let state = emptyFollowState();
  for (const url of urls) {
    const r = applyEdit(state, follow(url), 1000);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  return state;
}

describe('readFollowState', () => {
  it('keeps what is sound and drops what is not, entry by entry', () => {
    const good = followed(LIST).pages[0]!;
    const raw = {
      pages: [good, { ...good, url: 'javascript:alert(1)' }, { ...good, url: 'https://x.gov.vn/a', kind: 'article' }, good, { ...good, url: 'https://u:p@x.gov.vn/' }, 'x', null],
      news: [
        { url: `${LIST}/moi.html`, pageUrl: LIST, title: '  Bài   mới  ', site: 'batxat.laocai.gov.vn', date: '03/05/2026', foundAt: 5 },
        { url: 'data:text/html,<script>', pageUrl: LIST, title: 'x', site: '', date: null, foundAt: 5 },
        { url: `${LIST}/khong-ten.html`, pageUrl: LIST, title: '', site: '', date: null, foundAt: 5 },
      ],
      settings: { intervalMinutes: 7, autoSave: 'yes', autoSaveMaxMb: 200 },
    };
    const state = readFollowState(raw);
    expect(state.pages.map((p) => p.url)).toEqual([LIST]);
    expect(state.news.map((n) => [n.url, n.title])).toEqual([[`${LIST}/moi.html`, 'Bài mới']]);
    expect(state.settings).toEqual({ intervalMinutes: 180, autoSave: false, autoSaveMaxMb: 200 });
  });

  it('anything that is not a state reads as nothing followed', () => {
    for (const raw of [undefined, null, 42, 'follows', [], { pages: 'all' }]) expect(readFollowState(raw)).toEqual(emptyFollowState());
  });

  it('a prototype-polluting record is read as plain data', () => {
    const state = readFollowState(JSON.parse('{"__proto__":{"polluted":true},"pages":[]}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(state.pages).toEqual([]);
  });
});

describe('readFollowEdit (a message from a page of the extension, checked anyway)', () => {
  it('accepts the edits the popup and the library send', () => {
    expect(readFollowEdit(follow())).toEqual(follow());
    expect(readFollowEdit({ op: 'pause', url: LIST, paused: true })).toEqual({ op: 'pause', url: LIST, paused: true });
    expect(readFollowEdit({ op: 'done', url: null })).toEqual({ op: 'done', url: null });
    expect(readFollowEdit({ op: 'settings', settings: { intervalMinutes: 60, autoSave: true, autoSaveMaxMb: 50 } })).toEqual({
      op: 'settings',
      settings: { intervalMinutes: 60, autoSave: true, autoSaveMaxMb: 50 },
    });
  });

  it('refuses other pages, other kinds and unknown operations', () => {
    expect(readFollowEdit({ ...follow(), url: 'javascript:alert(1)' })).toBeNull();
    expect(readFollowEdit({ ...follow(), kind: 'article' })).toBeNull();
    expect(readFollowEdit({ ...follow(), known: 'all' })).toBeNull();
    expect(readFollowEdit({ op: 'pause', url: LIST, paused: 'yes' })).toBeNull();
    expect(readFollowEdit({ op: 'drop-library' })).toBeNull();
    expect(readFollowEdit(null)).toBeNull();
  });

  it('keeps only http(s) links among the known ones', () => {
    const edit = readFollowEdit({ ...follow(), known: [`${LIST}/a.html`, 'javascript:x', 42, 'data:,x'] });
    expect(edit && edit.op === 'follow' ? edit.known : null).toEqual([`${LIST}/a.html`]);
  });
});

describe('applyEdit', () => {
  it('following twice keeps one page; following a paused page resumes it', () => {
    const once = followed(LIST);
    const paused = applyEdit(once, { op: 'pause', url: LIST, paused: true }, 2000);
    expect(paused.ok && paused.state.pages[0]!.paused).toBe(true);
    const again = applyEdit(paused.ok ? paused.state : once, follow(), 3000);
    expect(again.ok && again.state.pages.map((p) => [p.url, p.paused])).toEqual([[LIST, false]]);
  });

  it(`at most ${MAX_FOLLOWS} pages`, () => {
    const many = followed(...Array.from({ length: MAX_FOLLOWS }, (_, i) => `https://xa${i}.laocai.gov.vn/tin-tuc`));
    expect(applyEdit(many, follow(), 0)).toEqual({ ok: false, reason: 'too-many' });
  });

  it('unfollowing removes the page and its new articles, nothing else', () => {
    const other = 'https://muongkhuong.laocai.gov.vn/tin-tuc';
    const state: FollowState = {
      ...followed(LIST, other),
      news: [
        { url: `${LIST}/a.html`, pageUrl: LIST, title: 'A', site: 'batxat.laocai.gov.vn', date: null, foundAt: 1 },
        { url: `${other}/b.html`, pageUrl: other, title: 'B', site: 'muongkhuong.laocai.gov.vn', date: null, foundAt: 1 },
      ],
    };
    const r = applyEdit(state, { op: 'unfollow', url: LIST }, 0);
    expect(r.ok && r.state.pages.map((p) => p.url)).toEqual([other]);
    expect(r.ok && r.state.news.map((n) => n.url)).toEqual([`${other}/b.html`]);
  });

  it('a backup adds the pages not followed yet and never replaces one that is', () => {
    const state = applyEdit(followed(LIST), { op: 'pause', url: LIST, paused: true }, 0);
    const r = applyEdit(state.ok ? state.state : followed(), { op: 'import', pages: [{ url: LIST, title: 'Khác', kind: 'home', paused: false }, { url: 'https://a.gov.vn/tin', title: 'A', kind: 'list', paused: true }] }, 9);
    expect(r.ok && r.state.pages.map((p) => [p.url, p.title, p.paused, p.baselined])).toEqual([
      [LIST, 'Tin tức - Sự kiện', true, false],
      ['https://a.gov.vn/tin', 'A', true, false],
    ]);
  });
});

describe('applyOutcomes', () => {
  const outcome = (url: string, fresh: string[]) => ({
    url,
    patch: { lastCheckedAt: 50, problem: null, httpStatus: null, note: null, baselined: true },
    fresh: fresh.map((u) => ({ url: u, pageUrl: url, title: u, site: 'batxat.laocai.gov.vn', date: null, foundAt: 50 })),
  });

  it('adds new articles first, each once, and patches the pages checked', () => {
    const state = { ...followed(LIST), news: [{ url: `${LIST}/cu.html`, pageUrl: LIST, title: 'Cũ', site: '', date: null, foundAt: 1 }] };
    const next = applyOutcomes(state, [outcome(LIST, [`${LIST}/moi.html`, `${LIST}/cu.html`])]);
    expect(next.news.map((n) => n.url)).toEqual([`${LIST}/moi.html`, `${LIST}/cu.html`]);
    expect(next.pages[0]!.lastCheckedAt).toBe(50);
  });

  it('a page unfollowed while it was being checked stays unfollowed, and brings no news', () => {
    const next = applyOutcomes(emptyFollowState(), [outcome(LIST, [`${LIST}/moi.html`])]);
    expect(next.pages).toEqual([]);
    expect(next.news).toEqual([]);
  });
});

describe('follows in the backup file', () => {
  it('travel beside the articles and come back as they were', () => {
    const state = followed(LIST, 'https://muongkhuong.laocai.gov.vn/');
    const json = withFollows(JSON.stringify({ format: 'tin-sach-backup', version: 1, articles: [] }), state);
    const data = JSON.parse(json);
    expect(data.articles).toEqual([]);
    expect(followsInBackup(json)).toEqual(state.pages.map((p) => ({ url: p.url, title: p.title, kind: p.kind, paused: p.paused })));
  });

  it('a crafted file brings only sound entries', () => {
    const text = JSON.stringify({ follows: { pages: [{ url: 'javascript:alert(1)', kind: 'list' }, { url: LIST, kind: 'list', title: 7 }, { url: LIST, kind: 'list' }, 'x'] } });
    expect(followsInBackup(text)).toEqual([{ url: LIST, title: LIST, kind: 'list', paused: false }]);
    expect(followsInBackup('{"follows": not json')).toEqual([]);
    expect(followsInBackup(JSON.stringify({ articles: [] }))).toEqual([]);
  });
});

describe('schedule and badge', () => {
  const page = (lastCheckedAt: number | null, paused = false): FollowedPage => ({ ...followed(LIST).pages[0]!, lastCheckedAt, paused });
  const H = 3600_000;
  it('a page is due when its last check is (almost) one interval old; never when paused', () => {
    const now = 10 * H;
    expect(pagesDue([page(null)], now, 180)).toHaveLength(1);
    expect(pagesDue([page(now - 3 * H + 60_000)], now, 180)).toHaveLength(1);
    expect(pagesDue([page(now - H)], now, 180)).toHaveLength(0);
    expect(pagesDue([page(now - H)], now, 180, true)).toHaveLength(1);
    expect(pagesDue([page(null, true)], now, 180, true)).toHaveLength(0);
  });

  it('the badge counts new articles', () => {
    expect([0, 1, 12, 99, 100].map(badgeText)).toEqual(['', '1', '12', '99', '99+']);
  });
});

describe('state words', () => {
  const catalog = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const base = followed(LIST).pages[0]!;
  const states: FollowedPage[] = [
    base,
    { ...base, paused: true },
    { ...base, lastCheckedAt: 1 },
    ...(['timeout', 'network', 'other-site', 'moved', 'too-large', 'not-html', 'no-list', 'no-access'] as const).map((problem) => ({ ...base, lastCheckedAt: 1, problem })),
    { ...base, lastCheckedAt: 1, problem: 'status', httpStatus: 500 },
    ...(['template-changed', 'rotating', 'capped'] as const).map((note) => ({ ...base, lastCheckedAt: 1, note })),
  ];
  it.each(['vi', 'en'])('every state has its own words in %s', (lang) => {
    const messages = catalog(lang);
    const texts = states.map((s) => {
      const w = followStateWords(s);
      return messages[w.key]!.message.replace(/\$arg1\$/, w.subs?.[0] ?? '');
    });
    for (const text of texts) expect(text.length).toBeGreaterThan(10);
    expect(texts[states.length - 4]).toContain('500');
    // other-site and moved say the same (the reader cannot tell them apart, nor needs to): all others differ.
    expect(new Set(texts).size).toBe(states.length - 1);
  });
});
