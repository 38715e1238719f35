// Command-line options shared by train-summary and eval-summary.

export function option(argv: readonly string[], name: string): string | undefined {
  const k = argv.indexOf(name);
  if (k >= 0) return argv[k + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

export function numberOption(argv: readonly string[], name: string, fallback: number): number {
  const v = option(argv, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} wants a non-negative number, got ${v}`);
  return n;
}
