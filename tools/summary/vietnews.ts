// Reading the VietNews (VNDS) data set as published in github.com/ThanhChinhBK/vietnews: one file per
// article under `<dir>/<split>_tokenized/`, title, blank line, sapo (the reference summary), blank line, then
// the body one sentence per line, word-segmented ("nông_thôn") with punctuation split off (" , ").
// The files state no licence: they are read from a directory outside the repository, never copied into it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface VietNewsArticle {
  id: string;
  title: string;
  /** The reference summary. */
  sapo: string;
  /** The body as running text, as a reader's page gives it (the data set's sentence breaks are not kept). */
  body: string;
}

export type Split = 'train' | 'val' | 'test';

/** Undoes the word segmentation and the spaces around punctuation: "Ngày 22/6 , cơ_quan" → "Ngày 22/6, cơ quan". */
export function detokenize(line: string): string {
  return line
    .replace(/_/g, ' ')
    .replace(/\s+([,.;:!?%…)\]}”’»])/g, '$1')
    .replace(/([([{“‘«])\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseArticle(id: string, raw: string): VietNewsArticle | null {
  const blocks = raw.replace(/\r/g, '').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  if (blocks.length < 3) return null;
  const [title, sapo, ...rest] = blocks;
  const body = rest.join('\n').split('\n').map(detokenize).filter(Boolean).join(' ');
  if (!body) return null;
  return { id, title: detokenize(title!.replace(/\n/g, ' ')), sapo: detokenize(sapo!.replace(/\n/g, ' ')), body };
}

/** The split's file names in order; `every`/`offset` take a deterministic subsample (every k-th file). */
export function listSplit(dir: string, split: Split): string[] {
  const folder = path.join(dir, `${split}_tokenized`);
  if (!existsSync(folder)) throw new Error(`no ${split} split at ${folder} (expected <dir>/${split}_tokenized/*.txt.seg)`);
  return readdirSync(folder).filter((f) => f.endsWith('.seg')).sort().map((f) => path.join(folder, f));
}

export function* readSplit(dir: string, split: Split, opts: { every?: number; offset?: number; limit?: number } = {}): Generator<VietNewsArticle> {
  const every = Math.max(1, opts.every ?? 1);
  const files = listSplit(dir, split);
  let yielded = 0;
  for (let k = opts.offset ?? 0; k < files.length; k += every) {
    if (opts.limit !== undefined && yielded >= opts.limit) return;
    const a = parseArticle(path.basename(files[k]!), readFileSync(files[k]!, 'utf8'));
    if (a) {
      yielded++;
      yield a;
    }
  }
}
