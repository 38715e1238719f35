// One way to keep a small record of choices in browser.storage.local under one key: read it, check every field
// against its allowed values, and take the default for any field that is missing or wrong. Storage can hold
// anything an older version (or a sync from elsewhere) wrote, and a bad value must never keep a page from
// opening. The store is injected (the pages pass browser.storage.local), so this stays free of browser.*.

/** The subset of `browser.storage.local` used here. */
export interface SettingsStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** For each field, the test a stored value must pass to be kept. */
export type FieldChecks<T> = { [K in keyof T]: (value: unknown) => value is T[K] };

/** A value is kept when it is one of `allowed`. */
export const oneOf =
  <T>(allowed: readonly T[]) =>
  (value: unknown): value is T =>
    allowed.includes(value as T);

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Any stored value → a valid record: each field as stored when it passes its check, else its default. */
export function normalizeRecord<T extends object>(raw: unknown, defaults: Readonly<T>, checks: FieldChecks<T>): T {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out = { ...defaults } as T;
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const value = stored[key];
    if (checks[key](value)) out[key] = value;
  }
  return out;
}

/** Reads the record under `key`; the defaults when storage is unavailable (rare: a profile error). */
export async function loadRecord<T>(store: SettingsStore, key: string, normalize: (raw: unknown) => T, defaults: Readonly<T>): Promise<T> {
  try {
    const got = await store.get(key);
    return normalize(got[key]);
  } catch {
    return { ...defaults };
  }
}
