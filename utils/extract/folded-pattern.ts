// Case-insensitive text patterns, matched on the lowercased text instead of with the `i` flag.
// A regular expression is compiled afresh in every site's page (each site has its own renderer), on the first
// text it meets, and that compile is on the path of every extraction: the badge's on load, the popup's first open,
// a list page's digest. With the `i` flag every letter of a long alternation of Vietnamese words becomes a class of
// its case variants, and the clean-up's text rules (a date line alone is about 3,700 characters of pattern) took
// several times longer to compile than the same pattern without it (`node` on this machine, first eight texts:
// median 196 ms with `iu`, 66 ms with `u`). The patterns are written in lowercase (tests/extract/folded-pattern.test.ts
// checks every one), so lowercasing the text first matches exactly what `i` did, for every script these pages use.

/** What the text rules need of a pattern: its source (the rules are also joined into one pattern) and a test. */
export interface TextPattern {
  readonly source: string;
  test(text: string): boolean;
}

/** `pattern` (written in lowercase, with the `i` flag) as a pattern that lowercases the text it tests instead. */
export function folded(pattern: RegExp): TextPattern {
  if (!pattern.flags.includes('i') || pattern.global || pattern.sticky) return pattern;
  const lower = new RegExp(pattern.source, pattern.flags.replace('i', ''));
  return { source: pattern.source, test: (text: string) => lower.test(text.toLowerCase()) };
}

/**
 * Several lowercase patterns as one test (the clean-up's first pass over every text node): the text is lowercased
 * once and each pattern tried in turn. Not one alternation of them all: compiled afresh in every page, the joined
 * 13.7 KB pattern cost more than its parts (on a district portal's list page in Chromium, 53 ms of the extractor's
 * time on load against 30 ms one by one), and a pattern no text reaches is never compiled.
 */
export function foldedUnion(patterns: readonly TextPattern[]): TextPattern {
  const each = patterns.map((p) => new RegExp(p.source, 'u'));
  return {
    source: patterns.map((p) => `(?:${p.source})`).join('|'),
    test: (text: string) => {
      const lower = text.toLowerCase();
      return each.some((re) => re.test(lower));
    },
  };
}
