// The toolbar button's words: the tooltip in the reader's chosen language, and a save from the shortcut or the
// page menu answered by a badge that stays and a tooltip that says what happened.
import { describe, expect, it } from 'vitest';
import { clearSaveOutcome, saveOutcome, showSaveOutcome, showToolbarLanguage, type ToolbarApi } from '../../utils/extension/toolbar';

function recordingToolbar() {
  const calls: Array<[string, Record<string, unknown>]> = [];
  const api: ToolbarApi = {
    setTitle: (d) => void calls.push(['title', d]),
    setBadgeText: (d) => void calls.push(['badge', d]),
    setBadgeBackgroundColor: (d) => void calls.push(['color', d]),
  };
  return { api, calls };
}

describe('toolbar', () => {
  it('sets the tooltip of every tab in the chosen language', async () => {
    const { api, calls } = recordingToolbar();
    await showToolbarLanguage(api, 'vi');
    await showToolbarLanguage(api, 'en');
    expect(calls).toEqual([
      ['title', { title: 'Tin Sạch — đọc gọn bài này' }],
      ['title', { title: 'Tin Sạch — read this article cleanly' }],
    ]);
  });

  it('answers a shortcut save on its tab with a badge and a tooltip in words, with no timer to clear them', async () => {
    const { api, calls } = recordingToolbar();
    await showSaveOutcome(api, 7, { ok: true, id: 'a1', images: { saved: 2, total: 3 } }, 'vi');
    expect(calls).toEqual([
      ['color', { tabId: 7, color: '#1b7f3b' }],
      ['badge', { tabId: 7, text: '✓' }],
      ['title', { tabId: 7, title: 'Tin Sạch — Đã lưu bài này vào thư viện. Bấm vào đây để xem. Đã giữ 2/3 ảnh; ảnh còn thiếu có thể tải lại trong Thư viện.' }],
    ]);
    await clearSaveOutcome(api, 7);
    expect(calls.slice(3)).toEqual([
      ['badge', { tabId: 7, text: null }],
      ['title', { tabId: 7, title: null }],
    ]);
  });

  it('says why a save failed and what to do, in the reader language', () => {
    const failed = saveOutcome({ ok: false, reason: 'not-article', message: 'x' }, 'vi');
    expect(failed.badge).toBe('!');
    expect(failed.title).toMatch(/^Tin Sạch — Chưa lưu được bài này: .+ Bấm vào đây để thử lại\.$/);
    expect(failed.title).not.toContain(': x ');
    expect(saveOutcome({ ok: true, id: 'a' }, 'en').title).toBe('Tin Sạch — Saved this article to the library. Click here to see it.');
  });
});
