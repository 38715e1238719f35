// Second security round (a hostile page, a careless reader, an old backup): nothing a page or an old copy can
// take away, and no photo fetch to the reader's own machine or network. Registered from scenarios.mjs; the same
// scenarios run in Chromium and Firefox. Pages are written by the scenario (server.setPage) under the fixture
// portal host, so one address can serve a newer version of its article.
import http from 'node:http';
import { assert, sleep, tid, waitForSelector, waitUntil } from './driver.mjs';
import { FIXTURE_HOST } from './server.mjs';
import { FIXTURE_PAGE, FIXTURE_TITLE, PAGE_SIZE, expectArticle, norm, openPopup } from './ui-steps.mjs';

const BASE = `http://${FIXTURE_HOST}/vong-hai`;

const PARAGRAPHS = [
  'Sáng nay, UBND huyện Bảo Thắng tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ trọng tâm 6 tháng cuối năm. Dự hội nghị có lãnh đạo các phòng, ban chuyên môn và chủ tịch UBND 14 xã, thị trấn.',
  'Theo báo cáo, tổng thu ngân sách trên địa bàn đạt 312,5 tỷ đồng, bằng 61% dự toán tỉnh giao. Huyện đã giải ngân 186 tỷ đồng vốn đầu tư công, hoàn thành 12 công trình giao thông nông thôn và 3 trường học đạt chuẩn quốc gia.',
  'Phát biểu kết luận, Chủ tịch UBND huyện đề nghị các xã tập trung hoàn thành chỉ tiêu xây dựng nông thôn mới, đẩy nhanh giải phóng mặt bằng các dự án trọng điểm và chủ động phòng chống thiên tai trong mùa mưa lũ.',
  'Hội nghị cũng đã khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm.',
];

/** A portal article page; `body` goes after the paragraphs (a table, a long run, photos). */
function articlePage(title, { lead = PARAGRAPHS[0], paragraphs = PARAGRAPHS.slice(1), body = '', script = '' } = {}) {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Cổng TTĐT thử nghiệm Lào Cai"></head>
<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="content"><h1 class="title">${title}</h1><div class="date">Ngày đăng: 05/07/2026 08:00</div>
<p class="sapo"><strong>${lead}</strong></p><div class="detail">
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
${body}
<p style="text-align:right"><strong>Thanh Bình</strong></p></div></div>
${script ? `<script>${script}</script>` : ''}</body></html>`;
}

const statusText = (page) => page.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent ?? '');

/** Opens the popup for a tab, presses Save and returns the popup and the final status ("Đã lưu…" or a failure). */
async function saveFromPopup(ctx, tabId, what, timeout = 60_000) {
  const popup = await openPopup(ctx, tabId, { lang: 'vi' });
  expectArticle(popup, what);
  await sleep(800); // the library's "saved?" answer, so the button is Save and not "Saved"
  assert((await popup.page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved'))) === 'false',
    `${what}: the popup already shows the article as saved`);
  await popup.page.click(tid('save-button'));
  const status = await waitUntil(async () => {
    const text = norm(await statusText(popup.page));
    return /^Đã lưu|Không lưu|Trang đã thay đổi|thay đổi|Đã xảy ra|Có lỗi|lỗi/i.test(text) && !/^Đang/.test(text) ? text : null;
  }, { timeout, message: `${what}: the save to finish (status line)` });
  return { popup, status };
}

async function openLibrary(ctx) {
  const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
  await waitUntil(() => library.evaluate(() => document.querySelector('[data-testid="library-item"], [data-testid="library-empty"]') !== null),
    { timeout: 15_000, message: 'the library list' });
  return library;
}

/** The library row of a title: id and reader link. */
const rowOf = (library, title) => library.evaluate((t) => {
  const li = [...document.querySelectorAll('[data-testid="library-item"]')].find((x) => x.querySelector('.item-title')?.textContent.includes(t));
  return li ? { id: li.getAttribute('data-id'), href: li.querySelector('a[href*="reader.html"]')?.href ?? null,
    refetch: Boolean(li.querySelector('[data-testid="refetch-photos"]')) } : null;
}, title);

/** The reader's body text for a saved article. */
async function readerText(ctx, href) {
  const reader = await ctx.open.ext(href.replace(/^[a-z-]+:\/\/[^/]+\//, ''), PAGE_SIZE);
  const text = norm(await waitForSelector(reader, tid('reader-body'), { what: 'the reader body' }));
  await reader.close();
  return text;
}

/** A listener on a loopback address that records every request it gets (it answers with nothing useful). */
async function loopbackListener(host) {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.headers.host}${req.url}`);
    res.writeHead(404);
    res.end();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  return { seen, port: server.address().port, close: () => new Promise((r) => server.close(() => r())) };
}

