// One language's catalog, fetched when a page needs it (a `?lang=` override, or a chosen language other than
// the browser's): each catalog is its own chunk, so a page never downloads and parses both.
import { registerCatalog, registeredCatalog, type Catalog, type Lang } from './i18n';

export async function loadCatalog(lang: Lang): Promise<void> {
  if (registeredCatalog(lang)) return;
  const catalog = lang === 'en'
    ? (await import('../../public/_locales/en/messages.json')).default
    : (await import('../../public/_locales/vi/messages.json')).default;
  registerCatalog(lang, catalog as Catalog);
}
