// Why an import left an entry out, as a kind the interface can say in the reader's language. The reasons
// themselves (backup.ts, pocket.ts, validate.ts) stay precise English details for a bug report; the reader is
// shown the kind's sentence first, the detail after it.
export type SkipKind =
  | 'duplicate'
  | 'newer-copy'
  | 'damaged-at-source'
  | 'too-large'
  | 'unsafe'
  | 'wrong-id'
  | 'no-url'
  | 'damaged';

const KINDS: [RegExp, SkipKind][] = [
  [/^duplicate (?:of article|URL)/, 'duplicate'],
  [/^the library has a newer copy/, 'newer-copy'],
  [/^damaged in the library it was exported from/, 'damaged-at-source'],
  [/larger than|too large|too many items/, 'too-large'],
  [/active content/, 'unsafe'],
  [/^id does not match its URL/, 'wrong-id'],
  [/^(?:not an http\(s\) URL|no URL)$/, 'no-url'],
];

/** The kind of a skip reason; anything else (a field missing or of the wrong type) is a damaged record. */
export function skipKind(reason: string): SkipKind {
  for (const [pattern, kind] of KINDS) if (pattern.test(reason)) return kind;
  return 'damaged';
}
