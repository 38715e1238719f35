// The popup's first questions, asked by a small script of their own (entrypoints/popup-questions.ts) that the
// popup's HTML loads before the interface: which tab, its article, and the stored preferences. The interface's
// modules take longer to load than the page takes to answer a second open, and on a first open the extractor's
// injection and the page's reading start that much sooner: asking first and loading the interface while the
// answer travels puts the first screen up soonest (measured with `npm run bench`). The interface takes the
// questions from the global below, or asks them itself if the small script did not run (popup/first-load.ts).
import { browser } from '#imports';
import { tabIdFromQuery } from '../ui/query';
import { loadPrefs, type InterfacePrefs } from '../prefs/interface-prefs';
import { extractFromTab, type TabExtractResult } from './tab-extract';
import { failure } from '../model/article';

export interface TargetTab {
  id: number;
  /** The tab's URL; a promise while it is still being looked up. */
  url: string | Promise<string | undefined>;
}

export interface PopupQuestions {
  tab: Promise<TargetTab>;
  /** The page's article, or its refusal with a list page's teasers (the extractor injected if need be). */
  article: Promise<TabExtractResult>;
  prefs: Promise<InterfacePrefs>;
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

/** Asks the three questions at once; never rejects (a failed question settles as a failure the popup explains). */
export function askPopupQuestions(search: string): PopupQuestions {
  const tab = targetTab(search).catch((): TargetTab => ({ id: -1, url: '' }));
  const article = tab.then((t) => (t.id < 0 ? failure('error') : extractFromTab(t.id, undefined, t.url, { teasers: true })));
  return { tab, article, prefs: loadPrefs(browser.storage.local) };
}

const QUESTIONS_KEY = Symbol.for('tin-sach.popup-questions');

/** Leaves the questions for the interface's modules (same page, same global object). */
export function leavePopupQuestions(questions: PopupQuestions): void {
  (globalThis as unknown as Record<symbol, PopupQuestions>)[QUESTIONS_KEY] = questions;
}

/** The questions the small script asked, once; undefined when it did not run. */
export function takePopupQuestions(): PopupQuestions | undefined {
  const store = globalThis as unknown as Record<symbol, PopupQuestions | undefined>;
  const questions = store[QUESTIONS_KEY];
  delete store[QUESTIONS_KEY];
  return questions;
}
