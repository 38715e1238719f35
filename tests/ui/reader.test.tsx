// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderApp, type ReaderDeps } from '../../components/reader/ReaderApp';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { configureI18n } from '../../utils/i18n/i18n';
import type { SavedArticle } from '../../utils/model/saved-article';
import { DEFAULT_SETTINGS, FONT_SIZES, type ReaderSettings } from '../../utils/prefs/reading-settings';
import { applyReaderSettings } from '../../utils/ui/apply-settings';
import { makeArticle, MISSING_IMAGE, STORED_IMAGE } from './fixtures/article';
import { EN_VOICE, FakeSynth, makeUtterance, VI_VOICE } from './fake-speech';
import { buttonByText, byTestId, changeValue, click, mount, settle, unmount } from './helpers';

function saved(over: Partial<SavedArticle> = {}): SavedArticle {
  return {
    ...analyseArticle(makeArticle()),
    id: 'a00000000001',
    savedAt: '2024-05-01T08:00:00.000Z',
    updatedAt: '2024-05-01T08:00:00.000Z',
    readAt: null,
    progress: 0,
    tags: [],
    missingImages: [MISSING_IMAGE],
    ...over,
  };
}

function fakeDeps(over: Partial<ReaderDeps> = {}, synth: FakeSynth | null = new FakeSynth([EN_VOICE, VI_VOICE])) {
  const settingsSaved: ReaderSettings[] = [];
  const deps: ReaderDeps = {
    lang: 'vi',
    load: async () => ({ article: saved(), images: new Map([[STORED_IMAGE, new Blob(['jpeg'], { type: 'image/jpeg' })]]) }),
    initialSettings: { ...DEFAULT_SETTINGS },
    saveSettings: (s) => settingsSaved.push(s),
    applySettings: (s) => applyReaderSettings(document.documentElement, s),
    setProgress: vi.fn(async () => undefined),
    markRead: vi.fn(async () => undefined),
    createObjectURL: vi.fn(() => 'blob:chrome-extension://x/1234'),
    revokeObjectURL: vi.fn(),
    speech: synth ? { synth, makeUtterance } : null,
    languageChoice: 'auto',
    chooseLanguage: vi.fn(),
    voiceNoteDismissed: false,
    dismissVoiceNote: vi.fn(),
    libraryHref: 'library.html',
    errorText: () => 'lỗi',
    ...over,
  };
  return { deps, settingsSaved, synth };
}

let container: HTMLElement | null = null;
beforeEach(() => configureI18n({ override: 'vi' }));
afterEach(() => {
  if (container) unmount(container);
  container = null;
});

