// A device's state file: its merged view of the reading state plus the newest content version of each article.
// Encrypted under the logical name "state/<device>", so a server cannot hand one device's file in place of
// another's. What comes from another device is parsed field by field (merge.ts parseState) and bounded.
import { later, parseField, type Field } from './field';
import { parseState, type LibraryState } from './merge';

export interface StateFile {
  version: 1;
  device: string;
  state: LibraryState;
  versions: Record<string, Field<string>>;
}

const isContentHash = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

export const stateLogicalName = (device: string): string => `state/${device}`;

export function parseStateFile(raw: unknown): StateFile | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.version !== 1 || typeof r.device !== 'string') return null;
  const state = parseState(r.state);
  if (!state || typeof r.versions !== 'object' || r.versions === null) return null;
  const versions = Object.create(null) as Record<string, Field<string>>;
  for (const [id, v] of Object.entries(r.versions as Record<string, unknown>)) {
    if (!/^a[0-9a-z]{11}$/.test(id)) continue;
    const f = parseField(v, isContentHash);
    if (f) versions[id] = f;
  }
  return { version: 1, device: r.device, state, versions };
}

/** The later version of each article (the same rule as every other field: the later stamp wins). */
export function mergeVersions(a: Record<string, Field<string>>, b: Record<string, Field<string>>): Record<string, Field<string>> {
  const out = Object.create(null) as Record<string, Field<string>>;
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    out[id] = later(a[id], b[id])!;
  }
  return out;
}
