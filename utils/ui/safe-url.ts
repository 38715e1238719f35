// Links and images built by the UI itself (attachments, image gallery) bypass the HTML sanitiser, so
// their URLs are checked here: only http(s) ever becomes an href/src (no javascript:, data:, file:).
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
