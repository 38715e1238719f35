// Reading a fetched page, or sanitising an article that arrives by sync, needs a DOM. Firefox's background page has DOMParser; Chrome's service worker has
// none, so there the page's HTML goes to the extension's offscreen document (entrypoints/offscreen), which parses
// it inert and answers with text only. Both sides run the same code (utils/digest), and the answer from the
// offscreen document is checked again like any message (it carries a page's words).
import { browser } from '#imports';
import type { DigestPageKind, Teaser } from '../digest/teasers';
import { teaserUrl } from '../digest/teasers';
import type { Message } from '../messaging/protocol';
import type { AnalysedArticle } from '../model/analysed-article';

const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface ContextsApi {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const runtime = browser.runtime as unknown as ContextsApi;
  const open = runtime.getContexts ? await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }) : [];
  if (open.length > 0) return;
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) throw new Error('no DOM parser here');
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read the list of articles on pages the reader follows, and clean the HTML of articles that arrive by sync.',
    })
    .finally(() => (creating = null));
  await creating;
}

/** Closes the offscreen document once a check is over: a whole page (and its process) is not kept for hours
 *  between two checks. Nothing to do where the background parses pages itself. */
export async function releasePageReader(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  const runtime = browser.runtime as unknown as ContextsApi;
  if (!offscreen || !runtime.getContexts) return;
  await creating?.catch(() => undefined);
  if ((await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0) await offscreen.closeDocument();
}

/** Sends to the offscreen document, trying again for a moment while it is still starting: Chrome may resolve
 *  createDocument before the document's script has registered its listener ("Receiving end does not exist"). */
async function askOffscreen(message: Message): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    await ensureOffscreen();
    try {
      return await browser.runtime.sendMessage(message);
    } catch (e) {
      if (attempt >= 20) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50 * Math.min(attempt + 1, 5)));
    }
  }
}

function checkBlocks(raw: unknown, pageUrl: string): Teaser[][] {
  if (!Array.isArray(raw)) return [];
  return raw.slice(0, 50).map((block: unknown) =>
    (Array.isArray(block) ? block.slice(0, 50) : []).flatMap((t: unknown) => {
      if (typeof t !== 'object' || t === null) return [];
      const { url, title, date, thumbnail } = t as Record<string, unknown>;
      const checked = typeof url === 'string' ? teaserUrl(url, pageUrl) : null;
      if (!checked || typeof title !== 'string' || title.length > 300) return [];
      return [{ url: checked, title, date: typeof date === 'string' && date.length <= 40 ? date : null, thumbnail: thumbnail === true }];
    }),
  );
}

/** The teasers of a fetched list page (HTML text), grouped by listing. */
export async function teaserBlocksOf(html: string, url: string, kind: DigestPageKind): Promise<Teaser[][]> {
  if (typeof DOMParser !== 'undefined') {
    const [{ findTeaserBlocks }, { parseInertPage }] = await Promise.all([import('../digest/teasers'), import('../html/inert-page')]);
    return findTeaserBlocks(parseInertPage(html), url, kind);
  }
  return checkBlocks(await askOffscreen({ type: 'tinsach/teaser-blocks', html, url, kind }), url);
}

/** The article of a fetched page (HTML text), read by the popup's extractor and analyser; null when it is none. */
export async function readArticleOf(html: string, url: string): Promise<AnalysedArticle | null> {
  if (typeof DOMParser !== 'undefined') {
    const [{ readQuickSummary }, { parseInertPage }] = await Promise.all([import('../digest/quick-summary'), import('../html/inert-page')]);
    const read = readQuickSummary(parseInertPage(html), url);
    return read.ok ? read.article : null;
  }
  const reply = await askOffscreen({ type: 'tinsach/read-page', html, url });
  // Checked in full by the save (checkSavedArticle), as a digest's article is.
  return typeof reply === 'object' && reply !== null && typeof (reply as { url?: unknown }).url === 'string' ? (reply as AnalysedArticle) : null;
}

/**
 * An arriving (synced) article's HTML through utils/html/sanitize.ts, the sanitiser of an imported backup. Where
 * the background has no DOM, the offscreen document runs it; an answer that is not text fails the run rather
 * than letting the HTML through unsanitised.
 */
export async function sanitizedArticleHtml(html: string): Promise<string> {
  if (typeof DOMParser !== 'undefined') {
    const { sanitizeArticleHtml } = await import('../html/sanitize');
    return sanitizeArticleHtml(html);
  }
  const reply = await askOffscreen({ type: 'tinsach/sanitize-html', html });
  if (typeof reply !== 'string') throw new Error('the offscreen document did not sanitise the article');
  return reply;
}
