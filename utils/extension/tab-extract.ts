// The extension-page side of reading a tab: make sure the extractor is in the page, ask it for the
// article, and turn every way this can fail into a typed result the popup can explain.
// (One of the few utils modules that calls `browser.*`; it is the messaging layer.)
import { browser } from '#imports';
import { failure } from '../model/article';
import type { ExtractReply } from '../messaging/protocol';
import { send } from '../messaging/messenger';
import { toTab } from './transports';
import { ANALYSIS_FILES, EXTRACTOR_FILE, EXTRACT_TIMEOUT_MS } from '../sites/page-access';
import { isAnalysed } from '../model/is-analysed';
import { restrictedKind } from '../sites/restricted';
import { TIMEOUT_MESSAGES } from '../ui/failure-text';

export class TimeoutError extends Error {}


function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e: unknown) => { clearTimeout(timer); reject(e); },
    );
  });
}

export type TabExtractResult = ExtractReply | { ok: false; reason: 'timeout'; message: string };

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

export interface TabExtractOptions {
  /** With figures and summary (the analyser is injected beside the extractor); false for the badge's check. */
  analysed?: boolean;
  /** A page refused as a list, home or search page answers with its teasers too (the popup's digest). */
  teasers?: boolean;
}

/**
 * Reads the article of a tab. Never throws. `knownUrl` is the tab's URL when the caller has it (or a promise
 * of it, still on its way); without it the tab is looked up.
 */
export async function extractFromTab(
  tabId: number,
  timeoutMs = EXTRACT_TIMEOUT_MS,
  knownUrl?: string | Promise<string | undefined>,
  { analysed = true, teasers = false }: TabExtractOptions = {},
): Promise<TabExtractResult> {
  // Without the `tabs` permission, url is only visible for tabs we have access to; an undefined url is
  // either a browser page or a site we were not granted — both cannot be read.
  if (typeof knownUrl === 'string' && restrictedKind(knownUrl)) return failure('restricted');
  // async: a sendMessage that throws at once (no such tab) becomes a rejection like any other.
  const ask = async () => withTimeout(send(toTab(tabId), teasers ? { type: 'tinsach/extract', teasers: true } : { type: 'tinsach/extract' }), timeoutMs);
  // Ask at once, while the URL is still being looked up: when the extractor is already in the page (a second
  // popup open) its cached answer comes back in that same round trip, with no ping and no injection.
  // The message reaches nothing but our own extractor, so asking a page we may not read does no harm;
  // nothing is injected before the URL has been checked.
  const first = settle(ask());
  let url: string | undefined;
  try {
    url = typeof knownUrl === 'string' ? knownUrl : await (knownUrl ?? browser.tabs.get(tabId).then((tab) => tab.url));
  } catch {
    return failure('error');
  }
  if (restrictedKind(url)) return failure('restricted');
  try {
    const answered = await first;
    let reply: ExtractReply | undefined;
    if (answered.ok) reply = answered.value;
    else {
      if (answered.error instanceof TimeoutError) throw answered.error;
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
      } catch {
        return failure('restricted');
      }
      // The analyser (figures, summary; its word list is most of what there is to parse) goes in only once the
      // page has answered with an article, below: a list page's refusal, with its teasers, does not wait for
      // it. Injected alongside, it took the page's one thread while the question waited (measured: the digest's
      // list ~150 ms later on a first open); an article pays one more round trip, not the parse twice.
      reply = await ask();
    }
    // The extractor answered without its analyser (just injected, or here already from the badge's check on page
    // load): add it, ask again (the extraction is cached).
    if (analysed && reply?.ok === true && !isAnalysed(reply.article)) {
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [...ANALYSIS_FILES] });
        reply = await ask();
      } catch (e) {
        // The extraction stands; the popup analyses it itself (entrypoints/popup/load-article.ts).
        if (e instanceof TimeoutError) throw e;
      }
    }
    if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') return failure('error');
    return reply;
  } catch (e) {
    if (e instanceof TimeoutError) return { ok: false, reason: 'timeout', message: TIMEOUT_MESSAGES.vi };
    return failure('error');
  }
}
