// Interface preferences, kept in browser.storage.local apart from the reading settings (settings.ts): the
// language, what the popup keeps folded, and the read-aloud notice the reader has dismissed. A separate key,
// changed field by field (updatePrefs reads, merges, writes), so a page that was open for a while cannot
// write back a stale language when it only folds the summary. The store is injected (utils/ rule).
import type { SettingsStore } from './reading-settings';
import type { LanguageChoice } from '../i18n/i18n';

export interface InterfacePrefs {
  /** 'auto': Vietnamese when any of the browser's preferred languages is, else the browser's (i18n.ts). */
  language: LanguageChoice;
  /** The popup's summary card shows only its heading (by default it is open: it is the first screen's gist). */
  summaryCollapsed: boolean;
  /** The popup's key-figures card shows only its heading. */
  figuresCollapsed: boolean;
  /** "No Vietnamese voice" was dismissed: the reader does not show it again. */
  voiceNoteDismissed: boolean;
}

export const PREFS_KEY = 'interfacePrefs';

export const DEFAULT_PREFS: Readonly<InterfacePrefs> = Object.freeze({
  language: 'auto',
  summaryCollapsed: false,
  figuresCollapsed: false,
  voiceNoteDismissed: false,
});

const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', 'vi', 'en'];

/** Any stored value → valid preferences; unknown or mistyped fields take their default. */
export function normalizePrefs(raw: unknown): InterfacePrefs {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  return {
    language: LANGUAGE_CHOICES.includes(r.language as LanguageChoice) ? (r.language as LanguageChoice) : DEFAULT_PREFS.language,
    summaryCollapsed: flag(r.summaryCollapsed, DEFAULT_PREFS.summaryCollapsed),
    figuresCollapsed: flag(r.figuresCollapsed, DEFAULT_PREFS.figuresCollapsed),
    voiceNoteDismissed: flag(r.voiceNoteDismissed, DEFAULT_PREFS.voiceNoteDismissed),
  };
}

export async function loadPrefs(store: SettingsStore): Promise<InterfacePrefs> {
  try {
    const got = await store.get(PREFS_KEY);
    return normalizePrefs(got[PREFS_KEY]);
  } catch {
    // Storage unavailable: the defaults (the browser's language) rather than a page that does not open.
    return { ...DEFAULT_PREFS };
  }
}

/** Changes some fields and keeps the rest as stored now (not as this page last read them). */
export async function updatePrefs(store: SettingsStore, patch: Partial<InterfacePrefs>): Promise<InterfacePrefs> {
  const next = normalizePrefs({ ...(await loadPrefs(store)), ...patch });
  await store.set({ [PREFS_KEY]: next });
  return next;
}
