// The popup's question to the page: which tab, and its article. Kept apart from the interface so that
// the question can leave before the interface is set up (see first-load.ts).
import { checkedFindings } from '../../utils/model/page-findings';
import { browser } from '#imports';
import type { PopupLoadResult } from '../../components/popup/PopupApp';
import { isAnalysed } from '../../utils/model/is-analysed';
import { extractFromTab } from '../../utils/extension/tab-extract';
import { tabIdFromQuery } from '../../utils/ui/query';

export interface TargetTab {
  id: number;
  /** The tab's URL; a promise while it is still being looked up. */
  url: string | Promise<string | undefined>;
}

/** From ?tabId=N (tests, "open in its own window"), else the active tab of the current window. */
export async function targetTab(search: string): Promise<TargetTab> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) {
    // The id is known: the question can go now, with the URL looked up alongside (see extractFromTab).
    const url = browser.tabs.get(fromQuery).then((tab) => tab?.url, () => undefined);
    return { id: fromQuery, url };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: active?.id ?? -1, url: active?.url ?? '' };
}

/** Extract (or take the extractor's cached answer) and make sure it is analysed. Never rejects. */
export async function loadArticle(tabPromise: Promise<TargetTab>): Promise<PopupLoadResult> {
  const tab = await tabPromise.catch((): TargetTab => ({ id: -1, url: '' }));
  if (tab.id < 0) return { ok: false, reason: 'error', message: '' };
  const result = await extractFromTab(tab.id, undefined, tab.url);
  performance.mark('reply');
  if (!result.ok) {
    const found = 'found' in result ? checkedFindings(result.found) : undefined;
    return { ok: false, reason: result.reason, message: result.message, ...('pageKind' in result && result.pageKind ? { pageKind: result.pageKind } : {}), ...(found ? { found } : {}) };
  }
  try {
    // The extractor sends the article analysed; an older one would not (then analyse here, lazily loaded).
    const article = isAnalysed(result.article)
      ? result.article
      : (await import('../../utils/analysis/analyse-article')).analyseArticle(result.article);
    return { ok: true, article };
  } catch (e) {
    console.error('[tin-sach] analyse failed', e);
    return { ok: false, reason: 'error', message: '' };
  }
}
