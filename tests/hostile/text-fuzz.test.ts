// @vitest-environment jsdom
// Every text algorithm a saved article reaches is linear or bounded: a page (or a backup) controls up to 2 MB of
// text, and the reader runs sentence splitting (read-aloud and its highlight), figure finding and highlighting,
// the summary and search snippets over it. Each case is 2 MB of one hostile pattern — the runs that broke the
// first security round (punctuation, digits) and the second (a run of initials "T. T. T. …" froze read-aloud
// for 69 s at 300 KB) — and each algorithm must finish within the hang guard. The guard is generous (it is not
// a speed measurement: npm run bench is); a quadratic algorithm takes minutes on these inputs.
import { describe, expect, it } from 'vitest';
import { articleOf, fill } from '../helpers/hostile-text';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { highlightFigureList } from '../../utils/figures/highlight-core';
import { splitSentences } from '../../utils/text/sentences';
import { splitSentences as splitForReading } from '../../utils/read-aloud/tts';
import { collectSentences, rangeForOffsets } from '../../utils/ui/dom-sentences';
import { highlight, snippet } from '../../utils/library/snippet';
import { tokenize } from '../../utils/library/tokenize';

// Per algorithm: minutes for a quadratic one on these inputs, a few hundred milliseconds for a linear one.
const HANG_GUARD_MS = 10_000;
// Each pattern stands for a family; the suite stays well under a minute (the analysis fuzz covers every ASCII
// punctuation run and more digit patterns for the analysis alone).
const PATTERNS = [
  // Initials and abbreviations that never end a sentence (the run that froze read-aloud).
  'T. ', 'A. B. ', 'Nguyễn V. A. ', 'TP. ', 'PGS.TS. ',
  // Terminal marks, closers, openers and line breaks in runs.
  '.', '. ', '…', '.) ', '. “', '.\n', ' \n \n', '.A',
  // Digits and figures.
  '1. ', '1,5 tỷ đồng. ', 'A1-',
  // Prose: every rule reads it.
  'Năm 2023, tổng thu đạt 512,7 tỷ đồng, bằng 108,3% dự toán. Ông Nguyễn V. A. phát biểu. ',
];



function timed<T>(what: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  expect(ms, `${what} took ${Math.round(ms)} ms`).toBeLessThan(HANG_GUARD_MS);
  return result;
}

describe('text algorithms on 2 MB of one hostile pattern finish (hang guard)', () => {
  it.each(PATTERNS)('the pattern %j', { timeout: 120_000 }, (pattern) => {
    const text = fill(pattern);
    const sentences = timed('splitSentences', () => splitSentences(text));
    for (const s of sentences.slice(0, 50)) expect(text.slice(s.start, s.end)).toBe(s.text);
    const spoken = timed('read-aloud splitSentences', () => splitForReading(text));
    expect(spoken.every((s) => s.start < s.end && s.end <= text.length)).toBe(true);
    // Read-aloud over the rendered article, and its sentence highlight (a Range over the last sentence).
    const p = document.createElement('p');
    p.textContent = text;
    document.body.replaceChildren(p);
    const dom = timed('collectSentences', () => collectSentences(document.body));
    expect(dom.length).toBe(spoken.length);
    const last = dom.at(-1);
    if (last) expect(timed('rangeForOffsets', () => rangeForOffsets(last.block, last.start, last.end))?.toString()).toBe(last.text);
    // Figures, key figures and summary, then the figures highlighted in the body.
    const analysed = timed('analyseArticle', () => analyseArticle(articleOf(text)));
    timed('highlightFigureList', () => highlightFigureList(p, analysed.figures));
    // Search: a hit at every word and at none.
    const first = tokenize(text)[0] ?? 't';
    timed('snippet', () => snippet(text, { exact: [first], prefix: null }));
    timed('snippet without hits', () => snippet(text, { exact: ['khongco'], prefix: 'khong' }));
    timed('highlight', () => highlight(text.slice(0, 200_000), { exact: [first], prefix: null }));
  });
});
