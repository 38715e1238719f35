// The popup's second question to a page the extractor refused as a list, home or search page: which articles
// does it list? The extractor is already in the page (it just answered), so this is one round trip. The answer
// comes from a script running beside an untrusted page: every teaser is checked again here.
import { browser } from '#imports';
import type { Message } from '../messaging/protocol';
import { MAX_TEASERS, teaserUrl, type DigestPageKind, type Teaser } from '../digest/teasers';

const TEASERS_TIMEOUT_MS = 5_000;

/** The teasers a page's extractor sent that hold up: same-site http(s) articles with a plain title. */
export function checkTeasers(raw: unknown, pageUrl: string): Teaser[] {
  if (!Array.isArray(raw)) return [];
  const out: Teaser[] = [];
  for (const t of raw.slice(0, MAX_TEASERS)) {
    if (typeof t !== 'object' || t === null) continue;
    const { url, title, date, thumbnail } = t as Record<string, unknown>;
    const checked = typeof url === 'string' ? teaserUrl(url, pageUrl) : null;
    if (!checked || typeof title !== 'string' || title.length > 300) continue;
    out.push({ url: checked, title, date: typeof date === 'string' && date.length <= 40 ? date : null, thumbnail: thumbnail === true });
  }
  return out;
}

/** The teasers of the page in `tabId` (whose URL is `pageUrl`); [] when it lists none or does not answer. */
export async function teasersOfTab(tabId: number, pageUrl: string, kind: DigestPageKind): Promise<Teaser[]> {
  const message: Message = { type: 'tinsach/teasers', kind };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), TEASERS_TIMEOUT_MS)));
  try {
    const reply: unknown = await Promise.race([browser.tabs.sendMessage(tabId, message), late]);
    return checkTeasers(reply, pageUrl);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}
