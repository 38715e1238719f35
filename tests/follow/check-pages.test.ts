// One check of followed pages against a real local HTTP server on 127.0.0.1, through the digest's polite fetcher
// and teaser rule: an unchanged page asked with its ETag answers 304; a new article is found; a 500, a hang, a
// redirect to another site, a page that no longer lists articles and a site the extension may not read each
// give that page's state and nothing new; a page of 5,000 junk links still yields only its real article.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageFetcher } from '../../utils/digest/page-fetcher';
import { findTeaserBlocks } from '../../utils/digest/teasers';
import { parseHtml } from '../../utils/html/parse-html';
import { checkPages, type CheckDeps } from '../../utils/follow/check-pages';
import { newFollowedPage } from '../../utils/follow/follow-edits';
import type { FollowedPage } from '../../utils/follow/followed-page';

let server: http.Server;
let base = '';
const published: string[] = [];
const conditional = { asked: 0 };

const item = (slug: string) => `<div class="news-item"><h3><a href="/tin/${slug}-1203${slug.length}00.html">Tin hoạt động ${slug.replace(/-/g, ' ')} của huyện trong tháng</a></h3><span>02/05/2026</span></div>`;
const listHtml = (slugs: string[], extra = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức</title></head><body><nav><a href="/">Trang chủ</a></nav><main><div class="list">${slugs.map(item).join('')}</div>${extra}</main><footer>Cổng thông tin</footer></body></html>`;
const SLUGS = ['hop-ban-chi-dao', 'kiem-tra-tien-do', 'tap-huan-nghiep-vu', 'trao-qua-hoc-sinh', 'nghiem-thu-cong-trinh', 'hoi-thao-du-lich'];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    const url = req.url ?? '';
    if (url === '/tin-tuc') {
      const body = listHtml([...published, ...SLUGS]);
      const etag = `"v${published.length}"`;
      if (req.headers['if-none-match']) conditional.asked++;
      if (req.headers['if-none-match'] === etag) return send(304, '', { etag });
      return send(200, body, { etag });
    }
    if (url === '/loi') return send(500, '<h1>Lỗi</h1>');
    if (url === '/treo') return void res.writeHead(200, { 'content-type': 'text/html' });
    if (url === '/di-noi-khac') return send(302, '', { location: 'http://localhost:9/tin-tuc' });
    if (url === '/trang-trang') return send(200, '<html><body><p>Trang đang bảo trì.</p></body></html>');
    if (url === '/nam-nghin') {
      const junk = Array.from({ length: 5000 }, (_, i) =>
        i % 3 === 0 ? `<a href="http://quang-cao.example.com/${i}">Quảng cáo trên trang khác số ${i} rất hấp dẫn</a>` : i % 3 === 1 ? `<a href="javascript:alert(${i})">Liên kết chạy mã số ${i} trong trang này</a>` : `<a href="data:text/html,x${i}">Liên kết dữ liệu số ${i} mở ra trang khác</a>`,
      ).join(' ');
      return send(200, listHtml(published.length ? [...published, ...SLUGS] : SLUGS, `<div class="links">${junk}</div>`));
    }
    return send(404, 'không có');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function deps(opts: { access?: boolean } = {}): CheckDeps {
  return {
    fetcher: createPageFetcher(fetch, { concurrency: 3, hostGapMs: 0, timeoutMs: 800, maxBytes: 2 * 1024 * 1024 }),
    blocks: async (html, url, kind) => findTeaserBlocks(parseHtml(html, url), url, kind),
    hasAccess: async () => opts.access ?? true,
    now: () => 1_000,
  };
}
const page = (path: string): FollowedPage => newFollowedPage({ url: `${base}${path}`, title: path, kind: 'list' }, [], 0);
/** The page after a check, as the background would store it. */
async function checked(p: FollowedPage, d = deps()) {
  const [o] = await checkPages([p], d);
  return { page: { ...p, ...o!.patch }, fresh: o!.fresh };
}

describe('checkPages', () => {
  it('learns the list, answers 304 when nothing changed, then finds the one new article', async () => {
    published.length = 0;
    const first = await checked(page('/tin-tuc'));
    expect(first.fresh).toEqual([]);
    expect(first.page.known).toHaveLength(SLUGS.length);
    expect(first.page.etag).toBe('"v0"');
    const asked = conditional.asked;
    const same = await checked(first.page);
    expect(conditional.asked).toBe(asked + 1);
    expect(same.fresh).toEqual([]);
    expect(same.page.known).toEqual(first.page.known);
    published.unshift('khai-truong-cho-phien');
    const next = await checked(same.page);
    expect(next.fresh.map((n) => n.title)).toEqual(['Tin hoạt động khai truong cho phien của huyện trong tháng']);
    expect(next.fresh[0]).toMatchObject({ pageUrl: `${base}/tin-tuc`, site: '127.0.0.1', date: '02/05/2026', foundAt: 1_000 });
    expect(next.page.problem).toBeNull();
  });

  it('each broken page gets its own state and nothing new', async () => {
    const pages = ['/loi', '/treo', '/di-noi-khac', '/trang-trang'].map(page);
    const outcomes = await checkPages(pages.map((p) => ({ ...p, baselined: true, known: [`${base}/tin/cu.html`] })), deps());
    expect(outcomes.map((o) => [o.patch.problem, o.patch.httpStatus])).toEqual([
      ['status', 500],
      ['timeout', null],
      // The redirect's target (another site) is not read: refused there, it is "moved" (the same words as another site).
      ['moved', null],
      ['no-list', null],
    ]);
    expect(outcomes.every((o) => o.fresh.length === 0)).toBe(true);
    // What was known is kept: the page coming back does not flood "Tin mới".
    expect(outcomes.every((o) => o.patch.known === undefined)).toBe(true);
  });

  it('a site the extension may no longer read is not requested', async () => {
    const [o] = await checkPages([page('/tin-tuc')], deps({ access: false }));
    expect(o!.patch.problem).toBe('no-access');
  });

  it('5,000 links to other hosts, javascript: and data: URLs: only the real new article', async () => {
    published.length = 0;
    const first = await checked(page('/nam-nghin'));
    published.unshift('le-hoi-mua-vang');
    const next = await checked(first.page);
    expect(next.fresh.map((n) => n.url)).toEqual([`${base}/tin/le-hoi-mua-vang-1203${'le-hoi-mua-vang'.length}00.html`]);
  });
});
