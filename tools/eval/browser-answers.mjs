// The built extension's answers on the corpus, read in a real browser (`npm run eval -- --browser`, with
// `--firefox` for Firefox ESR). Every corpus page is served by the browser tests' proxy server under a host the
// extension has access to, opened in a tab, and read exactly as the popup reads a tab: the built extractor is
// injected with scripting.executeScript and asked with tabs.sendMessage (utils/extension/tab-extract.ts does the same).
//
// Hosts: a page whose real host the extension covers (*.gov.vn, *.baochinhphu.vn, …) keeps it, over http. Other
// hosts (national papers) get `http://<first label>.example.gov.vn/<path?query>`: their real hosts are HSTS-
// preloaded (no plain http), and the extension has no standing access to them (a reader grants it per page
// with activeTab, which a test cannot click). The first label (after "www.") keeps the site's name in the host
// ("vnexpress.example.gov.vn"), which is what the extractor reads from a host.
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../../tests/browser/chromium-driver.mjs';
import { FIREFOX_PATH, launchFirefox } from '../../tests/browser/firefox-driver.mjs';
import { PROJECT_ROOT, readCorpus, startTestServer } from '../../tests/browser/server.mjs';

const COVERED = /(?:^|\.)(?:gov\.vn|dcs\.vn|dangcongsan\.vn|baochinhphu\.vn)$/i;

/** The address a corpus page is served at in the browser (see above). */
export function evalUrl(url) {
  const u = new URL(url);
  u.protocol = 'http:';
  u.hash = '';
  // "www." names no site: www.phapluatplus.vn is served as phapluatplus.example.gov.vn, so the extractor still
  // tells the site's own name from an author's.
  if (!COVERED.test(u.hostname)) u.hostname = `${u.hostname.replace(/^www\d*\./i, '').split('.')[0]}.example.gov.vn`;
  return u.toString();
}

/** Runs in an extension context: inject the built extractor into the tab and ask it, as the popup does. */
async function askTab({ tabId, file }) {
  const api = globalThis.browser ?? globalThis.chrome;
  await api.scripting.executeScript({ target: { tabId }, files: [file] });
  return api.tabs.sendMessage(tabId, { type: 'tinsach/extract' });
}

/**
 * @param {{ corpusDir: string, browser?: 'chromium'|'firefox', log?: (line: string) => void }} options
 * @returns {Promise<Array<{ file: string, url: string, servedUrl: string, answer: unknown, ms: number }>>}
 */
export async function browserAnswers({ corpusDir, browser = 'chromium', log = () => {} }) {
  const firefox = browser === 'firefox';
  const executable = firefox ? FIREFOX_PATH : CHROMIUM_PATH;
  if (!fs.existsSync(executable)) throw new Error(`${executable} not found — run: apt-get install -y ${firefox ? 'firefox-esr' : 'chromium'}`);
  const extensionDir = path.join(PROJECT_ROOT, firefox ? '.output/firefox-mv2' : '.output/chrome-mv3');
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no build at ${extensionDir} — run: npm run build`);

  const pages = readCorpus(corpusDir).sort((a, b) => a.file.localeCompare(b.file));
  const served = pages.map((p) => ({ ...p, servedUrl: evalUrl(p.url) }));
  const server = await startTestServer({ corpusDir, extraPages: served.map((p) => ({ url: p.servedUrl, path: p.path })) });
  const driver = await (firefox ? launchFirefox : launchChromium)({ extensionDir, server });
  const answers = [];
  try {
    for (const page of served) {
      const started = Date.now();
      let tab = null;
      let answer;
      try {
        // A page the browser will not open is that page's miss, named with the browser's reason; the others are
        // still read (one refused address used to stop the whole Firefox run).
        tab = await driver.openWebPage(page.servedUrl);
        answer = await driver.extensionEval(askTab, { tabId: tab.tabId, file: '/extractor.js' });
      } catch (e) {
        const stage = tab ? 'the browser did not answer' : `the browser did not open ${page.servedUrl}`;
        answer = { ok: false, reason: 'error', message: `${stage}: ${String(e?.message ?? e).split('\n')[0]}` };
        log(`${browser}: ${page.file}: ${answer.message}`);
      }
      await tab?.close().catch(() => undefined);
      answers.push({ file: page.file, url: page.url, servedUrl: page.servedUrl, answer, ms: Date.now() - started });
      log(`${browser}: ${page.file} (${Date.now() - started} ms)`);
    }
  } finally {
    await driver.close();
    await server.close();
  }
  return answers;
}
