// Which refused pages get a digest instead of a refusal: a page the gate recognised as a list, home or search
// page, and a page too large to read as one article (a portal page with thousands of links is still a list).
// One rule for the extractor in the page (which answers with the teasers at once) and the popup (which asks
// for them when an extractor did not).
import { isDigestKind, type DigestPageKind } from './teasers';

/** A refused answer's digest kind, or null (an article, or a refusal that lists nothing). */
export function digestKindOf(result: { ok: boolean; reason?: string; pageKind?: unknown }): DigestPageKind | null {
  if (result.ok) return null;
  if (isDigestKind(result.pageKind)) return result.pageKind;
  return result.reason === 'too-large' ? 'list' : null;
}
