// One synced value with the hybrid-clock stamp of its last edit: the later stamp wins, on every device alike.
import { compareStamps, isStamp, type Stamp } from './clock';

export interface Field<T> {
  value: T;
  at: Stamp;
}

export const later = <T extends { at: Stamp }>(a: T | undefined, b: T | undefined): T | undefined =>
  !a ? b : !b ? a : compareStamps(a.at, b.at) >= 0 ? a : b;

export const copyStamp = (s: Stamp): Stamp => ({ wall: s.wall, count: s.count, device: s.device });

/** A field from another device's file (untrusted): a fresh copy when value and stamp have their shapes. */
export function parseField<T>(raw: unknown, isValue: (v: unknown) => v is T): Field<T> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const f = raw as Record<string, unknown>;
  return isValue(f.value) && isStamp(f.at) ? { value: f.value, at: copyStamp(f.at) } : undefined;
}

export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** The own entries of an object from a file; nothing for anything else (arrays, null, text). */
export const ownEntries = (raw: unknown): [string, unknown][] =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.entries(raw) : [];
