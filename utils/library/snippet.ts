// Highlighting as segments ({text, hit}), never HTML: the UI renders hits as <mark> elements and the rest as
// text nodes, so a title containing "<img onerror=…>" stays text.
import { tokenSpans, type TokenSpan } from './tokenize';

export interface Segment {
  text: string;
  hit: boolean;
}

/** What a query matches: whole folded tokens, plus prefix matching for the last term being typed. */
export interface QueryTerms {
  exact: readonly string[];
  prefix: string | null;
}

export function matchesQuery(token: string, q: QueryTerms): boolean {
  return q.exact.includes(token) || (q.prefix !== null && token.startsWith(q.prefix));
}

/** Segments of `text[from, to)` with every matching word marked; adjacent pieces are merged. */
export function highlightRange(text: string, q: QueryTerms, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  const push = (s: string, hit: boolean): void => {
    if (s === '') return;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += s;
    else out.push({ text: s, hit });
  };
  let pos = from;
  for (const span of tokenSpans(text.slice(from, to))) {
    const start = from + span.start;
    const end = from + span.end;
    if (!matchesQuery(span.token, q)) continue;
    const gap = text.slice(pos, start);
    // "nông thôn mới" is one <mark>, not three: a gap of spaces between two hits joins them.
    const joins = out.length > 0 && out[out.length - 1]!.hit && /^[ \t\u00a0]+$/.test(gap);
    push(gap, joins);
    push(text.slice(start, end), true);
    pos = end;
  }
  push(text.slice(pos, to), false);
  return out;
}

export function highlight(text: string, q: QueryTerms): Segment[] {
  return highlightRange(text, q);
}

const ELLIPSIS = '…';
/** About 15 000 words: far beyond where a reader looks for the words they searched. */
export const SNIPPET_SCAN_CHARS = 100_000;

/**
 * A window of about `maxChars` around the densest cluster of matching words (the one covering the most distinct
 * query terms, earliest first), cut at word boundaries. Without any match: the opening of the text.
 */
/**
 * The words of the text's opening SNIPPET_SCAN_CHARS (cut at a space), not of all of a 2 MB article, so a page
 * full of matching words costs a result no more than that. Search reads them once per result and gives them to
 * both snippet() and the re-ranking (folding the text is most of a result's cost).
 */
export function snippetSpans(text: string): TokenSpan[] {
  const cut = text.length > SNIPPET_SCAN_CHARS ? text.lastIndexOf(' ', SNIPPET_SCAN_CHARS) : -1;
  return tokenSpans(text.length > SNIPPET_SCAN_CHARS ? text.slice(0, cut > 0 ? cut : SNIPPET_SCAN_CHARS) : text);
}

/** `spans`: snippetSpans(text), when the caller already has them. */
export function snippet(text: string, q: QueryTerms, maxChars = 200, spans: readonly TokenSpan[] = snippetSpans(text)): Segment[] {
  const matches = spans.filter((s) => matchesQuery(s.token, q)).slice(0, 500);
  let anchor = 0;
  if (matches.length > 0) {
    let best = -1;
    for (let i = 0; i < matches.length; i++) {
      const terms = new Set<string>();
      for (let j = i; j < matches.length && matches[j]!.start < matches[i]!.start + maxChars * 0.7; j++) {
        terms.add(matches[j]!.token);
      }
      if (terms.size > best) {
        best = terms.size;
        anchor = matches[i]!.start;
      }
    }
  }
  // Start a little before the first hit so it has context, on a word boundary.
  let from = Math.max(0, anchor - Math.floor(maxChars * 0.25));
  if (from > 0) {
    const next = spans.find((s) => s.start >= from);
    from = next ? Math.min(next.start, anchor) : anchor;
  }
  let to = Math.min(text.length, from + maxChars);
  if (to < text.length) {
    const last = [...spans].reverse().find((s) => s.end <= to && s.start >= from);
    if (last) to = last.end;
  }
  const body = highlightRange(text, q, from, to).map((s) => ({ ...s }));
  // Whitespace (paragraph breaks) inside a one-line snippet reads better as single spaces.
  for (const s of body) s.text = s.text.replace(/\s+/g, ' ');
  if (body.length > 0 && !body[0]!.hit) body[0]!.text = body[0]!.text.replace(/^\s+/, '');
  if (from > 0) body.unshift({ text: ELLIPSIS, hit: false });
  if (to < text.length) body.push({ text: ELLIPSIS, hit: false });
  // Merge the ellipses into neighbouring plain text.
  const merged: Segment[] = [];
  for (const s of body) {
    const last = merged[merged.length - 1];
    if (s.text === '') continue;
    if (last && last.hit === s.hit) last.text += s.text;
    else merged.push(s);
  }
  return merged;
}
