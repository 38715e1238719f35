// Shared by the hostile-text suites: 2 MB of one pattern (the most a page's text may be), and a bare Article
// around a text, as the extractor would hand it to the analyser.
import type { Article } from '../../utils/model/article';

export const HOSTILE_SIZE = 2_000_000;

export const fill = (pattern: string, size = HOSTILE_SIZE): string => pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);

export function articleOf(text: string): Article {
  return {
    url: 'https://example.gov.vn/tin', canonicalUrl: 'https://example.gov.vn/tin', title: 'Tin', byline: null,
    publishedAt: null, siteName: null, lang: 'vi', lead: '', html: '', text, images: [], attachments: [],
    wordCount: 0, readingMinutes: 0, extractedAt: '2026-01-01T00:00:00.000Z',
  };
}
