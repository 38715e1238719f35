// A device's state file: its merged view of the reading state plus the newest content version of each article.
// Encrypted under the logical name "state/<device>", so a server cannot hand one device's file in place of
// another's. What comes from another device is parsed field by field (merge.ts parseState) and bounded.
import { compareStamps, isStamp } from './clock';
import { parseState, type Field, type LibraryState } from './merge';

export interface StateFile {
  version: 1;
  device: string;
  state: LibraryState;
  versions: Record<string, Field<string>>;
}

export const stateLogicalName = (device: string): string => `state/${device}`;

export function parseStateFile(raw: unknown): StateFile | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.version !== 1 || typeof r.device !== 'string') return null;
  const state = parseState(r.state);
  if (!state || typeof r.versions !== 'object' || r.versions === null) return null;
  const versions = Object.create(null) as Record<string, Field<string>>;
  for (const [id, v] of Object.entries(r.versions as Record<string, unknown>)) {
    if (!/^a[0-9a-z]{11}$/.test(id) || typeof v !== 'object' || v === null) continue;
    const f = v as Record<string, unknown>;
    if (typeof f.value === 'string' && /^[0-9a-f]{64}$/.test(f.value) && isStamp(f.at)) {
      versions[id] = { value: f.value, at: { wall: f.at.wall, count: f.at.count, device: f.at.device } };
    }
  }
  return { version: 1, device: r.device, state, versions };
}

/** The later version of each article (the same rule as every other field: the later stamp wins). */
export function mergeVersions(a: Record<string, Field<string>>, b: Record<string, Field<string>>): Record<string, Field<string>> {
  const out = Object.create(null) as Record<string, Field<string>>;
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[id];
    const y = b[id];
    out[id] = !x ? y! : !y ? x : compareStamps(x.at, y.at) >= 0 ? x : y;
  }
  return out;
}
