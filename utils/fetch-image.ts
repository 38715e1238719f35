// Fetching a page's image at save time. The background tries first (works where the extension has host
// access or the image server allows CORS); otherwise the extractor in the page fetches it with the page's
// own origin, which is how most portals serve their photos (same host, no CORS headers).
import { browser } from '#imports';
import type { FetchImageReply, Message } from './messages';
import { dataUrlToBlob, fetchImageBlob } from './image-bytes';

export async function fetchImageForSave(tabId: number, url: string): Promise<Blob | null> {
  const direct = await fetchImageBlob(url);
  if (direct) return direct;
  try {
    const message: Message = { type: 'tinsach/fetch-image', url };
    const reply = (await browser.tabs.sendMessage(tabId, message)) as FetchImageReply | undefined;
    return reply?.ok ? dataUrlToBlob(reply.dataUrl) : null;
  } catch {
    return null;
  }
}
