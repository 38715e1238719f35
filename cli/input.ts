// The input of `figures` and `summary`: JSON lines {"id","text"[,"lead","title"]}, or the output of
// `read --format json` ({"ok":true,"article":{…}}), so a saved page can be piped through `read` first.
import { readFileSync } from 'node:fs';

export interface TextItem {
  id: string;
  text: string;
  lead?: string;
  title?: string;
  /** The extractor's images (from `read`): their captions are never summary sentences. */
  images?: Array<{ caption: string }>;
}

/** The whole input as bytes: a file path, or stdin for "-" or no path. */
export async function readInputBytes(file: string | undefined): Promise<Buffer> {
  if (file && file !== '-') return readFileSync(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The whole input as UTF-8 text: a file path, or stdin for "-" or no path. */
export async function readInput(file: string | undefined): Promise<string> {
  return (await readInputBytes(file)).toString('utf8');
}

/** The hint for a saved page given where JSON lines were expected. */
export function pipeHint(command: string): string {
  return `${command} reads JSON lines {"id","text"}, not HTML. For a saved page, extract it first:\n  npm run -s cli -- read PAGE.html --url URL | npm run -s cli -- ${command}`;
}

function looksLikeHtml(line: string): boolean {
  return /^\s*(?:\uFEFF)?<(?:!doctype|html|head|body|meta|!--|div|p\b)/i.test(line);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * JSON lines → items; blank lines are skipped, a missing id becomes the line number. A line from `read`
 * gives the article's text, lead and title under its URL; a refused page is an error naming its reason.
 * Throws Error("line N: …") on the first bad line (with the pipe hint when the input is HTML).
 */
export function parseJsonLines(input: string, command = 'figures'): TextItem[] {
  const items: TextItem[] = [];
  const lines = input.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new Error(looksLikeHtml(line) ? pipeHint(command) : `line ${k + 1}: not JSON (${command} reads JSON lines {"id","text"})`);
    }
    if (typeof obj !== 'object' || obj === null) throw new Error(`line ${k + 1}: not a JSON object`);
    const rec = obj as Record<string, unknown>;
    if (typeof rec.ok === 'boolean' && !('text' in rec)) {
      if (!rec.ok) throw new Error(`line ${k + 1}: the page was refused by read (${str(rec.reason) ?? 'unknown reason'})`);
      const a = (rec.article ?? {}) as Record<string, unknown>;
      if (typeof a.text !== 'string') throw new Error(`line ${k + 1}: read's article has no "text" string`);
      const images = Array.isArray(a.images)
        ? a.images.filter((i): i is { caption: string } => !!i && typeof (i as { caption?: unknown }).caption === 'string').map((i) => ({ caption: i.caption }))
        : undefined;
      items.push({ id: str(a.url) ?? String(k + 1), text: a.text, ...(str(a.lead) ? { lead: str(a.lead) } : {}), ...(str(a.title) ? { title: str(a.title) } : {}), ...(images ? { images } : {}) });
      continue;
    }
    if (typeof rec.text !== 'string') throw new Error(`line ${k + 1}: no "text" string`);
    items.push({
      id: rec.id === undefined ? String(k + 1) : String(rec.id),
      text: rec.text,
      ...(str(rec.lead) !== undefined ? { lead: str(rec.lead) } : {}),
      ...(str(rec.title) !== undefined ? { title: str(rec.title) } : {}),
    });
  }
  return items;
}
