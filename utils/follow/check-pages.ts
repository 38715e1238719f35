// One check of followed pages: each page is fetched through the polite fetcher (same site only, at most three
// requests at once, one host's requests spaced out, a timeout, a size cap) with its ETag / Last-Modified, so an
// unchanged page answers 304 and costs nothing; its teasers are found by the digest's own rule and compared with
// what was known. The outcome of each page is a patch of its record and the new articles found — never anything
// else: a broken, hostile or vanished page changes its own state line and nothing in the library.
import type { PageFetcher } from '../digest/page-fetcher';
import type { DigestPageKind, Teaser } from '../digest/teasers';
import { hostOf } from '../sites/same-site';
import { diffTeasers } from './diff-teasers';
import type { FollowedPage, NewItem } from './followed-page';

export interface CheckDeps {
  fetcher: Pick<PageFetcher, 'fetchPage'>;
  /** The page's teasers grouped by listing (utils/digest/teasers.ts findTeaserBlocks), from its HTML text. */
  blocks(html: string, url: string, kind: DigestPageKind): Promise<Teaser[][]>;
  /** Whether the extension may read this page's site (the reader may have withdrawn the permission). */
  hasAccess(url: string): Promise<boolean>;
  now(): number;
}

export type PagePatch = Pick<FollowedPage, 'lastCheckedAt' | 'problem' | 'httpStatus' | 'note'> &
  Partial<Pick<FollowedPage, 'etag' | 'lastModified' | 'known' | 'baselined'>>;

export interface PageOutcome {
  url: string;
  patch: PagePatch;
  fresh: NewItem[];
}

async function checkOne(page: FollowedPage, deps: CheckDeps): Promise<PageOutcome> {
  const at = deps.now();
  const failed = (problem: NonNullable<FollowedPage['problem']>, httpStatus: number | null = null): PageOutcome => ({
    url: page.url,
    patch: { lastCheckedAt: at, problem, httpStatus, note: null },
    fresh: [],
  });
  if (!(await deps.hasAccess(page.url).catch(() => false))) return failed('no-access');
  const got = await deps.fetcher.fetchPage(page.url, page.url, { etag: page.etag, lastModified: page.lastModified });
  if (!got.ok) return failed(got.reason, got.status ?? null);
  if (got.notModified) return { url: page.url, patch: { lastCheckedAt: at, problem: null, httpStatus: null, note: null }, fresh: [] };
  const blocks = await deps.blocks(got.html, got.url, page.kind).catch(() => []);
  // No validators kept: a page that lists nothing now is read in full next time, not answered by a 304.
  if (blocks.flat().length === 0) return { ...failed('no-list'), patch: { lastCheckedAt: at, problem: 'no-list', httpStatus: null, note: null, etag: null, lastModified: null } };
  const diff = diffTeasers(blocks, page.known, page.baselined);
  const site = hostOf(page.url);
  return {
    url: page.url,
    patch: { lastCheckedAt: at, problem: null, httpStatus: null, note: diff.note, etag: got.etag, lastModified: got.lastModified, known: diff.known, baselined: true },
    fresh: diff.fresh.map((t) => ({ url: t.url, pageUrl: page.url, title: t.title, site, date: t.date, foundAt: at })),
  };
}

/** Checks these pages (all at once: the fetcher keeps the limits). Never throws. */
export function checkPages(pages: readonly FollowedPage[], deps: CheckDeps): Promise<PageOutcome[]> {
  return Promise.all(
    pages.map((p) =>
      checkOne(p, deps).catch((): PageOutcome => ({ url: p.url, patch: { lastCheckedAt: deps.now(), problem: 'network', httpStatus: null, note: null }, fresh: [] })),
    ),
  );
}
