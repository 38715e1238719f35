// Which teasers of a followed page are new since the last check. A link the page did not show before is a new
// article, with three exceptions that would otherwise flood "Tin mới":
//   - a block (one listing of the page) whose links are ALL unknown while the page had known links: a rotating
//     "random news" or "most read" box that changes wholly at every visit. Its links are ignored, not announced;
//   - every block wholly unknown: the page changed its layout (or its whole listing rotates). Nothing is called
//     new; what is there now becomes what is known;
//   - more new links than one check announces: the first few (in the page's order, newest first on a portal)
//     are announced, the rest are taken as seen.
// A block of one or two links cannot be told from a real listing that got a new article, so it is never ignored.
import type { Teaser } from '../digest/teasers';
import { MAX_KNOWN, type FollowNote } from './followed-page';

/** At most this many new articles are announced per page and check. */
export const MAX_NEW_PER_CHECK = 5;
/** A block this large that changed wholly is a rotating box, not news. */
const MIN_ROTATING_BLOCK = 3;

export interface TeaserDiff {
  fresh: Teaser[];
  /** What is known after this check, newest first, capped. */
  known: string[];
  note: FollowNote | null;
}

/** Compares the page's blocks now with the links known before. `baselined` false: the first reading learns only. */
export function diffTeasers(blocks: readonly (readonly Teaser[])[], known: readonly string[], baselined: boolean, maxNew = MAX_NEW_PER_CHECK): TeaserDiff {
  const before = new Set(known);
  const now = blocks.flat();
  const nowUrls = [...new Set(now.map((t) => t.url))];
  const remember = (urls: string[]) => [...new Set([...urls, ...known])].slice(0, MAX_KNOWN);
  if (!baselined || before.size === 0) return { fresh: [], known: remember(nowUrls), note: null };
  if (nowUrls.length > 0 && nowUrls.every((u) => !before.has(u))) return { fresh: [], known: nowUrls.slice(0, MAX_KNOWN), note: 'template-changed' };

  let rotating = false;
  const candidates: Teaser[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    const unknown = block.filter((t) => !before.has(t.url));
    if (block.length >= MIN_ROTATING_BLOCK && unknown.length === block.length) {
      rotating = true;
      continue;
    }
    for (const t of unknown) {
      if (seen.has(t.url)) continue;
      seen.add(t.url);
      candidates.push(t);
    }
  }
  const fresh = candidates.slice(0, maxNew);
  // A rotating box's links are not remembered: they would crowd the real listing's out of the known list.
  const rotatingUrls = new Set(blocks.filter((b) => b.length >= MIN_ROTATING_BLOCK && b.every((t) => !before.has(t.url))).flat().map((t) => t.url));
  const note: FollowNote | null = candidates.length > maxNew ? 'capped' : rotating ? 'rotating' : null;
  return { fresh, known: remember(nowUrls.filter((u) => !rotatingUrls.has(u))), note };
}
