// Interface preferences, kept in browser.storage.local apart from the reading settings (reading-settings.ts): the
// language, what the popup keeps folded, and the read-aloud notice the reader has dismissed. A separate key,
// changed field by field (updatePrefs reads, merges, writes), so a page that was open for a while cannot
// write back a stale language when it only folds the summary. Read back field by field (stored-record.ts).
import { isBoolean, loadRecord, normalizeRecord, oneOf, type FieldChecks, type SettingsStore } from './stored-record';
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

const PREFS_CHECKS: FieldChecks<InterfacePrefs> = {
  language: oneOf(LANGUAGE_CHOICES),
  summaryCollapsed: isBoolean,
  figuresCollapsed: isBoolean,
  voiceNoteDismissed: isBoolean,
};

/** Any stored value → valid preferences; unknown or mistyped fields take their default. */
export const normalizePrefs = (raw: unknown): InterfacePrefs => normalizeRecord(raw, DEFAULT_PREFS, PREFS_CHECKS);

/** Storage unavailable: the defaults (the browser's language) rather than a page that does not open. */
export const loadPrefs = (store: SettingsStore): Promise<InterfacePrefs> => loadRecord(store, PREFS_KEY, normalizePrefs, DEFAULT_PREFS);

/** Changes some fields and keeps the rest as stored now (not as this page last read them). */
export async function updatePrefs(store: SettingsStore, patch: Partial<InterfacePrefs>): Promise<InterfacePrefs> {
  const next = normalizePrefs({ ...(await loadPrefs(store)), ...patch });
  await store.set({ [PREFS_KEY]: next });
  return next;
}
