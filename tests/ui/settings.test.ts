import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  FONT_SIZES,
  loadSettings,
  normalizeSettings,
  saveSettings,
  SETTINGS_KEY,
  stepFontSize,
} from '../../utils/prefs/reading-settings';
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

describe('reader settings', () => {
  it('font sizes: at least 5 steps, reader minimum 20 px, up to very large', () => {
    expect(FONT_SIZES.length).toBeGreaterThanOrEqual(5);
    expect(FONT_SIZES[0]).toBeGreaterThanOrEqual(20);
    expect(FONT_SIZES.at(-1)).toBeGreaterThanOrEqual(36);
    expect([...FONT_SIZES].sort((a, b) => a - b)).toEqual([...FONT_SIZES]);
    expect(DEFAULT_SETTINGS.fontSize).toBeGreaterThanOrEqual(20);
  });

  it('round-trips through storage', async () => {
    const store = memoryStore();
    expect(await loadSettings(store)).toEqual(DEFAULT_SETTINGS);
    const next = { ...DEFAULT_SETTINGS, fontSize: 32, theme: 'dark' as const, fontFamily: 'sans' as const, highlightFigures: false };
    await saveSettings(store, next);
    expect(await loadSettings(store)).toEqual(next);
  });

  it('repairs whatever storage holds, field by field', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { fontSize: 999, theme: 'neon', lineHeight: 1.9, highlightFigures: 'yes', fontFamily: 'sans', __proto__: { x: 1 } } });
    const s = await loadSettings(store);
    expect(s).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 1.9, fontFamily: 'sans' });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to defaults when storage fails', async () => {
    const broken: SettingsStore = { get: async () => Promise.reject(new Error('IO')), set: async () => undefined };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('steps the font size within bounds', () => {
    expect(stepFontSize(22, 1)).toBe(24);
    expect(stepFontSize(22, -1)).toBe(20);
    expect(stepFontSize(20, -1)).toBe(20);
    expect(stepFontSize(40, 1)).toBe(40);
    expect(stepFontSize(21, 1)).toBe(24);
  });
});
