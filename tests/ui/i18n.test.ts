import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configureI18n, currentLang, formatEntry, langFromLocale, langOverrideFromQuery, t } from '../../utils/i18n/i18n';
import { catalogs } from '../../utils/i18n/catalogs';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(tsx?|html)$/.test(name) ? [p] : [];
  });
}

afterEach(() => configureI18n({ override: 'vi' }));

describe('message catalogs', () => {
  const { vi, en } = catalogs();

  it('vi and en define exactly the same keys, with valid names and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const a = vi[key]!;
      const b = en[key]!;
      expect(a.message.trim(), key).not.toBe('');
      expect(b.message.trim(), key).not.toBe('');
      expect(Object.keys(b.placeholders ?? {}).sort(), key).toEqual(Object.keys(a.placeholders ?? {}).sort());
      // Every $name$ used in a message is defined, in both languages.
      for (const entry of [a, b]) {
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) expect(entry.placeholders?.[name!], `${key}: $${name}$`).toBeDefined();
      }
    }
  });

  it('defines every key the manifest and the background use', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8') + readFileSync(join(ROOT, 'entrypoints/background.ts'), 'utf8');
    const used = new Set([...config.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!));
    for (const m of config.matchAll(/(?:getMessage\(|messageIn\(\w+, )'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThanOrEqual(6);
    for (const key of used) {
      expect(vi[key], key).toBeDefined();
      expect(en[key], key).toBeDefined();
    }
    // Chrome Web Store limits: name ≤ 75, description ≤ 132 characters.
    expect(vi.extName!.message.length).toBeLessThanOrEqual(75);
    expect(vi.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('every t() key used by the UI exists, and no catalog key is unused', () => {
    const files = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints')), ...sourceFiles(join(ROOT, 'utils/ui')), join(ROOT, 'utils/figures/kind-names.ts'), join(ROOT, 'utils/sync/failure.ts'), join(ROOT, 'utils/sync/config.ts')];
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n') + readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const used = new Set([...text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    for (const key of used) expect(vi[key], key).toBeDefined();
    // Keys used indirectly (tables of keys) are quoted in the sources too.
    const unused = Object.keys(vi).filter((k) => !text.includes(`'${k}'`) && !text.includes(`__MSG_${k}__`) && k !== 'menuSave');
    expect(unused).toEqual([]);
  });
});

describe('t()', () => {
  it('uses the browser getMessage when given, else the bundled catalog', () => {
    configureI18n({ uiLanguage: 'vi', getMessage: (key) => (key === 'actionSave' ? 'FROM BROWSER' : '') });
    expect(t('actionSave')).toBe('FROM BROWSER');
    // An empty answer (missing message) falls back to the bundle.
    expect(t('actionRetry')).toBe('Thử lại');
  });

  it('substitutes placeholders like the browser does', () => {
    configureI18n({ override: 'vi' });
    expect(t('readingMinutes', 5)).toBe('5 phút đọc');
    expect(t('statusImported', [3, 1, 0, 2])).toBe('Đã nhập xong: thêm 3, cập nhật 1, giữ nguyên 0, bỏ qua 2.');
    configureI18n({ override: 'en' });
    expect(t('readingMinutes', 5)).toBe('5 min read');
    expect(formatEntry({ message: 'Cost: $$$arg1$', placeholders: { arg1: { content: '$1' } } }, ['5'])).toBe('Cost: $5');
  });

  it('?lang=en overrides the browser language', () => {
    expect(langOverrideFromQuery('?tabId=3&lang=en')).toBe('en');
    expect(langOverrideFromQuery('?lang=fr')).toBeNull();
    configureI18n({ uiLanguage: 'vi', getMessage: () => 'VI FROM BROWSER', override: langOverrideFromQuery('?lang=en') });
    expect(currentLang()).toBe('en');
    expect(t('actionSave')).toBe('Save');
  });

  it('English only for English locales; Vietnamese (the default locale) otherwise', () => {
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('en')).toBe('en');
    expect(langFromLocale('vi')).toBe('vi');
    expect(langFromLocale('fr-FR')).toBe('vi');
    expect(langFromLocale(undefined)).toBe('vi');
  });
});

describe('one catalog per page', () => {
  it('needs no catalog when the browser answers in the page language, and names the one it needs otherwise', async () => {
    const { plannedLang } = await import('../../utils/i18n/i18n');
    const getMessage = () => 'x';
    expect(plannedLang({ uiLanguage: 'vi', getMessage, preferredLanguages: ['vi'] })).toEqual({ lang: 'vi', browserMessages: true });
    expect(plannedLang({ uiLanguage: 'vi', getMessage, choice: 'en' })).toEqual({ lang: 'en', browserMessages: false });
    expect(plannedLang({ uiLanguage: 'en-US', getMessage, override: 'en' })).toEqual({ lang: 'en', browserMessages: false });
  });

  it('keeps the two catalogs out of the popup bundle: each is its own chunk, fetched only when needed', async () => {
    const { readFileSync } = await import('node:fs');
    const i18n = readFileSync(new URL('../../utils/i18n/i18n.ts', import.meta.url), 'utf8');
    // Only a type comes from a catalog file here; the values are imported by catalogs.ts and load-catalog.ts.
    expect(i18n).not.toMatch(/^import (?!type)[^\n]*messages\.json/m);
    const loader = readFileSync(new URL('../../utils/i18n/load-catalog.ts', import.meta.url), 'utf8');
    expect(loader).toMatch(/await import\('\.\.\/\.\.\/public\/_locales\/en\/messages\.json'\)/);
  });
});
