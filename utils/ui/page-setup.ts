// What every extension page does first: pick the UI language (browser locale, or `?lang=` override),
// set <html lang>, and put the saved theme on <html>. The browser functions are passed in (utils/ rule).
import { configureI18n, langOverrideFromQuery, t, type Lang, type MessageKey } from '../i18n';

export interface PageSetupOptions {
  search: string;
  uiLanguage: string;
  getMessage: (key: MessageKey, subs?: string | string[]) => string;
  titleKey: MessageKey;
}

export function setUpPage(doc: Document, opts: PageSetupOptions): Lang {
  const lang = configureI18n({
    uiLanguage: opts.uiLanguage,
    getMessage: opts.getMessage,
    override: langOverrideFromQuery(opts.search),
  });
  doc.documentElement.lang = lang;
  doc.title = `${t(opts.titleKey)} — ${t('extName')}`;
  return lang;
}
