// Reading settings, kept in browser.storage.local under one key and read back field by field against the
// allowed values (stored-record.ts).
import { isBoolean, loadRecord, normalizeRecord, oneOf, type FieldChecks, type SettingsStore } from './stored-record';

export type Theme = 'light' | 'sepia' | 'dark' | 'system';
export type FontFamily = 'serif' | 'sans';
export type LineWidth = 'narrow' | 'medium' | 'wide';

export interface ReaderSettings {
  /** CSS pixels of the reader's body text. */
  fontSize: number;
  fontFamily: FontFamily;
  lineWidth: LineWidth;
  lineHeight: number;
  theme: Theme;
  highlightFigures: boolean;
  /** Speech rate for read-aloud (Web Speech API: 1 = normal). */
  speechRate: number;
}

/** Seven steps from comfortable (20 px, the reader's minimum) to very large (40 px) for low vision. */
export const FONT_SIZES = [20, 22, 24, 28, 32, 36, 40] as const;
export const LINE_HEIGHTS = [1.5, 1.7, 1.9, 2.2] as const;
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans'];
export const SPEECH_RATES = [0.8, 0.9, 1, 1.15, 1.3] as const;

/** Max text width per line-width setting, in `ch` (about 60–75 characters reads best). */
export const LINE_WIDTH_CH: Record<LineWidth, number> = { narrow: 55, medium: 68, wide: 85 };

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  fontSize: 22,
  fontFamily: 'serif',
  lineWidth: 'medium',
  lineHeight: 1.7,
  theme: 'system',
  highlightFigures: true,
  speechRate: 1,
});

export const SETTINGS_KEY = 'readerSettings';

const SETTINGS_CHECKS: FieldChecks<ReaderSettings> = {
  fontSize: oneOf<number>(FONT_SIZES),
  fontFamily: oneOf(FONT_FAMILIES),
  lineWidth: oneOf(LINE_WIDTHS),
  lineHeight: oneOf<number>(LINE_HEIGHTS),
  theme: oneOf(THEMES),
  highlightFigures: isBoolean,
  speechRate: oneOf<number>(SPEECH_RATES),
};

/** Any stored value → valid settings; unknown or out-of-range fields take their default. */
export const normalizeSettings = (raw: unknown): ReaderSettings => normalizeRecord(raw, DEFAULT_SETTINGS, SETTINGS_CHECKS);

export const loadSettings = (store: SettingsStore): Promise<ReaderSettings> =>
  loadRecord(store, SETTINGS_KEY, normalizeSettings, DEFAULT_SETTINGS);

export async function saveSettings(store: SettingsStore, settings: ReaderSettings): Promise<void> {
  await store.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

/** The next font size step up or down (keyboard shortcuts and the A−/A+ buttons). */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const i = FONT_SIZES.indexOf(current as (typeof FONT_SIZES)[number]);
  const from = i === -1 ? FONT_SIZES.indexOf(DEFAULT_SETTINGS.fontSize as (typeof FONT_SIZES)[number]) : i;
  const next = Math.min(FONT_SIZES.length - 1, Math.max(0, from + direction));
  return FONT_SIZES[next] ?? DEFAULT_SETTINGS.fontSize;
}
