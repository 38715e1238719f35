// JSON with sorted keys: two records with the same content compare equal whatever order their keys were
// written in (a backup written by another build may order them differently).
export function stableStringify(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && !ArrayBuffer.isView(value)) {
      const o = value as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return value;
  });
}
