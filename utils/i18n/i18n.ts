// Every visible string goes through t(). In the extension, the pages call configureI18n() with
// browser.i18n.getMessage (so the browser's own locale negotiation applies); with a `?lang=` override or a
// chosen language other than the browser's, a catalog answers instead. No catalog is bundled here: a page
// registers only the one it needs (registerCatalog; loaded lazily by utils/extension/page-language.ts, or
// both at once by catalogs.ts for the background and the tests), so the popup does not carry both languages
// on its first-paint path. This module never calls browser.* itself (utils/ rule): the entrypoints inject
// the browser functions.
import type viCatalog from '../../public/_locales/vi/messages.json';

export type Lang = 'vi' | 'en';
/** The reader's choice in the settings or the popup menu; 'auto' follows the browser (resolveLang). */
export type LanguageChoice = 'auto' | Lang;
/** A key of the default (Vietnamese) catalog: a typo in t('…') is a type error. */
export type MessageKey = keyof typeof viCatalog;
export type Substitutions = string | number | ReadonlyArray<string | number>;

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, MessageEntry>;

const CATALOGS: Partial<Record<Lang, Catalog>> = {};

/** Makes a language's catalog available to t() (and to messageIn in catalogs.ts). */
export function registerCatalog(lang: Lang, catalog: Catalog): void {
  CATALOGS[lang] = catalog;
}

export function registeredCatalog(lang: Lang): Catalog | undefined {
  return CATALOGS[lang];
}

type GetMessage = (key: MessageKey, substitutions?: string | string[]) => string;

interface I18nState {
  lang: Lang;
  /** browser.i18n.getMessage, unless a `?lang=` override asks for a bundled catalog. */
  getMessage: GetMessage | null;
}

const state: I18nState = { lang: 'vi', getMessage: null };

/** 'en…' → English; everything else → Vietnamese, the default locale (the browser falls back to it too). */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^en\b/i.test(locale ?? '') ? 'en' : 'vi';
}

/** `?lang=en` / `?lang=vi` on the three pages (screenshot tests render English whatever the browser locale). */
export function langOverrideFromQuery(search: string): Lang | null {
  const value = new URLSearchParams(search).get('lang');
  return value === 'en' || value === 'vi' ? value : null;
}

/**
 * The language of the interface when no `?lang=` asks otherwise: the reader's own choice; else Vietnamese
 * when any of the browser's preferred languages (navigator.languages) is Vietnamese — a Vietnamese reader
 * with an English browser; else the browser's UI language.
 */
export function resolveLang(choice: LanguageChoice, preferred: readonly string[], uiLanguage: string | null | undefined): Lang {
  if (choice !== 'auto') return choice;
  if (preferred.some((tag) => /^vi\b/i.test(tag))) return 'vi';
  return langFromLocale(uiLanguage);
}

export interface I18nOptions {
  /** browser.i18n.getUILanguage() */
  uiLanguage?: string;
  /** navigator.languages */
  preferredLanguages?: readonly string[];
  /** The stored choice (prefs.ts); 'auto' when absent. */
  choice?: LanguageChoice;
  /** browser.i18n.getMessage */
  getMessage?: GetMessage;
  /** From `?lang=`: wins over the browser and uses the bundled catalog of that language. */
  override?: Lang | null;
}

/** The language these options resolve to, and whether the browser's own messages can answer in it. */
export function plannedLang(opts: I18nOptions = {}): { lang: Lang; browserMessages: boolean } {
  if (opts.override) return { lang: opts.override, browserMessages: false };
  const lang = resolveLang(opts.choice ?? 'auto', opts.preferredLanguages ?? [], opts.uiLanguage);
  // The browser's messages are in its own UI language: when the reader chose the other one, a catalog answers.
  return { lang, browserMessages: !!opts.getMessage && lang === langFromLocale(opts.uiLanguage) };
}

export function configureI18n(opts: I18nOptions = {}): Lang {
  const { lang, browserMessages } = plannedLang(opts);
  state.lang = lang;
  state.getMessage = browserMessages ? (opts.getMessage ?? null) : null;
  return state.lang;
}

export function currentLang(): Lang {
  return state.lang;
}

/** BCP 47 tag for Intl and the `lang` attribute. */
export function intlLocale(lang: Lang = state.lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

function toList(subs: Substitutions | undefined): string[] {
  if (subs === undefined) return [];
  if (typeof subs === 'string' || typeof subs === 'number') return [String(subs)];
  return subs.map(String);
}

/**
 * Resolves a catalog entry the way browsers do: named `$name$` placeholders take their `content`
 * (which refers to `$1`…`$9`), then `$1`…`$9` take the substitutions, and `$$` is a literal dollar.
 */
export function formatEntry(entry: MessageEntry, subs: string[]): string {
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export function t(key: MessageKey, subs?: Substitutions): string {
  const list = toList(subs);
  if (state.getMessage) {
    const fromBrowser = state.getMessage(key, list.length ? list : undefined);
    if (fromBrowser) return fromBrowser;
  }
  return messageFrom(state.lang, key, list);
}

/** The message from a registered catalog (the language's, else Vietnamese, the default), or the key itself. */
export function messageFrom(lang: Lang, key: MessageKey, list: string[]): string {
  const entry = CATALOGS[lang]?.[key] ?? CATALOGS.vi?.[key];
  return entry ? formatEntry(entry, list) : key;
}

export function substitutionList(subs: Substitutions | undefined): string[] {
  return toList(subs);
}
