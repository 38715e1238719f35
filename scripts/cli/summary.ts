// `tin-sach summary [FILE|-] [--text FILE] [--sentences N]`: extractive summaries.
// Input: JSON lines {"id","text"[,"lead","title"]} from a file or stdin, or one plain-text file with --text.
// Output: JSON lines {"id","summary":[{text,start,end}]} with offsets into the given text.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { summarize } from '../../utils/summary/index';
import { optionValue, parseJsonLines, readInput } from './figures';

export async function main(argv: string[]): Promise<number> {
  const countArg = optionValue(argv, '--sentences');
  const sentences = countArg === undefined ? 3 : Number(countArg);
  if (!Number.isInteger(sentences) || sentences < 1) {
    process.stderr.write(`summary: --sentences wants a positive integer, got ${countArg}\n`);
    return 2;
  }
  const textFile = optionValue(argv, '--text');
  let items: { id: string; text: string; lead?: string; title?: string }[];
  try {
    if (textFile) {
      items = [{ id: basename(textFile), text: readFileSync(textFile, 'utf8') }];
    } else {
      const file = argv.find((a, k) => (a === '-' || !a.startsWith('-')) && !['--sentences', '--text'].includes(argv[k - 1] ?? ''));
      const input = await readInput(file);
      items = parseJsonLines(input);
      // Keep the optional lead and title of each line: they steer the position and term weights.
      const extras = input.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { lead?: unknown; title?: unknown });
      items = items.map((it, k) => ({
        ...it,
        ...(typeof extras[k]?.lead === 'string' ? { lead: extras[k]!.lead as string } : {}),
        ...(typeof extras[k]?.title === 'string' ? { title: extras[k]!.title as string } : {}),
      }));
    }
  } catch (e) {
    process.stderr.write(`summary: ${(e as Error).message}\n`);
    return 1;
  }
  const out = items.map((it) => JSON.stringify({ id: it.id, summary: summarize(it, { sentences }) }));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
