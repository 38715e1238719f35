// `tin-sach figures [FILE|-] [--format jsonl|csv]`: key figures for JSON lines {"id","text"} (or the output
// of `read --format json`). Output: JSON lines {"id","figures":[…]} with offsets into the given text, or CSV
// with the header id,kind,text,value,unit,date,code,sentence (RFC 4180 quoting; formula-like fields neutralised, see csv.ts).
import { findFigures } from '../utils/figures/index';
import { splitSentences } from '../utils/text/sentences';
import type { Figure } from '../utils/model/figure';
import { EXIT, parseCommand, usageError } from './args';
import { parseJsonLines, readInput, type TextItem } from './input';
import { csvField } from './csv';

export { csvField };

export const HELP = `usage: cli figures [FILE.jsonl|-] [--format jsonl|csv]
Key figures (money, percentages, quantities, ratios, dates, document numbers) of Vietnamese texts.

Input (FILE, or stdin when FILE is "-" or missing): JSON lines {"id","text"}, one text per line,
or the output of \`cli read --format json\`. For a saved page:
  npm run -s cli -- read PAGE.html --url URL | npm run -s cli -- figures

Options:
  --format jsonl   (default) one line {"id","figures":[{kind,text,start,end,value,unit,…}]} per input line
  --format csv     id,kind,text,value,unit,date,code,sentence (RFC 4180)
  -h, --help       this help

Exit codes: 0 done, 1 input unreadable or not JSON lines, 2 usage error.`;

const CSV_HEADER = ['id', 'kind', 'text', 'value', 'unit', 'date', 'code', 'sentence'];


/** Binary search over the sentences (in text order): a long text has hundreds of thousands of figures. */
function sentenceOf(text: string, f: Figure, sentences: { start: number; end: number }[]): string {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (f.start < s.start) hi = mid - 1;
    else if (f.start >= s.end) lo = mid + 1;
    else return text.slice(s.start, s.end);
  }
  return '';
}

export async function main(argv: string[]): Promise<number> {
  const args = parseCommand('figures', HELP, argv, { format: { type: 'string' } });
  if (!args.ok) return args.code;
  const format = (args.values.format as string | undefined) ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'json' && format !== 'csv') return usageError('figures', HELP, `unknown --format ${format} (jsonl or csv)`).code;
  const file = args.positionals[0];
  let items: TextItem[];
  try {
    items = parseJsonLines(await readInput(file), 'figures');
  } catch (e) {
    process.stderr.write(`figures: ${inputError(e, file)}\n`);
    return EXIT.input;
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
  return EXIT.ok;
}

/** One line for an input problem: the file system's code for an unreadable file, else the parser's message. */
export function inputError(e: unknown, file: string | undefined): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `cannot read ${file ?? 'stdin'} (${code})` : (e as Error).message;
}
