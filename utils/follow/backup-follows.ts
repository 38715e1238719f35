// Followed pages travel in the JSON backup, beside the articles, under "follows": each page's address, name,
// kind and whether it is paused (what was seen on it, and its "Tin mới", stay with the browser: a restored page
// is read once and only what appears after that is new). Read back as untrusted input: the file may be old,
// edited by hand or crafted; a bad entry is dropped, the rest kept, and the articles' import is not affected.
import { readFollowEntry, type FollowEdit } from './follow-edits';
import { MAX_FOLLOWS, type FollowState } from './followed-page';

type Entry = Extract<FollowEdit, { op: 'import' }>['pages'][number];

/** The backup's JSON text with the followed pages added (the text is an object: they go before its last brace). */
export function withFollows(json: string, state: FollowState): string {
  const end = json.lastIndexOf('}');
  if (state.pages.length === 0 || end < 0) return json;
  const pages: Entry[] = state.pages.map((p) => ({ url: p.url, title: p.title, kind: p.kind, paused: p.paused }));
  return `${json.slice(0, end)},"follows":${JSON.stringify({ pages })}${json.slice(end)}`;
}

/** The followed pages a backup file carries ([] when none, or when the file is not JSON at all). */
export function followsInBackup(text: string): Entry[] {
  // Most backups follow nothing: the whole file (images and all) is not parsed a second time for nothing.
  if (!text.includes('"follows"')) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const follows = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).follows : undefined;
  const pages = typeof follows === 'object' && follows !== null ? (follows as Record<string, unknown>).pages : undefined;
  if (!Array.isArray(pages)) return [];
  const out: Entry[] = [];
  for (const p of pages.slice(0, MAX_FOLLOWS)) {
    const entry = readFollowEntry(p);
    if (entry && !out.some((e) => e.url === entry.url)) out.push(entry);
  }
  return out;
}
