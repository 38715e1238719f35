// The reader shows a saved article offline: every <img> whose URL was stored at save time gets an object
// URL for the stored bytes; every other image (failed at save, or never fetched) becomes a framed text
// with its alt, instead of a broken-image icon or a network request to the portal.

export interface OfflineImageOptions {
  createObjectURL: (blob: Blob) => string;
  /** The frame's text when an image has no alt ("Ảnh không lưu được"). */
  missingLabel: string;
}

/** Replaces images in `root`; returns the object URLs created (revoke them on unmount). */
export function applyStoredImages(root: Element | DocumentFragment, images: ReadonlyMap<string, Blob>, opts: OfflineImageOptions): string[] {
  const created = new Map<string, string>();
  const doc = root.ownerDocument ?? document;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const blob = images.get(src) ?? (img.src ? images.get(img.src) : undefined);
    // srcset would let the browser pick a remote candidate over our stored bytes.
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    if (blob) {
      let url = created.get(src);
      if (!url) {
        url = opts.createObjectURL(blob);
        created.set(src, url);
      }
      img.setAttribute('src', url);
      img.setAttribute('loading', 'lazy');
      continue;
    }
    const frame = doc.createElement('span');
    frame.className = 'img-missing';
    frame.setAttribute('role', 'img');
    const alt = (img.getAttribute('alt') ?? '').trim();
    frame.setAttribute('aria-label', alt || opts.missingLabel);
    frame.textContent = alt || opts.missingLabel;
    img.replaceWith(frame);
  }
  return [...created.values()];
}
