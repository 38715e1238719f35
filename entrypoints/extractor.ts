// Injected on demand (scripting.executeScript) into the tab the reader opened the popup for.
// Injecting twice must not register two listeners, so the installed service is kept under a
// Symbol.for key: page scripts live in another JavaScript world and cannot see or clobber it.
import { defineUnlistedScript, browser } from '#imports';
import { extractArticle } from '../utils/extract';
import { analyseArticle } from '../utils/analyse';
import { DEFAULT_LIMITS } from '../utils/extract/limits';
import { createExtractService } from '../utils/extract-service';
import { isOwnSender, respond } from '../utils/messages';

const INSTALLED = Symbol.for('tin-sach.extractor');

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;

  // Extract and analyse (figures, summary) once per page; the answer is cached for every later request.
  // Analysis shares the extraction's wall-time budget (utils/extract/limits.ts): the tab is never kept busy longer.
  const service = createExtractService(document, (doc, url) => {
    const deadline = performance.now() + DEFAULT_LIMITS.maxMillis;
    const result = extractArticle(doc, url);
    return result.ok ? { ok: true, article: analyseArticle(result.article, { deadline }) } : result;
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const answer = service.handle(raw);
    return answer ? respond(answer, sendResponse) : undefined;
  });
});
