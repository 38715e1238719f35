// `tin-sach summary [FILE|-] [--text FILE] [--sentences N] [--card]`: extractive summaries, or the popup's card.
// Input: JSON lines {"id","text"[,"lead","title"]} (or the output of `read --format json`) from a file or
// stdin, or one plain-text file with --text. Output: JSON lines {"id","summary":[{text,start,end}]} with
// offsets into the given text.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { summarize } from '../utils/summary/index';
import { cardSentences } from '../utils/summary/card';
import { EXIT, parseCommand, usageError } from './args';
import { inputError } from './figures';
import { parseJsonLines, readInput, type TextItem } from './input';

export const HELP = `usage: cli summary [FILE.jsonl|-] [--text FILE.txt] [--sentences N] [--card]
Three-sentence (or N-sentence) extractive summaries of Vietnamese texts.

Input (FILE, or stdin when FILE is "-" or missing): JSON lines {"id","text"[,"lead","title"]},
or the output of \`cli read --format json\`. For a saved page:
  npm run -s cli -- read PAGE.html --url URL | npm run -s cli -- summary

Options:
  --text FILE.txt  summarise one plain-text file instead (its name is the id)
  --sentences N    sentences per summary (default 3)
  --card           the popup's summary card instead: the lead's first sentences, then the summary's,
                   whole, within 600 characters (the \`summary\` of \`cli read --format json\`)
  -h, --help       this help

Output: one line {"id","summary":[{"text","start","end"}]} per text.
Exit codes: 0 done, 1 input unreadable or not JSON lines, 2 usage error.`;

export async function main(argv: string[]): Promise<number> {
  const args = parseCommand('summary', HELP, argv, { text: { type: 'string' }, sentences: { type: 'string' }, card: { type: 'boolean' } });
  if (!args.ok) return args.code;
  const countArg = args.values.sentences as string | undefined;
  const sentences = countArg === undefined ? 3 : Number(countArg);
  if (!Number.isInteger(sentences) || sentences < 1) return usageError('summary', HELP, `--sentences wants a positive integer, got ${countArg}`).code;
  const textFile = args.values.text as string | undefined;
  if (textFile !== undefined && args.positionals.length) return usageError('summary', HELP, 'give either --text FILE or JSON lines, not both').code;
  const file = textFile ?? args.positionals[0];
  let items: TextItem[];
  try {
    items = textFile !== undefined ? [{ id: basename(textFile), text: readFileSync(textFile, 'utf8') }] : parseJsonLines(await readInput(file), 'summary');
  } catch (e) {
    process.stderr.write(`summary: ${inputError(e, file)}\n`);
    return EXIT.input;
  }
  const card = args.values.card === true;
  const out = items.map((it) => JSON.stringify({ id: it.id, summary: card ? cardSentences(it) : summarize(it, { sentences }) }));
  process.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}
