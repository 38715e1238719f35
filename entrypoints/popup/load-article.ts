// The popup's question to the page: which tab, and its article. Kept apart from the interface so that
// the question can leave before the interface is set up (see first-load.ts).
import { checkedFindings } from '../../utils/model/page-findings';
import type { PopupLoadResult } from '../../components/popup/PopupApp';
import { isAnalysed } from '../../utils/model/is-analysed';
import { extractFromTab, type TabExtractResult } from '../../utils/extension/tab-extract';
import type { TargetTab } from '../../utils/extension/popup-questions';
import { checkTeasers, teasersOfTab } from '../../utils/extension/tab-teasers';
import type { DigestPageKind, PageDigest, Teaser } from '../../utils/digest/teasers';
import { digestKindOf } from '../../utils/digest/digest-kind';

/** `sent`: the teasers that came with the extractor's refusal; asked for on their own only when none came. */
async function digestOfTab(tab: TargetTab, kind: DigestPageKind, sent: Teaser[] | undefined): Promise<PageDigest | undefined> {
  const pageUrl = (await Promise.resolve(tab.url).catch(() => undefined)) ?? '';
  if (!/^https?:/i.test(pageUrl)) return undefined;
  const teasers = sent ? checkTeasers(sent, pageUrl) : await teasersOfTab(tab.id, pageUrl, kind);
  return teasers.length > 0 ? { pageUrl, kind, teasers } : undefined;
}

/**
 * Extract (or take the extractor's cached answer) and make sure it is analysed. Never rejects. `asked`: the page's
 * answer to the question the popup asked before its interface loaded (utils/extension/popup-questions.ts).
 */
export async function loadArticle(tabPromise: Promise<TargetTab>, asked?: Promise<TabExtractResult>): Promise<PopupLoadResult> {
  const tab = await tabPromise.catch((): TargetTab => ({ id: -1, url: '' }));
  if (tab.id < 0) return { ok: false, reason: 'error', message: '' };
  // A list page's teasers come in the same reply as its refusal: the digest needs no second question.
  const result = await (asked ?? extractFromTab(tab.id, undefined, tab.url, { teasers: true }));
  performance.mark('reply');
  if (!result.ok) {
    const pageKind = 'pageKind' in result ? result.pageKind : undefined;
    const found = 'found' in result ? checkedFindings(result.found) : undefined;
    const refused = { ok: false as const, reason: result.reason, message: result.message, ...(pageKind ? { pageKind } : {}), ...(found ? { found } : {}) };
    // A page that lists articles gets its digest instead of a refusal (utils/digest/digest-kind.ts).
    const kind = digestKindOf(result);
    const digest = kind ? await digestOfTab(tab, kind, 'teasers' in result ? result.teasers : undefined) : undefined;
    return digest ? { ...refused, digest } : refused;
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
