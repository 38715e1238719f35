// Portal images often have no alt at all, and an <img> without alt is read out as its file name. They get
// alt="": the caption next to them (when there is one) and the text around them carry the news.
export function ensureImageAlt(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img:not([alt])'))) img.setAttribute('alt', '');
}

// The popup's images load when they come near the screen and decode off the main thread: pictures further
// down must not compete with the text's first paint for the network or the CPU. (Not in the reader: its
// stored images are local, and restoring the reading position needs the page's full height.)
export function deferImages(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
}
