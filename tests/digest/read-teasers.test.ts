// Filling a digest in: every teaser's article is read with the real extractor and summariser from pages served
// by a local server; the summary is one or two sentences of the article itself; a failure says why; the cache
// answers the second time without a request; and what the cache holds is checked again when read back.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageFetcher } from '../../utils/digest/page-fetcher';
import { createTeaserReader, type ItemState } from '../../utils/digest/read-teasers';
import { createSummaryCache, SUMMARY_CACHE_KEY } from '../../utils/digest/summary-cache';
import { parseHtml } from '../../utils/html/parse-html';

const LEAD = 'Ngày 21/4, Ủy ban nhân dân huyện Mường Khương tổ chức hội nghị tổng kết công tác giảm nghèo năm 2025.';
const BODY = [
  'Tổng kinh phí thực hiện chương trình là 25 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 60%.',
  'Đến hết tháng 3, toàn huyện đã có 1.250 hộ dân được hỗ trợ cải tạo nhà ở và công trình vệ sinh.',
  'Ủy ban nhân dân huyện yêu cầu các xã rà soát, báo cáo kết quả trước ngày 15/5/2026.',
  'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt 98,5%, tăng 3,2 điểm phần trăm so với cùng kỳ.',
  'Lãnh đạo huyện đề nghị các cơ quan chuyên môn tăng cường kiểm tra, giám sát việc thực hiện tại cơ sở.',
  'Chương trình được triển khai tại 16 xã, thị trấn, ưu tiên các thôn bản đặc biệt khó khăn.',
];
const article = (title: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-21T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a></nav><article><h1>${title}</h1><div class="date">21/04/2026</div><p class="sapo"><strong>${LEAD}</strong></p>
${BODY.map((p, i) => `<p>${p} ${BODY[(i + 2) % BODY.length]}</p>`).join('')}</article><footer>Cổng thông tin</footer></body></html>`;

let server: http.Server;
let base = '';
const requested: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    requested.push(req.url ?? '');
    if (req.url === '/500') {
      res.writeHead(500);
      res.end('lỗi');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/list-again' ? '<ul><li><a href="/a">x</a></li></ul>' : article(`Hội nghị tổng kết công tác giảm nghèo ${req.url}`));
  });
  // Parsing a page in jsdom can hold the event loop for seconds here: a kept-alive connection must outlive that.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function memoryStore() {
  const data: Record<string, unknown> = {};
  return { data, get: async (k: string) => ({ [k]: structuredClone(data[k]) }), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)) };
}

function reader(store = memoryStore()) {
  return createTeaserReader({
    fetcher: createPageFetcher(fetch, { concurrency: 3, hostGapMs: 0, timeoutMs: 3000, maxBytes: 1_000_000 }),
    parse: (html, url) => parseHtml(html, url),
    cache: createSummaryCache(store),
    lang: 'vi',
  });
}

describe('reading the teasers of a digest', () => {
  it('summarises each article in one or two of its own sentences, with its top figure; says why one failed', async () => {
    const store = memoryStore();
    const r = reader(store);
    const states = new Map<string, ItemState>();
    const urls = [`${base}/tin/1`, `${base}/tin/2`, `${base}/500`];
    await r.run(urls, `${base}/list`, (url, s) => states.set(url, s));
    for (const url of urls.slice(0, 2)) {
      const s = states.get(url);
      expect(s?.status).toBe('done');
      if (s?.status !== 'done') continue;
      expect(s.summary.sentences.length).toBeGreaterThanOrEqual(1);
      expect(s.summary.sentences.length).toBeLessThanOrEqual(2);
      const text = [LEAD, ...BODY].join(' ');
      for (const sentence of s.summary.sentences) expect(text).toContain(sentence);
      expect(s.summary.figure?.value).toMatch(/\d/);
      expect(s.summary.title).toContain('Hội nghị tổng kết');
    }
    expect(states.get(`${base}/500`)).toEqual({ status: 'failed', reason: 'status', httpStatus: 500 });

    // Reopened: every summary from the cache, and no request at all.
    requested.length = 0;
    const again = new Map<string, ItemState>();
    await reader(store).run(urls.slice(0, 2), `${base}/list`, (url, s) => again.set(url, s));
    expect(requested).toEqual([]);
    expect([...again.values()].map((s) => s.status)).toEqual(['done', 'done']);
  });

  it('keeps the article it read for saving, and fetches it when only the cached summary is here', async () => {
    const store = memoryStore();
    const first = reader(store);
    const seenStates: ItemState[] = [];
    await first.run([`${base}/tin/3`], `${base}/list`, (_u, s) => seenStates.push(s));
    expect(seenStates.map((s) => s.status)).toEqual(['done']);
    requested.length = 0;
    const kept = await first.article(`${base}/tin/3`, `${base}/list`);
    expect(kept.ok && kept.article.title).toContain('/tin/3');
    expect(requested).toEqual([]);
    const fresh = await reader(store).article(`${base}/tin/3`, `${base}/list`);
    expect(fresh.ok && fresh.article.text).toContain(BODY[0]);
    expect(requested).toEqual(['/tin/3']);
  });

  it('reads back only well-formed cache entries (a damaged or forged value is dropped, not shown)', async () => {
    const store = memoryStore();
    store.data[SUMMARY_CACHE_KEY] = [
      { at: Date.now(), summary: { url: 'javascript:alert(1)', title: 'x', sentences: [], figure: null, publishedAt: null } },
      { at: Date.now(), summary: { url: `${base}/ok`, title: 'Tin tốt', sentences: ['Một câu.'], figure: null, publishedAt: null } },
      { at: Date.now(), summary: { url: `${base}/bad`, title: 42, sentences: ['x'], figure: null, publishedAt: null } },
      { at: Date.now() - 30 * 24 * 3600 * 1000, summary: { url: `${base}/old`, title: 'Cũ', sentences: [], figure: null, publishedAt: null } },
    ];
    const got = await createSummaryCache(store).getMany(['javascript:alert(1)', `${base}/ok`, `${base}/bad`, `${base}/old`]);
    expect([...got.keys()]).toEqual([`${base}/ok`]);
  });
});
