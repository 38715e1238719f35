// Optional: Chrome's built-in Summarizer API (Chrome 138+, desktop, on-device model). The extractive
// summary in ./index.ts is always available; this is only an extra when the browser offers a model that can
// write Vietnamese. Firefox and older Chrome have no `Summarizer` global, and availability() may report a
// model that still has to be downloaded — callers decide whether to wait for it.
// https://developer.chrome.com/docs/ai/summarizer-api

export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerOptions {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'markdown' | 'plain-text';
  length?: 'short' | 'medium' | 'long';
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  sharedContext?: string;
}

interface SummarizerInstance {
  summarize(input: string, options?: { context?: string }): Promise<string>;
  destroy?(): void;
}

interface SummarizerStatic {
  availability(options?: SummarizerOptions): Promise<SummarizerAvailability>;
  create(options?: SummarizerOptions): Promise<SummarizerInstance>;
}

/** The options we ask for: short Vietnamese key points from Vietnamese text. */
export const VIETNAMESE_KEY_POINTS: SummarizerOptions = {
  type: 'key-points',
  format: 'plain-text',
  length: 'short',
  expectedInputLanguages: ['vi'],
  outputLanguage: 'vi',
};

function summarizerOf(scope: object): SummarizerStatic | null {
  if (!('Summarizer' in scope)) return null;
  const s = (scope as { Summarizer?: unknown }).Summarizer;
  if (!s || typeof (s as SummarizerStatic).availability !== 'function' || typeof (s as SummarizerStatic).create !== 'function') return null;
  return s as SummarizerStatic;
}

/**
 * 'unsupported' when the browser has no Summarizer API; otherwise what availability() reports for
 * Vietnamese output. Never throws: a rejected availability() (unsupported language) reads as 'unavailable'.
 */
export async function chromeSummarizerAvailability(
  scope: object = globalThis,
  options: SummarizerOptions = VIETNAMESE_KEY_POINTS,
): Promise<SummarizerAvailability | 'unsupported'> {
  const api = summarizerOf(scope);
  if (!api) return 'unsupported';
  try {
    return await api.availability(options);
  } catch {
    return 'unavailable';
  }
}

/**
 * Summarises with the built-in model when it is already available (no download is started from here);
 * null otherwise, so the caller keeps the extractive summary.
 */
export async function summarizeWithChrome(
  text: string,
  scope: object = globalThis,
  options: SummarizerOptions = VIETNAMESE_KEY_POINTS,
): Promise<string | null> {
  const api = summarizerOf(scope);
  if (!api || (await chromeSummarizerAvailability(scope, options)) !== 'available') return null;
  let instance: SummarizerInstance | null = null;
  try {
    instance = await api.create(options);
    return await instance.summarize(text);
  } catch {
    return null;
  } finally {
    instance?.destroy?.();
  }
}
