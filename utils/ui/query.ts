// Query parameters of the extension pages: popup.html?tabId=N, reader.html?id=…, any page ?lang=en.

/** A tab id from `?tabId=`, or null (then the popup uses the active tab). */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** The saved article id from `?id=` (ids are short hashes; anything odd is refused). */
export function articleIdFromQuery(search: string): string | null {
  const raw = new URLSearchParams(search).get('id');
  return raw && /^[A-Za-z0-9_-]{1,128}$/.test(raw) ? raw : null;
}
