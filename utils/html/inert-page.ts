// The one place a page fetched by the extension (a digest's article, utils/digest/read-teasers.ts) becomes a
// Document. DOMParser's documents are inert: no script runs, no image or style loads, nothing is attached to an
// extension page. The document is only read by the extractor, whose output is sanitised (utils/html/sanitize.ts)
// like any page's; nothing from it reaches the screen any other way.
export function parseInertPage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
