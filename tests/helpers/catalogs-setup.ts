// Every test file runs with both catalogs registered, as the tests assert strings in both languages; the
// extension's pages load only the catalog they need (utils/extension/page-language.ts).
import '../../utils/i18n/catalogs';
