// Loaded with the registered content script on government and party sites (the manifest lists it first:
// tools/build/extractor-on-load.ts), where the background asks it to read every page on load; injected on demand
// (scripting.executeScript) into any other tab the reader opens the popup for. Loaded twice must not register two
// listeners, so the installed service is kept under a Symbol.for key: page scripts live in another JavaScript
// world and cannot see or clobber it. It reads nothing until asked.
// Figures and summary come from analyser.js when it is injected beside this (entrypoints/analyser.ts).
import { defineUnlistedScript, browser } from '#imports';
import { extractArticle } from '../utils/extract';
import { DEFAULT_LIMITS } from '../utils/extract/limits';
import { ANALYSER_KEY, createExtractService, type Analyse } from '../utils/messaging/extract-service';
import { isOwnSender } from '../utils/messaging/protocol';
import { listener } from '../utils/messaging/messenger';

const INSTALLED = Symbol.for('tin-sach.extractor');

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;

  // Extract once per page, analyse once an analyser is here; the answer is cached for every later request.
  // Analysis shares the extraction's wall-time budget (utils/extract/limits.ts): the tab is never kept busy longer.
  const service = createExtractService(document, (doc, url) => extractArticle(doc, url), {
    analyser: () => (globalThis as unknown as Record<symbol, Analyse | undefined>)[ANALYSER_KEY],
    budgetMs: DEFAULT_LIMITS.maxMillis,
  });
  browser.runtime.onMessage.addListener(
    listener((raw, sender) => (isOwnSender(sender, browser.runtime.id) ? service.handle(raw, sender) : undefined)),
  );
});
