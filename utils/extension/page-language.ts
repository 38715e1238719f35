// Extension glue (one of the few utils/ modules that call browser.*): every extension page's language.
// The stored choice is read before the page's interface is set up, so the first frame is already in the
// right language; choosing another language stores it and reloads the page into it.
import { browser } from '#imports';
import { langOverrideFromQuery, plannedLang, type Lang, type LanguageChoice, type MessageKey } from '../i18n/i18n';
import { loadCatalog } from '../i18n/load-catalog';
import { loadPrefs, updatePrefs, type InterfacePrefs } from '../prefs/interface-prefs';
import { setUpPage, withoutLangOverride } from '../ui/page-setup';

export interface PageLanguage {
  lang: Lang;
  prefs: InterfacePrefs;
}

/** Reads the stored preferences (or takes them from a read already on its way) and sets the page up in the
 *  language they resolve to. */
export async function setUpPageLanguage(titleKey: MessageKey, stored?: Promise<InterfacePrefs>): Promise<PageLanguage> {
  const prefs = await (stored ?? loadPrefs(browser.storage.local));
  const options = {
    search: location.search,
    uiLanguage: browser.i18n.getUILanguage(),
    getMessage: (key: MessageKey, subs?: string | string[]) => browser.i18n.getMessage(key, subs),
    titleKey,
    choice: prefs.language,
    preferredLanguages: navigator.languages ?? [],
  };
  // The browser answers in its own language; any other needs its catalog, fetched before the first t().
  const planned = plannedLang({ ...options, override: langOverrideFromQuery(options.search) });
  if (!planned.browserMessages) await loadCatalog(planned.lang);
  return { lang: setUpPage(document, options), prefs };
}

/**
 * Stores the reader's language and reloads this page into it (dropping a `?lang=` that would win over it);
 * no reload when the page already is in that language (`current`).
 */
export async function chooseLanguage(choice: LanguageChoice, current?: Lang): Promise<void> {
  await updatePrefs(browser.storage.local, { language: choice });
  if (choice !== current) location.replace(withoutLangOverride(location.href));
}

/** Stores other interface preferences (what the popup folds, a dismissed notice); failures are harmless. */
export function rememberPrefs(patch: Partial<InterfacePrefs>): void {
  void updatePrefs(browser.storage.local, patch).catch(() => undefined);
}
