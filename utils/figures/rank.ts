// keyFigures: the few figures worth listing next to the summary. A reader of a district news item wants
// the money, the percentages and the big counts first, and those in the lead and the first paragraphs tell
// the story; dates and document numbers are context, so they rank last. Repeats are merged.
import type { Figure, FigureKind, KeyFigure } from '../figure';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import { findFigures } from './index';

// Base weight of each kind: what the reader came for, then what frames it.
const KIND_WEIGHT: Record<FigureKind, number> = {
  money: 5,
  percent: 4.5,
  ratio: 3.5,
  quantity: 3,
  date: 1,
  document: 0.8,
};

/** Same kind + value + unit (or the same date / code) is one fact, however often the article repeats it. */
function identity(f: Figure): string {
  if (f.kind === 'date') return `date|${f.date}`;
  if (f.kind === 'document') return `document|${(f.code ?? '').toUpperCase()}`;
  return `${f.kind}|${f.value}|${f.unit ?? ''}|${f.total ?? ''}`;
}

/** Larger amounts matter more: 1.245 households outrank 2 committees; log-scaled so money does not swamp all. */
function magnitudeBonus(f: Figure): number {
  if (f.kind !== 'quantity' && f.kind !== 'money') return 0;
  const v = Math.abs(f.value ?? 0);
  if (v < 10) return f.kind === 'quantity' ? -0.8 : 0;
  // Quantities have no currency to make them stand out, so their size counts more than money's.
  return f.kind === 'quantity' ? Math.min(2, Math.log10(v) / 4) : Math.min(1.5, Math.log10(v) / 8);
}

/** Durations and ages are rarely the point of a story ("3 năm", "67 tuổi"). */
const MINOR_UNITS = new Set(['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'tuổi', 'lần']);

function sentenceFor(sentences: SentenceSpan[], f: Figure): string {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (f.start < s.start) hi = mid - 1;
    else if (f.start >= s.end) lo = mid + 1;
    else return s.text;
  }
  return '';
}

export function keyFigures(article: { text: string; lead: string }, figures?: Figure[], max = 8): KeyFigure[] {
  const text = article.text;
  const all = figures ?? findFigures(text);
  if (all.length === 0 || max <= 0) return [];
  const sentences = splitSentences(text);
  // Where the lead sits in the text (the extractor puts it first; a missing lead means no bonus).
  const lead = article.lead.trim();
  const leadStart = lead ? text.indexOf(lead.slice(0, 60)) : -1;
  const leadEnd = leadStart >= 0 ? leadStart + lead.length : -1;
  const length = Math.max(1, text.length);

  const merged = new Map<string, KeyFigure>();
  for (const f of all) {
    const inLead = leadStart >= 0 && f.start >= leadStart && f.end <= leadEnd;
    // Early body matters: linear decay from 1.5 at the top to 0 at the end.
    const position = inLead ? 2 : 1.5 * (1 - f.start / length);
    const minor = f.kind === 'quantity' && MINOR_UNITS.has(f.unit ?? '') ? -1.5 : 0;
    const score = KIND_WEIGHT[f.kind] + position + magnitudeBonus(f) + minor;
    const key = identity(f);
    const seen = merged.get(key);
    if (seen) {
      // A repeated figure is emphasised by the article itself; keep the first occurrence, add a little.
      seen.score += 0.3;
      continue;
    }
    merged.set(key, { ...f, sentence: sentenceFor(sentences, f), score });
  }
  return [...merged.values()]
    .map((k) => ({ ...k, score: Math.round(k.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, max);
}
