// A guard run on untrusted JSON (a backup file, a damaged record being repaired) before JSON.parse.

/**
 * Nesting depth of a JSON text, scanned before JSON.parse: a 10,000-deep array parses, but every recursive
 * walk over it (validation, structured clone) then overflows the stack. Stops as soon as the limit is passed.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}
