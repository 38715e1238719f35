// What the popup says when a page cannot be read or a save fails, in the UI language. The messages
// themselves live with their producers (utils/model/article.ts, utils/library/errors.ts; the timeout, which is the popup's own, is here);
// this only picks the language and falls back sensibly for reasons it does not know.
import { FAILURE_MESSAGES, PAGE_KIND_MESSAGES, type FailureReason, type PageKind } from '../model/article';
import { LIBRARY_ERROR_MESSAGES, type LibraryErrorCode } from '../library/errors';
import type { Lang } from '../i18n/i18n';

/** The popup's own failure: the page did not answer in time (a frozen or very slow tab). */
export const TIMEOUT_MESSAGES = {
  vi: 'Trang phản hồi quá lâu. Hãy đợi trang tải xong rồi bấm “Thử lại”.',
  en: 'The page took too long to answer. Wait for it to finish loading, then press “Try again”.',
};

export type PopupFailureReason = FailureReason | 'timeout';

export function isFailureReason(reason: string): reason is PopupFailureReason {
  return reason === 'timeout' || Object.prototype.hasOwnProperty.call(FAILURE_MESSAGES, reason);
}

export function failureMessage(reason: PopupFailureReason, lang: Lang, pageKind?: PageKind): string {
  if (reason === 'not-article' && pageKind && Object.prototype.hasOwnProperty.call(PAGE_KIND_MESSAGES, pageKind)) return PAGE_KIND_MESSAGES[pageKind][lang];
  return reason === 'timeout' ? TIMEOUT_MESSAGES[lang] : FAILURE_MESSAGES[reason][lang];
}

/** Which way forward each failure offers (besides "Open library", always there). */
export function failureActions(reason: PopupFailureReason): { retry: boolean; report: boolean } {
  return {
    // Waiting or reloading can fix these; the others depend on the page itself.
    retry: reason === 'timeout' || reason === 'error',
    // A page the reader believes IS an article is worth a report; the browser's own pages are not.
    report: reason !== 'restricted',
  };
}

/** The message for a failed save reply ({reason, message}) in the UI language. */
export function saveFailureMessage(reason: string, fallback: string, lang: Lang): string {
  if (Object.prototype.hasOwnProperty.call(LIBRARY_ERROR_MESSAGES, reason)) {
    return LIBRARY_ERROR_MESSAGES[reason as LibraryErrorCode][lang];
  }
  if (isFailureReason(reason)) return failureMessage(reason, lang);
  return fallback;
}