describe('reader page', () => {
  it('shows the saved article offline: stored images as object URLs, missing ones as framed alt text', async () => {
    const { deps } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    const body = byTestId(container, 'reader-body');
    expect(byTestId(container, 'article-title').textContent).toBe('Duy trì nâng cao chất lượng công tác tuyên vận');
    const imgs = Array.from(body.querySelectorAll('img'));
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe('blob:chrome-extension://x/1234');
    const frame = body.querySelector('.img-missing');
    expect(frame?.textContent).toBe('Toàn cảnh hội nghị');
    expect(frame?.getAttribute('role')).toBe('img');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelectorAll('mark.fig[data-kind]').length).toBeGreaterThan(0);
  });

  it('revokes its object URLs when closed', async () => {
    const { deps } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    unmount(container);
    container = null;
    expect(deps.revokeObjectURL).toHaveBeenCalledWith('blob:chrome-extension://x/1234');
  });

  it('font size has at least 5 steps up to very large; a change is applied and saved', async () => {
    const { deps, settingsSaved } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    const select = byTestId<HTMLSelectElement>(container, 'settings-font-size');
    const values = Array.from(select.options, (o) => Number(o.value));
    expect(values.length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(36);
    await changeValue(select, String(FONT_SIZES.at(-1)));
    expect(document.documentElement.style.getPropertyValue('--reader-font-size')).toBe('40px');
    expect(settingsSaved.at(-1)?.fontSize).toBe(40);
  });

  it('theme, typeface, width, spacing and the highlight toggle go on <html> and into storage', async () => {
    const { deps, settingsSaved } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    await changeValue(byTestId<HTMLSelectElement>(container, 'theme-select'), 'sepia');
    expect(document.documentElement.dataset.theme).toBe('sepia');
    await changeValue(container.querySelector<HTMLSelectElement>('#set-font')!, 'sans');
    expect(document.documentElement.dataset.font).toBe('sans');
    await changeValue(container.querySelector<HTMLSelectElement>('#set-width')!, 'wide');
    expect(document.documentElement.style.getPropertyValue('--reader-measure')).toBe('85ch');
    await changeValue(container.querySelector<HTMLSelectElement>('#set-line-height')!, '2.2');
    expect(document.documentElement.style.getPropertyValue('--reader-line-height')).toBe('2.2');
    const toggle = byTestId<HTMLInputElement>(container, 'settings-highlights');
    await click(toggle);
    expect(document.documentElement.dataset.highlights).toBe('off');
    expect(settingsSaved.at(-1)).toMatchObject({ theme: 'sepia', fontFamily: 'sans', lineWidth: 'wide', lineHeight: 2.2, highlightFigures: false });
  });

  it('reads aloud sentence by sentence with the Vietnamese voice, highlights the sentence, marks read at the end', async () => {
    const { deps, synth } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    expect(container.textContent).toContain('Giọng đọc: Microsoft An - Vietnamese (Vietnam)');
    await click(byTestId(container, 'read-aloud-play'));
    const first = synth!.spoken[0]!;
    expect(first.voice).toBe(VI_VOICE);
    expect(first.lang).toBe('vi-VN');
    expect(first.text).toBe('Năm 2023, huyện Bảo Thắng giải ngân 1,6 tỷ đồng hỗ trợ 188 tổ tuyên vận thôn, tổ dân phố.');
    // jsdom has no CSS Custom Highlight API: the paragraph being read is marked instead.
    expect(container.querySelector('.reading-block')?.textContent).toContain('Năm 2023');
    // Pause / resume.
    await click(buttonByText(container, 'Tạm dừng'));
    expect(synth!.paused).toBe(true);
    await click(buttonByText(container, 'Đọc tiếp'));
    expect(synth!.paused).toBe(false);
    // Second sentence: "TP. Lào Cai" does not end a sentence.
    synth!.finishCurrent();
    await settle();
    expect(synth!.spoken[1]!.text).toBe('Theo Nghị quyết số 17-NQ/HU ngày 12/3/2023, TP. Lào Cai và các xã đạt 8/19 tiêu chí nông thôn mới.');
    while (synth!.queue.length) {
      synth!.finishCurrent();
      await settle(1);
    }
    await settle();
    expect(synth!.spoken.length).toBeGreaterThan(5);
    expect(deps.markRead).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.reading-block')).toBeNull();
  });

  it('stop ends reading without marking the article read', async () => {
    const { deps, synth } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'read-aloud-play'));
    await click(buttonByText(container, 'Dừng'));
    expect(synth!.cancels).toBeGreaterThan(0);
    expect(synth!.spoken).toHaveLength(1);
    expect(deps.markRead).not.toHaveBeenCalled();
    expect(byTestId(container, 'read-aloud-play')).toBeTruthy();
  });

  it('says clearly when no Vietnamese voice is installed', async () => {
    const { deps } = fakeDeps({}, new FakeSynth([EN_VOICE]));
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    expect(byTestId(container, 'voice-note').textContent).toContain('chưa có giọng đọc tiếng Việt');
  });

  it('the no-voice note is one short line with the help folded, and dismissing it is remembered', async () => {
    const { deps } = fakeDeps({}, new FakeSynth([EN_VOICE]));
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    const note = byTestId(container, 'voice-note');
    expect(note.querySelector(':scope > p')?.textContent).toBe(
      'Máy chưa có giọng đọc tiếng Việt. Bài sẽ được đọc bằng giọng Google US English (nghe không chuẩn).',
    );
    expect(note.querySelector('details')?.open).toBe(false);
    await click(byTestId(container, 'voice-note-dismiss'));
    expect(container.querySelector('[data-testid="voice-note"]')).toBeNull();
    expect(deps.dismissVoiceNote).toHaveBeenCalledTimes(1);
    // Read aloud still works without the note.
    expect(byTestId(container, 'read-aloud-play')).toBeTruthy();
  });

  it('with no voice at all there is no button that does nothing: the reason and how to install a voice, Linux included', async () => {
    const { deps } = fakeDeps({}, new FakeSynth([]));
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    expect(container.querySelector('[data-testid="read-aloud-play"]')).toBeNull();
    const none = byTestId(container, 'voice-none');
    expect(none.textContent).toContain('Máy này chưa có giọng đọc nào, nên chưa thể đọc to.');
    expect(none.textContent).toContain('sudo apt install speech-dispatcher espeak-ng');
    expect(none.textContent).toContain('Windows:');
  });

  it('without a Vietnamese voice it reads with the best voice it has, and says which', async () => {
    const { deps, synth } = fakeDeps({}, new FakeSynth([EN_VOICE]));
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'read-aloud-play'));
    expect(synth!.spoken[0]!.voice).toBe(EN_VOICE);
  });

  it('when the synthesiser fails, says so in words instead of going quiet', async () => {
    const { deps, synth } = fakeDeps({}, new FakeSynth([EN_VOICE]));
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    await click(byTestId(container, 'read-aloud-play'));
    synth!.queue.shift()!.onerror?.({ error: 'synthesis-failed' });
    await settle();
    expect(byTestId(container, 'voice-failed').textContent).toContain('Trình duyệt không đọc được');
    expect(byTestId(container, 'read-aloud-play')).toBeTruthy();
    // Stopping on purpose is not a failure.
    await click(byTestId(container, 'read-aloud-play'));
    expect(container.querySelector('[data-testid="voice-failed"]')).toBeNull();
    await click(buttonByText(container, 'Dừng'));
    expect(container.querySelector('[data-testid="voice-failed"]')).toBeNull();
  });

  it('a dismissed no-voice note stays hidden on the next article', async () => {
    const { deps } = fakeDeps({ voiceNoteDismissed: true }, new FakeSynth([EN_VOICE]));
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    expect(container.querySelector('[data-testid="voice-note"]')).toBeNull();
    expect(byTestId(container, 'read-aloud').textContent).toContain('Đọc to');
  });

  it('while reading, the bar is pinned and the focused button stays the same element (play → pause → resume)', async () => {
    const { deps } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    const bar = byTestId(container, 'read-aloud');
    expect(bar.classList.contains('is-active')).toBe(false);
    const play = byTestId<HTMLButtonElement>(container, 'read-aloud-play');
    play.focus();
    await click(play);
    expect(bar.classList.contains('is-active')).toBe(true);
    expect(bar.getAttribute('data-state')).toBe('playing');
    expect(document.activeElement).toBe(play);
    expect(play.textContent).toContain('Tạm dừng');
    await click(play);
    expect(play.textContent).toContain('Đọc tiếp');
    expect(byTestId<HTMLButtonElement>(container, 'read-aloud-stop').disabled).toBe(false);
    await click(byTestId(container, 'read-aloud-stop'));
    expect(bar.classList.contains('is-active')).toBe(false);
    expect(byTestId<HTMLButtonElement>(container, 'read-aloud-stop').disabled).toBe(true);
  });

  it('the language choice is in the settings and goes to chooseLanguage', async () => {
    const { deps } = fakeDeps({ languageChoice: 'vi' });
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    const select = byTestId<HTMLSelectElement>(container, 'language-select');
    expect(select.value).toBe('vi');
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['Tiếng Việt', 'English', 'Theo trình duyệt']);
    await changeValue(select, 'en');
    expect(deps.chooseLanguage).toHaveBeenCalledWith('en');
  });

  it('says when the browser cannot read aloud at all', async () => {
    const { deps } = fakeDeps({}, null);
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    expect(byTestId(container, 'voice-note').textContent).toBe('Trình duyệt này không hỗ trợ đọc to.');
  });

  it('an unknown id shows "not found" with a way back to the library', async () => {
    const { deps } = fakeDeps({ load: async () => null });
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    expect(container.querySelector('h1')?.textContent).toBe('Không tìm thấy bài này');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('library.html');
  });

  it('marks read from the button at the end', async () => {
    const { deps } = fakeDeps();
    container = mount(<ReaderApp deps={deps} />);
    await settle();
    await click(buttonByText(container, 'Đánh dấu đã đọc xong'));
    expect(deps.markRead).toHaveBeenCalledTimes(1);
    expect(byTestId(container, 'status-message').textContent).toBe('Đã đánh dấu là đã đọc.');
  });
});
