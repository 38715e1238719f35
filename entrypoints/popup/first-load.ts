// The popup's first questions (the tab, its article, the stored preferences), taken from the small script the
// popup's HTML runs before these modules (entrypoints/popup-questions.ts), or asked here if it did not run.
// Imported first by main.ts, so a question asked here still leaves before the interface's modules are evaluated;
// a second open is answered from the extractor's cache in that one message.
import { askPopupQuestions, takePopupQuestions } from '../../utils/extension/popup-questions';
import { loadArticle } from './load-article';

const questions = takePopupQuestions() ?? askPopupQuestions(location.search);

export const tabPromise = questions.tab;
export const firstLoad = loadArticle(tabPromise, questions.article);
export const prefsPromise = questions.prefs;
