// Where the article's lead (sapo) sits in its text. The extractor puts the lead first in article.text; the
// first 60 characters are enough to find it. Kept apart from the summariser so that the card can mark the
// lead's sentences without loading the summary model.

export interface TextRange {
  start: number;
  end: number;
}

export function leadRange(text: string, lead: string | undefined): TextRange | null {
  const l = (lead ?? '').trim();
  if (!l) return null;
  const start = text.indexOf(l.slice(0, 60));
  return start < 0 ? null : { start, end: start + l.length };
}
