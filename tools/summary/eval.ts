// `npm run eval:summary -- --data DIR [--split val|test] [--every N] [--limit N] [--out FILE]`
// Syllable ROUGE-1/2/L F1 (tools/summary/rouge.ts) of lead-3 and of our 3-bullet summary against the
// sapos of VietNews (DIR/<split>_tokenized). Each article is given as its title and its body as running
// text, the way a reader's page gives it; lead-3 is the first three sentences of the same text. Develop on
// the validation split (the default); the test split is for the final report only. --out writes each
// article's sapo, lead-3 and our summary as JSON lines, for scoring with another ROUGE implementation
// (tools/summary/independent_rouge.py).
import { writeFileSync } from 'node:fs';
import { splitSentences } from '../../utils/text/sentences';
import { syllablesOf } from '../../utils/summary/features';
import { summarize } from '../../utils/summary/index';
import { numberOption, option } from './args';
import { rouge, type RougeScores } from './rouge';
import { readSplit, type Split } from './vietnews';

class Mean {
  r1 = 0;
  r2 = 0;
  rL = 0;
  n = 0;
  add(s: RougeScores): void {
    this.r1 += s.r1.f1;
    this.r2 += s.r2.f1;
    this.rL += s.rL.f1;
    this.n++;
  }
  row(name: string): string {
    const f = (x: number) => ((100 * x) / Math.max(1, this.n)).toFixed(2).padStart(7);
    return `${name.padEnd(14)}${f(this.r1)}${f(this.r2)}${f(this.rL)}`;
  }
}

async function main(argv: string[]): Promise<number> {
  const data = option(argv, '--data');
  if (!data) {
    process.stderr.write('eval:summary: --data DIR is required (DIR/val_tokenized from github.com/ThanhChinhBK/vietnews)\n');
    return 2;
  }
  const split = (option(argv, '--split') ?? 'val') as Split;
  if (!['val', 'test'].includes(split)) {
    process.stderr.write(`eval:summary: --split wants val or test, got ${split}\n`);
    return 2;
  }
  const every = numberOption(argv, '--every', 1);
  const limit = option(argv, '--limit') === undefined ? undefined : numberOption(argv, '--limit', 0);
  const lead3 = new Mean();
  const ours = new Mean();
  let bullets = 0;
  let bulletSyllables = 0;
  let share = 0;
  const out = option(argv, '--out');
  const lines: string[] = [];
  for (const a of readSplit(data, split, { every, ...(limit === undefined ? {} : { limit }) })) {
    const lead = splitSentences(a.body).slice(0, 3).map((s) => s.text).join(' ');
    lead3.add(rouge(lead, a.sapo));
    const summary = summarize({ text: a.body, title: a.title }, { sentences: 3 });
    const text = summary.map((s) => s.text).join(' ');
    ours.add(rouge(text, a.sapo));
    if (out) lines.push(JSON.stringify({ id: a.id, sapo: a.sapo, lead3: lead, ours: text }));
    bullets += summary.length;
    for (const s of summary) bulletSyllables += syllablesOf(s.text).length;
    share += summary.reduce((n, s) => n + s.text.length, 0) / a.body.length;
  }
  if (out) writeFileSync(out, lines.map((l) => `${l}\n`).join(''));
  process.stdout.write(
    `VietNews ${split}: ${ours.n} articles (syllable ROUGE F1 × 100)\n` +
      `${''.padEnd(14)}${'R-1'.padStart(7)}${'R-2'.padStart(7)}${'R-L'.padStart(7)}\n` +
      `${lead3.row('lead-3')}\n${ours.row('Tin Sạch')}\n` +
      `bullets per summary ${(bullets / Math.max(1, ours.n)).toFixed(2)}, syllables per bullet ${(bulletSyllables / Math.max(1, bullets)).toFixed(1)}, ` +
      `share of the article ${((100 * share) / Math.max(1, ours.n)).toFixed(1)}%\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`eval:summary: ${(e as Error).message}\n`);
  process.exit(1);
});
