// The extension-page side of reading a tab: make sure the extractor is in the page, ask it for the
// article, and turn every way this can fail into a typed result the popup can explain.
// (One of the few utils modules that calls `browser.*`; it is the messaging layer.)
import { browser } from '#imports';
import { failure, type ExtractResult } from './article';
import type { Message } from './messages';
import { EXTRACTOR_FILE, EXTRACT_TIMEOUT_MS } from './page-access';
import { restrictedKind } from './restricted';

export class TimeoutError extends Error {}

/** The popup's own failure: the page did not answer in time (a frozen or very slow tab). */
export const TIMEOUT_MESSAGES = {
  vi: 'Trang phản hồi quá lâu. Hãy đợi trang tải xong rồi bấm “Thử lại”.',
  en: 'The page took too long to answer. Wait for it to finish loading, then press “Try again”.',
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e: unknown) => { clearTimeout(timer); reject(e); },
    );
  });
}

export type TabExtractResult = ExtractResult | { ok: false; reason: 'timeout'; message: string };

/** Reads the article of a tab. Never throws. */
export async function extractFromTab(tabId: number, timeoutMs = EXTRACT_TIMEOUT_MS, knownUrl?: string): Promise<TabExtractResult> {
  let url = knownUrl;
  if (url === undefined) {
    try {
      url = (await browser.tabs.get(tabId)).url;
    } catch {
      return failure('error');
    }
  }
  // Without the `tabs` permission, url is only visible for tabs we have access to; an undefined url is
  // either a browser page or a site we were not granted — both cannot be read.
  if (restrictedKind(url)) return failure('restricted');
  const message: Message = { type: 'tinsach/extract' };
  const ask = () => withTimeout(browser.tabs.sendMessage(tabId, message), timeoutMs) as Promise<ExtractResult | undefined>;
  try {
    let reply: ExtractResult | undefined;
    try {
      // Ask first: when the extractor is already in the page (a second popup open) its cached answer
      // comes back in one round trip, with no ping and no injection.
      reply = await ask();
    } catch (e) {
      if (e instanceof TimeoutError) throw e;
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
      } catch {
        return failure('restricted');
      }
      reply = await ask();
    }
    if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') return failure('error');
    return reply;
  } catch (e) {
    if (e instanceof TimeoutError) return { ok: false, reason: 'timeout', message: TIMEOUT_MESSAGES.vi };
    return failure('error');
  }
}
