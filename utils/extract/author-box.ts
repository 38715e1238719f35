// The author box at the end of an English news story or blog post: the writer's name on a line of its own (a
// handle may follow), then a short biography that opens with that name — "Emiliano Bellini" / "Emiliano joined pv
// magazine in March 2017…" (pv magazine), "Trevor Daugherty" / "Trevor Daugherty is the Senior Editor of 9to5Toys…"
// (9to5 sites), "Regan" / "Regan is a Southeastern Connecticut native…" (WordPress author-bio plug-ins). Only at the
// very end of the pick: a name heading over a paragraph that opens with that name inside the story ("Jane Doe" /
// "Jane Doe is the chief executive…" in a list of people to watch) is article text.
import { normSpace, removeNode } from './dom';
import { boxText } from './box-text';

/** A person's name alone: one to four capitalised words. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
const HANDLE = /^@[\w.]{2,30}$/;
/** How a biography goes on after the name. */
const BIO_VERB = /^(?:is|was|joined|has|covers|writes|reports|lives|serves|edits|leads|holds|graduated)\b/;
const MAX_BIO = 500;
/** Text outside links after the biography: the box's own links ("More articles from …") and little else. */
const MAX_AFTER = 200;
const LINES = 'p, div, h2, h3, h4, h5, h6, li, dd, a, strong, b, span';

function following(el: Element, root: Element): Element | null {
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) if (n.nextElementSibling) return n.nextElementSibling;
  return null;
}

/** The first element after `el` with text, descending into wrappers to the element whose text starts the rest. */
function nextWithText(el: Element, root: Element): Element | null {
  let next = following(el, root);
  while (next && !normSpace(next.textContent ?? '')) next = following(next, root);
  return next;
}

/** Non-link text after `el` up to the end of `root`. */
function plainAfter(el: Element, root: Element): number {
  let total = 0;
  for (let next = following(el, root); next; next = following(next, root)) {
    const { total: t, links } = boxText(next);
    total += t - links;
  }
  return total;
}

/** Removes the author box at the end of the pick; returns the elements removed. */
export function removeAuthorBox(root: Element): Element[] {
  for (const el of Array.from(root.querySelectorAll(LINES)).reverse()) {
    const name = normSpace(el.textContent ?? '');
    if (!name || name.length > 40 || !NAME.test(name) || !root.contains(el)) continue;
    // The outermost element that is just the name.
    let line = el;
    while (line.parentElement && line.parentElement !== root && normSpace(line.parentElement.textContent ?? '') === name) line = line.parentElement;
    const parts = [line];
    let bio = nextWithText(line, root);
    if (bio && HANDLE.test(normSpace(bio.textContent ?? ''))) {
      parts.push(bio);
      bio = nextWithText(bio, root);
    }
    if (!bio || bio.contains(line)) continue;
    const text = normSpace(bio.textContent ?? '');
    const first = name.split(' ')[0]!;
    const rest = text.startsWith(`${name} `) ? text.slice(name.length + 1) : text.startsWith(`${first} `) ? text.slice(first.length + 1) : null;
    if (rest === null || text.length > MAX_BIO || !BIO_VERB.test(rest) || plainAfter(bio, root) > MAX_AFTER) continue;
    parts.push(bio);
    for (const p of parts) removeNode(p);
    return parts;
  }
  return [];
}
