// The clean-up rules and the page kinds are data with a `why` for every entry: the reason a rule exists, for the
// people who read and change it (and the tests that make sure each one has it). Nothing in the extension reads
// it, and the extractor that carries the rules is injected into portal pages on load, where every kilobyte is
// paid on every page: this build step blanks those texts in the shipped code. Each text becomes spaces of the
// same length, so the code does not move and the source maps stay right; the minified bundle then holds short
// runs of spaces that compress to almost nothing.
import ts from 'typescript';
import type { Plugin } from 'vite';

/** The files whose data carries `why` texts. */
const DATA_FILES = /\/utils\/extract\/[^/]+\.ts$/;

/** `code` with every `why: '…'` (or a template literal without substitutions) blanked, or null when it has none. */
export function blankWhyTexts(code: string, fileName: string): string | null {
  if (!code.includes('why')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const spans: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'why') {
      const init = node.initializer;
      if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) spans.push([init.getStart(source) + 1, init.getEnd() - 1]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (spans.length === 0) return null;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    // Line breaks stay where they were (a template literal may span lines), so lines and columns do not move.
    out += code.slice(at, start) + code.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + code.slice(at);
}

export const dropWhyTexts = (): Plugin => ({
  name: 'tinsach:drop-why-texts',
  apply: 'build',
  transform(code, id) {
    const file = id.split('?')[0]!.replace(/\\/g, '/');
    if (!DATA_FILES.test(file)) return null;
    const blanked = blankWhyTexts(code, file);
    // map: null keeps the source map of the step before, which is right because no character moved.
    return blanked === null ? null : { code: blanked, map: null };
  },
});
