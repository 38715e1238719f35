// What every extension page does first: pick the UI language (`?lang=` override, else the reader's stored
// choice, else the browser's preferred languages — see resolveLang), set <html lang>, and title the page.
// The browser functions and the stored choice are passed in (utils/ rule).
import { configureI18n, langOverrideFromQuery, t, type Lang, type LanguageChoice, type MessageKey } from '../i18n/i18n';

export interface PageSetupOptions {
  search: string;
  uiLanguage: string;
  getMessage: (key: MessageKey, subs?: string | string[]) => string;
  titleKey: MessageKey;
  /** The stored language choice (prefs.ts). */
  choice?: LanguageChoice;
  /** navigator.languages */
  preferredLanguages?: readonly string[];
}

export function setUpPage(doc: Document, opts: PageSetupOptions): Lang {
  const lang = configureI18n({
    uiLanguage: opts.uiLanguage,
    getMessage: opts.getMessage,
    override: langOverrideFromQuery(opts.search),
    choice: opts.choice,
    preferredLanguages: opts.preferredLanguages,
  });
  doc.documentElement.lang = lang;
  doc.title = `${t(opts.titleKey)} — ${t('extName')}`;
  return lang;
}

/**
 * `url` with this page's `?lang=` override carried over (a page opened from a `?lang=en` page is in English
 * too); without an override the new page resolves the same stored choice by itself.
 */
export function withLangOverride(url: string, search: string): string {
  const lang = langOverrideFromQuery(search);
  if (!lang) return url;
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** This page's address without `?lang=`: after the reader picks a language, the page reloads into it. */
export function withoutLangOverride(href: string): string {
  const u = new URL(href);
  u.searchParams.delete('lang');
  return u.toString();
}
