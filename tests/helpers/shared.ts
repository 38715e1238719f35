// Locating the shared corpus and figures for tests. In CI (CI=true) a missing folder is a failure;
// elsewhere the tests that need it skip with a visible message.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(process.cwd(), '../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
/** The development corpus of real portal pages kept in the repository. */
export const DEV_CORPUS_DIR = resolve(process.cwd(), 'tests/data/corpus-dev');

export function sharedAvailable(what: string): boolean {
  if (existsSync(CORPUS_DIR)) return true;
  const message = `../shared is missing (${SHARED_DIR}): ${what} cannot run.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return false;
}

export interface CorpusPage {
  file: string;
  html: string;
  url: string;
  isArticle: boolean;
}

export function corpusPages(dir = CORPUS_DIR): CorpusPage[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir)
    .filter((p) => p.endsWith('.expected.json'))
    .sort()
    .map((p) => {
      const e = JSON.parse(readFileSync(p, 'utf8')) as { file: string; url: string; isArticle: boolean };
      return { file: e.file, url: e.url, isArticle: e.isArticle, html: readFileSync(join(dir, e.file), 'utf8') };
    });
}
