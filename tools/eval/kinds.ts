// Scores what a page IS, beyond the shared scorer's checks: the page kind ("legal", "dataset", "list"…) and a legal
// document's card (type, number, issuer, signed, in_force, status), for corpora whose expected files carry `kind`
// and `document` (tests/data/corpus-dev). One point per check; the same scoring for the CLI's and a browser's answers.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

type Answer = { ok: boolean; reason?: string; pageKind?: string; article?: { kind?: string; document?: Record<string, unknown> } };
type Expected = { file: string; url: string; kind?: string; document?: Record<string, string | null> };

/** Expected card keys → the article's DocumentCard keys. */
const CARD_FIELDS: Array<[string, string]> = [
  ['type', 'type'],
  ['number', 'number'],
  ['issuer', 'issuer'],
  ['signed', 'signed'],
  ['in_force', 'inForce'],
  ['status', 'status'],
];

const loose = (v: unknown) => (v == null ? '' : String(v).normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi'));

export function expectedPages(dir: string): Expected[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir)
    .filter((p) => p.endsWith('.expected.json'))
    .sort()
    .map((p) => JSON.parse(readFileSync(p, 'utf8')) as Expected);
}

/** The kind an answer gives the page: an article's kind (default "article"), or a refusal's page kind. */
export function answeredKind(a: Answer): string {
  if (a.ok) return a.article?.kind ?? 'article';
  return a.pageKind ?? a.reason ?? 'refused';
}

export function scoreKinds(dir: string, answerFor: (e: Expected) => Answer, log: (line: string) => void = console.log): { passed: number; total: number } {
  let passed = 0;
  let total = 0;
  for (const e of expectedPages(dir)) {
    if (!e.kind && !e.document) continue;
    const a = answerFor(e);
    const misses: string[] = [];
    let checks = 0;
    if (e.kind) {
      checks++;
      if (answeredKind(a) !== e.kind) misses.push(`kind: ${answeredKind(a)}, expected ${e.kind}`);
    }
    for (const [key, field] of e.document ? CARD_FIELDS : []) {
      checks++;
      const got = a.ok ? a.article?.document?.[field] : undefined;
      if (loose(got) !== loose(e.document![key])) misses.push(`${key}: ${JSON.stringify(got ?? null)}, expected ${JSON.stringify(e.document![key])}`);
    }
    total += checks;
    passed += checks - misses.length;
    log(`${misses.length ? 'FAIL' : 'PASS'} ${relative(dir, join(dir, e.file))} ${checks - misses.length}/${checks}${misses.map((m) => `\n   MISS ${m}`).join('')}`);
  }
  log(`kinds and cards: checks passed ${passed}/${total}`);
  return { passed, total };
}
