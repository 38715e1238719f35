// @vitest-environment jsdom
// The interface language: the reader's stored choice, else Vietnamese when any preferred
// browser language is, else the browser's; `?lang=` still wins (tests, screenshots); the choice persists.
import { afterEach, describe, expect, it } from 'vitest';
import { configureI18n, currentLang, resolveLang, t } from '../../utils/i18n/i18n';
import { messageIn } from '../../utils/i18n/catalogs';
import { DEFAULT_PREFS, loadPrefs, normalizePrefs, PREFS_KEY, updatePrefs } from '../../utils/prefs/interface-prefs';
import { setUpPage, withLangOverride, withoutLangOverride } from '../../utils/ui/page-setup';
import type { SettingsStore } from '../../utils/prefs/stored-record';

function memoryStore(initial: Record<string, unknown> = {}): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
    },
  };
}

/** browser.i18n.getMessage of an English Chrome. */
const englishBrowser = (key: string) => (key === 'actionSave' ? 'Save (browser)' : '');

afterEach(() => configureI18n({ override: 'vi' }));

describe('resolveLang', () => {
  it('a stored choice wins over the browser', () => {
    expect(resolveLang('vi', ['en-US'], 'en-US')).toBe('vi');
    expect(resolveLang('en', ['vi-VN', 'vi'], 'vi')).toBe('en');
  });

  it('auto: Vietnamese when any preferred language is Vietnamese, even in an English browser', () => {
    expect(resolveLang('auto', ['en-US', 'vi'], 'en-US')).toBe('vi');
    expect(resolveLang('auto', ['en-GB', 'fr', 'vi-VN'], 'en-GB')).toBe('vi');
  });

  it("auto without Vietnamese follows the browser's UI language", () => {
    expect(resolveLang('auto', ['en-US', 'fr'], 'en-US')).toBe('en');
    expect(resolveLang('auto', [], 'en')).toBe('en');
    // "video" is not Vietnamese; a locale the extension lacks falls back to its default, Vietnamese.
    expect(resolveLang('auto', ['video'], 'en-US')).toBe('en');
    expect(resolveLang('auto', ['fr-FR'], 'fr-FR')).toBe('vi');
  });
});

describe('configureI18n with a stored choice', () => {
  it('Vietnamese chosen in an English browser: the bundled Vietnamese catalog answers, not the browser', () => {
    expect(configureI18n({ uiLanguage: 'en-US', getMessage: englishBrowser, choice: 'vi', preferredLanguages: ['en-US'] })).toBe('vi');
    expect(t('actionSave')).toBe('Lưu');
  });

  it("the browser's own messages are used when the choice is its language", () => {
    configureI18n({ uiLanguage: 'en-US', getMessage: englishBrowser, choice: 'en', preferredLanguages: ['en-US'] });
    expect(t('actionSave')).toBe('Save (browser)');
  });

  it('?lang= wins over the stored choice', () => {
    configureI18n({ uiLanguage: 'en-US', getMessage: englishBrowser, choice: 'vi', override: 'en' });
    expect(currentLang()).toBe('en');
    expect(t('actionSave')).toBe('Save');
  });

  it('setUpPage puts the resolved language on <html> and in the title', () => {
    const lang = setUpPage(document, {
      search: '?id=abc',
      uiLanguage: 'en-US',
      getMessage: englishBrowser,
      titleKey: 'libraryHeading',
      choice: 'auto',
      preferredLanguages: ['en-US', 'vi'],
    });
    expect(lang).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(document.title).toBe('Thư viện Tin Sạch — Tin Sạch');
  });
});

describe('the context menu (background, no page)', () => {
  it('is titled in the resolved language from the bundled catalog', () => {
    expect(messageIn(resolveLang('auto', ['en-US', 'vi'], 'en-US'), 'menuSave')).toBe('Lưu bài này vào Tin Sạch');
    expect(messageIn(resolveLang('en', ['vi'], 'vi'), 'menuSave')).toBe('Save this article to Tin Sạch');
  });
});

describe('links between pages', () => {
  it('carry a ?lang= override to the page they open, and only then', () => {
    expect(withLangOverride('chrome-extension://x/reader.html?id=a1', '?tabId=3&lang=en')).toBe('chrome-extension://x/reader.html?id=a1&lang=en');
    expect(withLangOverride('chrome-extension://x/library.html', '?lang=vi')).toBe('chrome-extension://x/library.html?lang=vi');
    expect(withLangOverride('chrome-extension://x/library.html', '?tabId=3')).toBe('chrome-extension://x/library.html');
  });

  it('a page reloads into the chosen language without its override', () => {
    expect(withoutLangOverride('chrome-extension://x/popup.html?tabId=3&lang=en')).toBe('chrome-extension://x/popup.html?tabId=3');
    expect(withoutLangOverride('moz-extension://u/reader.html?lang=vi&id=a1')).toBe('moz-extension://u/reader.html?id=a1');
  });
});

describe('interface preferences in storage', () => {
  it('default to following the browser, the summary and the figures open, no note dismissed', async () => {
    expect(await loadPrefs(memoryStore())).toEqual(DEFAULT_PREFS);
    expect(DEFAULT_PREFS).toEqual({ language: 'auto', summaryCollapsed: false, figuresCollapsed: false, voiceNoteDismissed: false });
  });

  it('garbage from an older version or another profile falls back field by field', () => {
    expect(normalizePrefs({ language: 'fr', summaryCollapsed: 'no', figuresCollapsed: true, voiceNoteDismissed: 1 })).toEqual({
      ...DEFAULT_PREFS,
      figuresCollapsed: true,
    });
    expect(normalizePrefs(null)).toEqual(DEFAULT_PREFS);
  });

  it('an update changes only its fields and keeps what another page stored meanwhile', async () => {
    const store = memoryStore();
    await updatePrefs(store, { summaryCollapsed: false }); // the popup shows the whole summary
    await updatePrefs(store, { language: 'en' }); // the reader, open since before, picks English
    expect(await loadPrefs(store)).toEqual({ ...DEFAULT_PREFS, summaryCollapsed: false, language: 'en' });
    expect(store.data[PREFS_KEY]).toEqual({ ...DEFAULT_PREFS, summaryCollapsed: false, language: 'en' });
  });

  it('a storage failure reads as the defaults (the page still opens)', async () => {
    const broken: SettingsStore = { get: () => Promise.reject(new Error('IO error')), set: () => Promise.reject(new Error('IO error')) };
    expect(await loadPrefs(broken)).toEqual(DEFAULT_PREFS);
  });
});
