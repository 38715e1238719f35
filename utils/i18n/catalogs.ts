// Both catalogs, bundled and registered on import: for the background (its context menu has no page to ask
// the browser from) and the tests. Extension pages load only the catalog they need (page-language.ts).
import viCatalog from '../../public/_locales/vi/messages.json';
import enCatalog from '../../public/_locales/en/messages.json';
import { messageFrom, registerCatalog, substitutionList, type Catalog, type Lang, type MessageKey, type Substitutions } from './i18n';

const BUNDLED: Record<Lang, Catalog> = { vi: viCatalog as Catalog, en: enCatalog as Catalog };
registerCatalog('vi', BUNDLED.vi);
registerCatalog('en', BUNDLED.en);

/** One message in a given language (the background's menu, which has no page). */
export function messageIn(lang: Lang, key: MessageKey, subs?: Substitutions): string {
  return messageFrom(lang, key, substitutionList(subs));
}

/** The bundled catalogs, for the tests that keep vi and en complete and consistent. */
export function catalogs(): Readonly<Record<Lang, Catalog>> {
  return BUNDLED;
}
