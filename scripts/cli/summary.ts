// `tin-sach summary [FILE|-] [--text FILE] [--sentences N]`: extractive summaries, exactly the popup's.
// Input: JSON lines, each {"id","text"[,"lead","title","images"]} or a `read --format json` result
// ({"ok":true,"article":{…}}, its URL as the id), from a file or stdin; or one plain-text file with --text.
// The lead, when given, is shown above the summary in the popup, so the summary adds to it.
// Output: JSON lines {"id","summary":[{text,start,end}]} with offsets into the given text.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { summarize, type SummaryInput } from '../../utils/summary/index';
import { optionValue, readInput } from './figures';

type Item = SummaryInput & { id: string };

/** One input line as a summary input; throws a message naming the line. */
export function summaryItem(obj: unknown, line: number): Item {
  const wrapped = obj as { ok?: unknown; article?: unknown };
  const rec = (wrapped && typeof wrapped === 'object' && wrapped.ok === true && wrapped.article ? wrapped.article : obj) as Record<string, unknown>;
  if (!rec || typeof rec !== 'object' || typeof rec.text !== 'string') throw new Error(`line ${line}: no "text" string`);
  const id = rec.id ?? rec.url ?? line;
  const images = Array.isArray(rec.images)
    ? rec.images.filter((i): i is { caption: string } => !!i && typeof (i as { caption?: unknown }).caption === 'string')
    : undefined;
  return {
    id: String(id),
    text: rec.text,
    ...(typeof rec.lead === 'string' ? { lead: rec.lead } : {}),
    ...(typeof rec.title === 'string' ? { title: rec.title } : {}),
    ...(images ? { images } : {}),
  };
}

export async function main(argv: string[]): Promise<number> {
  const countArg = optionValue(argv, '--sentences');
  const sentences = countArg === undefined ? 3 : Number(countArg);
  if (!Number.isInteger(sentences) || sentences < 1) {
    process.stderr.write(`summary: --sentences wants a positive integer, got ${countArg}\n`);
    return 2;
  }
  const textFile = optionValue(argv, '--text');
  let items: Item[];
  try {
    if (textFile) {
      items = [{ id: basename(textFile), text: readFileSync(textFile, 'utf8') }];
    } else {
      const file = argv.find((a, k) => (a === '-' || !a.startsWith('-')) && !['--sentences', '--text'].includes(argv[k - 1] ?? ''));
      const input = await readInput(file);
      items = [];
      input.split('\n').forEach((line, k) => {
        if (!line.trim()) return;
        let obj: unknown;
        try {
          obj = JSON.parse(line);
        } catch {
          throw new Error(`line ${k + 1}: not JSON`);
        }
        items.push(summaryItem(obj, k + 1));
      });
    }
  } catch (e) {
    process.stderr.write(`summary: ${(e as Error).message}\n`);
    return 1;
  }
  const out = items.map(({ id, ...it }) => JSON.stringify({ id, summary: summarize(it, { sentences }) }));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
