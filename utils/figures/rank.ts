// keyFigures: the few figures worth listing next to the summary, each as a chip a reader understands at a
// glance: the normalised amount ("20–30 triệu đồng"), a label naming what it measures ("vốn ngân sách trung
// ương"), and its clause as the tooltip.
//
// What ranks first: the figures of the headline and the lead; totals ("tổng thu", "toàn huyện"); results against
// targets ("8/19 tiêu chí", "bằng 108,3% dự toán"); the documents the article carries out ("thực hiện Nghị quyết
// số 17-NQ/HU") and deadlines ("trước ngày 30/6", "có hiệu lực từ 1/7/2025"). Money, percentages and large
// counts weigh more than bare dates. The list mixes kinds: each further chip of a kind (or of one label, "eight
// fines") costs more. A range is one chip; a document named twice ("Nghị định 68", "Nghị định 68/2026/NĐ-CP") is
// one chip with its fullest code; a repeated figure is one chip.
import type { Figure, FigureKind, KeyFigure } from '../model/figure';
import { clauseAround, labelFor } from './clause';
import { displayFigure } from './display';
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

/** Durations and ages are rarely the point of a story ("3 năm", "67 tuổi"). */
const MINOR_UNITS = new Set(['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'tuổi', 'lần']);

// Cues read in the few words before a figure (lower-case, NFC) or right after it.
const TOTAL_CUES = /(?:^|\s)(?:tổng|tổng cộng|tổng số|toàn huyện|toàn tỉnh|toàn thành phố|toàn xã|toàn quốc|cả nước|cả năm|lũy kế|luỹ kế)(?:\s|$)/u;
const RESULT_BEFORE = /(?:^|\s)(?:đạt|vượt|bằng|hoàn thành)(?:\s[\p{L}\p{M}]+){0,2}\s*$/u;
const TARGET_AFTER = /^\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|cùng kỳ|nghị quyết)/u;
const GOVERNING_BEFORE = /(?:^|\s)(?:thực hiện|triển khai|căn cứ|theo|quy định tại|tại|ban hành|áp dụng|sửa đổi)(?:\s[\p{L}\p{M}]+){0,4}\s*$/u;
const DEADLINE_BEFORE = /(?:^|\s)(?:trước|chậm nhất|hạn chót|thời hạn|hết hạn|đến hết|kể từ|có hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s*từ|hiệu lực từ|bắt đầu từ|từ)\s*$/u;
const DEADLINE_AFTER = /^\s*(?:,\s*)?(?:có hiệu lực|hết hiệu lực|là hạn|là thời hạn)/u;
const RANGE_GAP = /^\s*(?:-|–|—|~|đến|tới)\s*$/u;
const CUE_WINDOW = 48;
/** Candidates per chip that are labelled and compete in the mixing step. */
const SHORTLIST_FACTOR = 4;

interface Candidate {
  figure: Figure;
  /** The second figure of a range. */
  upper?: Figure;
  start: number;
  end: number;
  score: number;
}

const lowerWindow = (text: string, a: number, b: number): string => text.slice(Math.max(0, a), Math.max(0, b)).normalize('NFC').toLowerCase();

/** Same kind + value + unit (or the same date / code) is one fact, however often the article repeats it. */
function identity(c: Candidate): string {
  const f = c.figure;
  const upper = c.upper ? `|${c.upper.value ?? c.upper.date}` : '';
  if (f.kind === 'date') return `date|${f.date}${upper}`;
  if (f.kind === 'document') return `document|${(f.code ?? '').toUpperCase()}`;
  return `${f.kind}|${f.value}|${f.unit ?? ''}|${f.total ?? ''}${upper}`;
}

/** Larger amounts matter more: 1.245 households outrank 2 committees; log-scaled so money does not swamp all. */
function magnitudeBonus(f: Figure): number {
  if (f.kind !== 'quantity' && f.kind !== 'money') return 0;
  const v = Math.abs(f.value ?? 0);
  if (v < 10) return f.kind === 'quantity' ? -0.8 : 0;
  // Quantities have no currency to make them stand out, so their size counts more than money's.
  return f.kind === 'quantity' ? Math.min(2, Math.log10(v) / 4) : Math.min(1.5, Math.log10(v) / 8);
}

/** Two figures written as one range: same kind and unit, joined by "-", "–", "đến", "tới". */
function isRange(text: string, a: Figure, b: Figure | undefined): b is Figure {
  if (!b || a.kind !== b.kind || a.unit !== b.unit || b.start - a.end > 8) return false;
  if (a.kind === 'date') return /^\d{4}$/.test(a.date ?? '') && /^\d{4}$/.test(b.date ?? '') && RANGE_GAP.test(text.slice(a.end, b.start));
  return (a.kind === 'money' || a.kind === 'percent' || a.kind === 'quantity') && RANGE_GAP.test(text.slice(a.end, b.start));
}

/** The figures as chips to be: ranges joined, in text order. */
function candidates(text: string, all: Figure[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < all.length; i++) {
    const f = all[i]!;
    const next = all[i + 1];
    if (isRange(text, f, next)) {
      out.push({ figure: f, upper: next, start: f.start, end: next.end, score: 0 });
      i++;
    } else {
      out.push({ figure: f, start: f.start, end: f.end, score: 0 });
    }
  }
  return out;
}

/** Headline facts: kind and value (or date, or document number) of every figure in the title. */
function headlineKeys(title: string): Set<string> {
  const keys = new Set<string>();
  for (const f of title ? findFigures(title) : []) keys.add(headlineKey(f));
  return keys;
}

const headlineKey = (f: Figure): string =>
  f.kind === 'document' ? `document|${/^\d+/.exec(f.code ?? '')?.[0] ?? f.code}` : f.kind === 'date' ? `date|${f.date}` : `${f.kind}|${f.value}`;

function cueBonus(text: string, c: Candidate): number {
  const f = c.figure;
  const before = lowerWindow(text, c.start - CUE_WINDOW, c.start);
  const after = lowerWindow(text, c.end, c.end + CUE_WINDOW);
  let bonus = 0;
  if ((f.kind === 'money' || f.kind === 'quantity' || f.kind === 'percent') && TOTAL_CUES.test(before.slice(-32))) bonus += 1;
  if (f.kind === 'ratio') bonus += 1;
  if (f.kind === 'percent' && (RESULT_BEFORE.test(before) || TARGET_AFTER.test(after))) bonus += 1.5;
  if (f.kind === 'document' && GOVERNING_BEFORE.test(before)) bonus += 2.5;
  if (f.kind === 'date' && f.date && !/^\d{4}$/.test(f.date) && (DEADLINE_BEFORE.test(before.replace(/\s*(?:ngày|tháng|năm)\s*$/u, '')) || DEADLINE_AFTER.test(after))) bonus += 2.5;
  return bonus;
}

/** "Nghị định 68" and "Nghị định số 68/2026/NĐ-CP" are one document: the type words and the leading number. */
function documentFamily(f: Figure): string {
  const code = f.code ?? '';
  const at = f.text.lastIndexOf(code);
  const type = (at > 0 ? f.text.slice(0, at) : '').replace(/\s+số\s*$/iu, '').trim().normalize('NFC').toLowerCase();
  return `${type}|${/^\d+/.exec(code)?.[0] ?? code}`;
}

/** Merges short references into the fullest code of the same document; returns the surviving candidates. */
function mergeDocuments(list: Candidate[]): Candidate[] {
  const fullest = new Map<string, Candidate>();
  for (const c of list) {
    if (c.figure.kind !== 'document') continue;
    const key = documentFamily(c.figure);
    const seen = fullest.get(key);
    if (!seen || (c.figure.code ?? '').length > (seen.figure.code ?? '').length) fullest.set(key, c);
  }
  const out: Candidate[] = [];
  for (const c of list) {
    if (c.figure.kind !== 'document') {
      out.push(c);
      continue;
    }
    const best = fullest.get(documentFamily(c.figure))!;
    const short = /^\d+$/.test(c.figure.code ?? '');
    // A bare number names the same document as the full code that shares it; two full codes stay two.
    if (c === best || !short) out.push(c);
    else best.score = Math.max(best.score, c.score) + 0.3;
  }
  return out;
}

/** The label's head word: eight chips whose labels start "phạt" are eight fines. */
const labelHead = (label: string): string => label.split(' ')[0] ?? '';

export function keyFigures(article: { text: string; lead: string; title?: string }, figures?: Figure[], max = 8): KeyFigure[] {
  const text = article.text;
  const all = figures ?? findFigures(text);
  if (all.length === 0 || max <= 0) return [];
  // Where the lead sits in the text (the extractor puts it first; a missing lead means no bonus).
  const lead = article.lead.trim();
  const leadStart = lead ? text.indexOf(lead.slice(0, 60)) : -1;
  const leadEnd = leadStart >= 0 ? leadStart + lead.length : -1;
  const length = Math.max(1, text.length);
  const headline = headlineKeys(article.title ?? '');
  let firstDocument = true;

  const merged = new Map<string, Candidate>();
  for (const c of candidates(text, all)) {
    const f = c.figure;
    const inLead = leadStart >= 0 && c.start >= leadStart && c.end <= leadEnd;
    // Early body matters: linear decay from 1.5 at the top to 0 at the end.
    const position = inLead ? 2 : 1.5 * (1 - c.start / length);
    // Durations, and a bare year ("năm 2023") that only dates the story, are rarely the point.
    const minor = (f.kind === 'quantity' && MINOR_UNITS.has(f.unit ?? '')) || (f.kind === 'date' && !c.upper && /^\d{4}$/.test(f.date ?? '')) ? -1.5 : 0;
    const inHeadline = headline.has(headlineKey(f)) ? 3 : 0;
    const first = f.kind === 'document' && firstDocument ? 1 : 0;
    if (f.kind === 'document') firstDocument = false;
    c.score = KIND_WEIGHT[f.kind] + position + magnitudeBonus(f) + minor + inHeadline + first + cueBonus(text, c);
    const key = identity(c);
    const seen = merged.get(key);
    if (seen) {
      // A repeated figure is emphasised by the article itself; keep the first occurrence, add a little.
      seen.score = Math.max(seen.score, c.score) + 0.3;
      continue;
    }
    merged.set(key, c);
  }
  const pool = mergeDocuments([...merged.values()]);

  // Greedy choice with diminishing returns per kind and per label head, so the list mixes kinds. Only the
  // best few candidates become chips (labels and clauses are read for them alone).
  const shortlist = pool.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, max * SHORTLIST_FACTOR);
  const chips = shortlist.map((c) => toKeyFigure(text, c));
  const chosen: KeyFigure[] = [];
  const taken = new Set<number>();
  const perKind = new Map<FigureKind, number>();
  const perHead = new Map<string, number>();
  while (chosen.length < max && taken.size < chips.length) {
    let best = -1;
    let bestScore = -Infinity;
    chips.forEach((k, i) => {
      if (taken.has(i)) return;
      const head = labelHead(k.label ?? '');
      // An amount nothing names needs its sentence to be understood: it comes after those a label explains.
      const unnamed = !k.label && k.kind !== 'document' && k.kind !== 'date' ? 2 : 0;
      const s = k.score - unnamed - 1.2 * (perKind.get(k.kind) ?? 0) - (head ? 0.8 * (perHead.get(head) ?? 0) : 0);
      if (s > bestScore || (s === bestScore && k.start < chips[best]!.start)) {
        best = i;
        bestScore = s;
      }
    });
    const k = chips[best]!;
    taken.add(best);
    perKind.set(k.kind, (perKind.get(k.kind) ?? 0) + 1);
    const head = labelHead(k.label ?? '');
    if (head) perHead.set(head, (perHead.get(head) ?? 0) + 1);
    chosen.push(k);
  }
  return chosen;
}

function toKeyFigure(text: string, c: Candidate): KeyFigure {
  const f = c.figure;
  const clause = clauseAround(text, c.start, c.end);
  const counted = (f.kind === 'quantity' || f.kind === 'ratio') && !!f.unit && !MEASURE_LIKE.test(f.unit);
  const label = labelFor(text, f, c.start, c.end, counted);
  const k: KeyFigure = {
    ...f,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    sentence: text.slice(clause.start, clause.end),
    score: Math.round(c.score * 1000) / 1000,
    display: displayFigure(f, text, c.end, c.upper),
  };
  if (label) k.label = label;
  return k;
}

// Measurement units (not counted nouns): the thing measured follows them ("100 km đường"), it is not the unit.
const MEASURE_LIKE = /^(?:lần|mm|cm|m|m²|m³|km|km²|ha|sào|mẫu|tấn|tạ|yến|kg|g|lít|ml|kW|kWh|MW|MWh|GW|kV|°C|inch|ngày công|ngày|tuần|tháng|năm|giờ|phút|giây|tuổi)$/u;