export const keepScenarios = [
  {
    // Item 1: delete, save the same page again (newer text), then "Khôi phục" on the old entry used to overwrite
    // the newer copy with no question.
    name: 'restore asks before replacing a newer copy',
    timeout: 120_000,
    async run(ctx) {
      const url = `${BASE}/khoi-phuc.html`;
      const title = 'Huyện Bảo Thắng sơ kết công tác 6 tháng đầu năm 2026';
      const NEWER = 'Bổ sung: huyện vừa nhận thêm 25 tỷ đồng hỗ trợ khắc phục hậu quả mưa lũ.';
      ctx.server.setPage(url, articlePage(title));
      const tab = await ctx.open.web(url);
      const first = await saveFromPopup(ctx, tab.tabId, 'the first version');
      assert(/^Đã lưu/.test(first.status), `first save: “${first.status}”`);
      await first.popup.page.close();

      const library = await openLibrary(ctx);
      const row = await waitUntil(() => rowOf(library, title), { message: 'the saved article in the library' });
      await library.click(`[data-testid="library-item"][data-id="${row.id}"] .btn-delete`);
      await waitUntil(async () => (await rowOf(library, title)) === null, { timeout: 10_000, message: 'the delete' });

      // The site edits its article; the reader saves the page again.
      ctx.server.setPage(url, articlePage(title, { paragraphs: [...PARAGRAPHS.slice(1), NEWER] }));
      await tab.reload();
      const second = await saveFromPopup(ctx, tab.tabId, 'the newer version');
      assert(/^Đã lưu/.test(second.status), `second save: “${second.status}”`);
      await second.popup.page.close();

      await library.reload();
      await waitForSelector(library, tid('trash-toggle'), { what: 'the trash button' });
      await library.click(tid('trash-toggle'));
      await library.click(`[data-testid="trash-item"][data-id="${row.id}"] [data-testid="trash-restore"]`);
      const question = norm(await waitForSelector(library, tid('restore-question'), { what: 'the question “which copy to keep?”', timeout: 10_000 }));
      assert(question.includes('Bản trong thùng rác cũ hơn bản đang lưu'), `question: “${question}”`);
      for (const words of ['Giữ bản mới', 'Thay bằng bản cũ', 'Giữ cả hai']) assert(question.includes(words), `the question lacks “${words}”: “${question}”`);
      await library.evaluate(() => document.querySelector('[data-testid="restore-question"]').scrollIntoView({ block: 'center' }));
      await ctx.shot('trash-restore-question-vi', library);
      const current = await rowOf(library, title);
      assert(current && (await readerText(ctx, current.href)).includes(NEWER), 'asking already replaced the newer copy');

      // "Thay bằng bản cũ": the old copy is back and the newer one waits in the trash (nothing lost).
      await library.click(tid('restore-replace'));
      await waitUntil(async () => /chuyển vào “Đã xoá gần đây”/.test(norm(await statusText(library))), { timeout: 10_000, message: 'the status after replacing' });
      const restored = await rowOf(library, title);
      assert(!(await readerText(ctx, restored.href)).includes(NEWER), 'the old copy was not restored');
      const inTrash = await library.evaluate((id) => Boolean(document.querySelector(`[data-testid="trash-item"][data-id="${id}"]`)), row.id);
      assert(inTrash, 'the newer copy did not go to the trash');
      await library.close();
    },
  },
  {
    // Item 2: read-aloud over 300 KB of initials froze the reader tab for 69 s (a quadratic sentence splitter).
    name: 'read-aloud over a run of initials does not freeze',
    timeout: 150_000,
    async run(ctx) {
      const url = `${BASE}/chu-viet-tat.html`;
      const title = 'Danh sách hộ gia đình được hỗ trợ nhà ở năm 2026';
      ctx.server.setPage(url, articlePage(title, {
        body: '<p id="initials"></p>',
        script: "document.getElementById('initials').textContent = 'T. '.repeat(100000);",
      }));
      const tab = await ctx.open.web(url);
      await waitUntil(() => tab.evaluate(() => (document.getElementById('initials')?.textContent.length ?? 0) === 300000),
        { message: 'the page to write its run of initials' });
      const { popup, status } = await saveFromPopup(ctx, tab.tabId, 'the page of initials', 90_000);
      assert(/^Đã lưu/.test(status), `save: “${status}”`);
      await popup.page.close();
      const library = await openLibrary(ctx);
      const row = await waitUntil(() => rowOf(library, title), { message: 'the saved article in the library' });
      await library.close();
      const reader = await ctx.open.ext(`reader.html?id=${encodeURIComponent(row.id)}&lang=vi`, PAGE_SIZE);
      await waitForSelector(reader, tid('reader-body'), { what: 'the reader body' });
      // Headless browsers have no speech voice, and with none the reader offers no ▶ (it says why): give the page one
      // voice so the button is there and pressing it splits the whole run of initials into sentences.
      await reader.evaluate(() => {
        const voice = { name: 'Giọng thử', lang: 'vi-VN', default: true, localService: true, voiceURI: 'giong-thu' };
        speechSynthesis.getVoices = () => [voice];
        speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      });
      await waitForSelector(reader, tid('read-aloud-play'), { what: 'the read-aloud button' });
      await reader.evaluate(() => document.querySelector('[data-testid="read-aloud-play"]').click());
      // The tab answers within a few seconds: the sentences were split in linear time.
      const alive = await Promise.race([reader.evaluate(() => 'ok'), sleep(8000).then(() => 'frozen')]);
      assert(alive === 'ok', 'the reader tab is frozen after ▶ (read-aloud over the run of initials)');
      await reader.close();
    },
  },
  {
    // Item 3: a page opened the popup as an unsaved page, then history.replaceState'd itself to a saved
    // article's path; Save replaced that article's text.
    name: 'a page that changes its address after the popup showed it is not saved over another',
    timeout: 120_000,
    async run(ctx) {
      const realTab = await ctx.open.web(ctx.server.fixtureUrl(FIXTURE_PAGE));
      const real = await openPopup(ctx, realTab.tabId, { lang: 'vi' });
      expectArticle(real, 'the fixture page');
      await sleep(800);
      if ((await real.page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved'))) !== 'true') {
        await real.page.click(tid('save-button'));
        await waitUntil(() => real.page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved') === 'true'),
          { timeout: 30_000, message: 'the fixture article to be saved' });
      }
      await real.page.close();

      const url = `${BASE}/doi-dia-chi.html`;
      const title = 'Tin giả: xã Phong Niên dừng xây cầu treo cho học sinh';
      ctx.server.setPage(url, articlePage(title));
      const tab = await ctx.open.web(url);
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      expectArticle(popup, 'the page that will change its address');
      await sleep(800);
      await tab.evaluate(() => history.replaceState(null, '', '/e2e/bai-viet-thu-nghiem.html'));
      await popup.page.click(tid('save-button'));
      const status = await waitUntil(async () => {
        const text = norm(await statusText(popup.page));
        return text && !/^Đang/.test(text) ? text : null;
      }, { timeout: 30_000, message: 'the answer to Save' });
      assert(status.startsWith('Trang đã thay đổi'), `the popup did not say the page changed: “${status}”`);
      // The page now sits at the saved article's address with other words: that is not "Saved", and Save asks.
      await sleep(1500);
      const saved = await popup.page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved'));
      assert(saved === 'false', 'the popup calls the changed page “Đã lưu” because its new address is a saved article’s');
      await ctx.shot('popup-page-changed-vi', popup.page);
      await popup.page.click(tid('save-button'));
      const question = norm(await waitForSelector(popup.page, tid('replace-prompt'), { what: 'the question before replacing the saved copy' }));
      assert(question.includes('thùng rác'), `the question does not say where the old copy goes: “${question}”`);
      await popup.page.click(tid('replace-keep'));
      await popup.page.close();

      const library = await openLibrary(ctx);
      const row = await waitUntil(() => rowOf(library, FIXTURE_TITLE), { message: 'the real article in the library' });
      const fake = await rowOf(library, title);
      await library.close();
      assert(fake === null, 'the changed page was saved');
      const text = await readerText(ctx, row.href);
      assert(!text.includes('Bảo Thắng tổ chức hội nghị sơ kết'), 'the saved article’s text was replaced by the other page’s');
    },
  },
  {
    // More figures than the record check allowed: "Something went wrong" at every save. A land-price table of
    // 10,000 rows (20,000 prices): it saves, and the popup says only the first figures were read.
    name: 'a land-price table with more figures than the limit saves',
    timeout: 150_000,
    async run(ctx) {
      const url = `${BASE}/bang-gia-dat.html`;
      const title = 'Bảng giá đất ở nông thôn năm 2026 trên địa bàn huyện Bảo Thắng';
      ctx.server.setPage(url, articlePage(title, {
        body: '<table id="gia"><tbody></tbody></table>',
        script: `const rows = []; for (let i = 1; i <= 10000; i++) rows.push('<tr><td>Thửa ' + i + '</td><td>' + (1200 + i) + ' nghìn đồng/m2</td><td>' + (900 + i) + ' nghìn đồng/m2</td></tr>');
document.querySelector('#gia tbody').innerHTML = rows.join('');`,
      }));
      const tab = await ctx.open.web(url);
      await waitUntil(() => tab.evaluate(() => document.querySelectorAll('#gia tr').length === 10000), { message: 'the page to write its table' });
      const { popup, status } = await saveFromPopup(ctx, tab.tabId, 'the land-price table', 120_000);
      assert(/^Đã lưu/.test(status), `the table did not save: “${status}”`);
      const capped = norm(await popup.page.evaluate(() => document.querySelector('[data-testid="figures-capped"]')?.textContent ?? ''));
      assert(capped.includes('2.000'), `the popup does not say only the first figures are read: “${capped}”`);
      await popup.page.close();
    },
  },
  {
    // Item 5: at save and at "Tải lại ảnh" the background requested loopback and private addresses named as
    // photos. Every request of the browser goes to the test proxy on 127.0.0.1 (loopback ones straight to the
    // listeners here); none may name these hosts. 10.0.0.5 is only ever a name the proxy sees, never dialled.
    name: 'photos on internal addresses are never fetched',
    timeout: 120_000,
    async run(ctx) {
      const { server } = ctx;
      const v4 = await loopbackListener('127.0.0.1');
      const v6 = await loopbackListener('::1').catch(() => null);
      try {
        const internal = [
          `http://127.0.0.1:${v4.port}/anh/loopback.jpg`,
          `http://2130706433:${v4.port}/anh/decimal.jpg`,
          `http://localhost:${v4.port}/anh/localhost.jpg`,
          ...(v6 ? [`http://[::1]:${v6.port}/anh/v6.jpg`] : []),
          'http://10.0.0.5/anh/private.jpg',
          'http://169.254.169.254/anh/link-local.jpg',
        ];
        const url = `${BASE}/anh-noi-bo.html`;
        const title = 'Xã Gia Phú ra quân tổng vệ sinh môi trường đón Tết';
        // Lazy photos (data-src): the page itself never loads them, so any request for them is the extension's.
        const figures = internal.map((src, i) => `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${src}" alt="Ảnh ${i + 1}" width="640" height="400"><figcaption>Ảnh ${i + 1}: người dân ra quân dọn vệ sinh.</figcaption></figure>`).join('\n');
        server.setPage(url, articlePage(title, { body: figures }));
        const tab = await ctx.open.web(url);
        const from = server.requests.length;
        const { popup, status } = await saveFromPopup(ctx, tab.tabId, 'the page with internal photos');
        assert(/^Đã lưu/.test(status), `save: “${status}”`);
        await popup.page.close();
        const library = await openLibrary(ctx);
        const row = await waitUntil(() => rowOf(library, title), { message: 'the saved article in the library' });
        if (row.refetch) {
          await library.click(`[data-testid="library-item"][data-id="${row.id}"] [data-testid="refetch-photos"]`);
          await sleep(3000);
        }
        await library.close();
        const named = server.requests.slice(from).filter((r) => /10\.0\.0\.5|169\.254\.|127\.0\.0\.1:\d+\/anh|localhost|\[::1\]|2130706433/.test(`${r.host ?? ''} ${r.url}`));
        assert(named.length === 0, `requests for internal photos reached the proxy: ${named.map((r) => r.url).join(', ')}`);
        assert(v4.seen.length === 0, `the loopback listener was asked: ${v4.seen.join(', ')}`);
        assert(!v6 || v6.seen.length === 0, `the [::1] listener was asked: ${v6?.seen.join(', ')}`);
        assert(row.refetch, 'the internal photos are not listed as missing (no "Tải lại ảnh")');
      } finally {
        await v4.close();
        await v6?.close();
      }
    },
  },
  {
    // Item 6: one photo on a shared host decided a wildcard over the whole domain (*://*.google.com/*).
    name: 'the photo permission asked is the exact host',
    timeout: 90_000,
    async run(ctx) {
      const url = `${BASE}/anh-may-chu-chung.html`;
      const title = 'Trường tiểu học Phong Niên khai giảng năm học mới';
      ctx.server.setPage(url, articlePage(title, {
        body: '<figure><img src="http://sites.google.com/view/th-phong-nien/anh-khai-giang.jpg" alt="Lễ khai giảng" width="640" height="400"><figcaption>Lễ khai giảng năm học mới.</figcaption></figure>',
      }));
      const tab = await ctx.open.web(url);
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      expectArticle(popup, 'the page with a photo on a shared host');
      await sleep(800);
      // Every status the popup shows, in order (the question about photo hosts comes before "Đã lưu").
      await popup.page.evaluate(() => {
        window.__statuses = [];
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid="status-message"]')?.textContent ?? '';
          if (text && window.__statuses.at(-1) !== text) window.__statuses.push(text);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await popup.page.click(tid('save-button'));
      const statuses = await waitUntil(async () => {
        const list = await popup.page.evaluate(() => window.__statuses);
        return list.some((s) => /^Đã lưu|Không lưu/.test(s)) ? list : null;
      }, { timeout: 60_000, message: 'the save to finish' });
      const asked = statuses.find((s) => s.includes('google.com'));
      assert(asked, `the popup never named the photo host: ${JSON.stringify(statuses)}`);
      assert(asked.includes('sites.google.com'), `the permission named the whole domain, not the photo's host: “${asked}”`);
      const granted = await ctx.driver.extensionEval(() => (globalThis.browser ?? globalThis.chrome).permissions.getAll().then((p) => p.origins ?? []));
      assert(!granted.some((o) => o.includes('*.google.com')), `a wildcard over google.com was granted: ${granted.join(', ')}`);
      await popup.page.close();
    },
  },
];
