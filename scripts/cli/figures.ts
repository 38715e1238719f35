// `tin-sach figures [FILE|-] [--format jsonl|csv]`: key figures for JSON lines {"id","text"}.
// Output: JSON lines {"id","figures":[…]} with offsets into the given text, or CSV with the header
// id,kind,text,value,unit,date,code,sentence (RFC 4180 quoting; formula-like fields neutralised, see csv.ts).
import { findFigures } from '../../utils/figures/index';
import { splitSentences } from '../../utils/text/sentences';
import type { Figure } from '../../utils/figure';
import { readFileSync } from 'node:fs';
import { csvField } from './csv';

export { csvField };

/** The whole input: a file path, or stdin for "-" or no path. */
export async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== '-') return readFileSync(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON lines {"id","text"}; blank lines are skipped, a missing id becomes the line number. */
export function parseJsonLines(input: string): { id: string; text: string }[] {
  const items: { id: string; text: string }[] = [];
  input.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new Error(`line ${k + 1}: not JSON`);
    }
    const rec = obj as { id?: unknown; text?: unknown };
    if (typeof rec.text !== 'string') throw new Error(`line ${k + 1}: no "text" string`);
    items.push({ id: rec.id === undefined ? String(k + 1) : String(rec.id), text: rec.text });
  });
  return items;
}

/** The value after a flag: `--format csv` or `--format=csv`. */
export function optionValue(argv: string[], flag: string): string | undefined {
  const k = argv.indexOf(flag);
  if (k >= 0) return argv[k + 1];
  const eq = argv.find((a) => a.startsWith(flag + '='));
  return eq?.slice(flag.length + 1);
}

const CSV_HEADER = ['id', 'kind', 'text', 'value', 'unit', 'date', 'code', 'sentence'];

function sentenceOf(text: string, f: Figure, sentences: { start: number; end: number }[]): string {
  const s = sentences.find((x) => x.start <= f.start && f.start < x.end);
  return s ? text.slice(s.start, s.end) : '';
}

export async function main(argv: string[]): Promise<number> {
  const format = optionValue(argv, '--format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'json' && format !== 'csv') {
    process.stderr.write(`figures: unknown --format ${format} (jsonl or csv)\n`);
    return 2;
  }
  const file = argv.find((a, k) => (a === '-' || !a.startsWith('-')) && argv[k - 1] !== '--format');
  let items: { id: string; text: string }[];
  try {
    items = parseJsonLines(await readInput(file));
  } catch (e) {
    process.stderr.write(`figures: ${(e as Error).message}\n`);
    return 1;
  }
  const out: string[] = [];
  if (format === 'csv') out.push(CSV_HEADER.join(','));
  for (const { id, text } of items) {
    const figures = findFigures(text);
    if (format === 'csv') {
      const sentences = splitSentences(text);
      for (const f of figures) {
        out.push([id, f.kind, f.text, f.value, f.unit, f.date, f.code, sentenceOf(text, f, sentences)].map(csvField).join(','));
      }
    } else {
      out.push(JSON.stringify({ id, figures }));
    }
  }
  process.stdout.write(out.join(format === 'csv' ? '\r\n' : '\n') + '\n');
  return 0;
}
