// @vitest-environment jsdom
// Forged page identity in the popup: a save that would replace a different saved article asks first, and
// deleting from the popup can be undone like a delete in the library.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupDeps } from '../../components/popup/PopupApp';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { configureI18n } from '../../utils/i18n/i18n';
import { makeArticle } from '../ui/fixtures/article';
import { fakePopupDeps } from '../ui/fixtures/popup-deps';
import { byTestId, click, mount, settle, unmount } from '../ui/helpers';

const article = analyseArticle(makeArticle());

const deps = (over: Partial<PopupDeps> = {}): PopupDeps => fakePopupDeps(article, over);

let container: HTMLElement | null = null;
beforeEach(() => configureI18n({ override: 'vi' }));
afterEach(() => {
  if (container) unmount(container);
  container = null;
});

const CONFLICT = { ok: false as const, reason: 'conflict', message: 'Thư viện đã có một bài khác…' };

describe('popup: a save that would replace another article asks first', () => {
  it('asks, and replaces only when the reader chooses "Thay bằng bài này"', async () => {
    const save = vi.fn(async (opts?: { replace?: boolean }) => (opts?.replace ? { ok: true as const, id: 'a1' } : CONFLICT));
    const d = deps({ save });
    container = mount(<PopupApp deps={d} />);
    await settle();
    await click(byTestId(container, 'save-button'));
    expect(save).toHaveBeenCalledExactlyOnceWith(undefined);
    expect(byTestId(container, 'replace-prompt').textContent).toContain('Thay bài đã lưu bằng bài đang xem?');
    expect(byTestId(container, 'save-button').getAttribute('data-saved')).toBe('false');
    await click(byTestId(container, 'replace-confirm'));
    expect(save).toHaveBeenLastCalledWith({ replace: true });
    expect(byTestId(container, 'save-button').getAttribute('data-saved')).toBe('true');
    expect(container.querySelector('[data-testid="replace-prompt"]')).toBeNull();
  });

  it('"Giữ bài đã lưu" keeps the saved article and says so', async () => {
    const save = vi.fn(async () => CONFLICT);
    container = mount(<PopupApp deps={deps({ save })} />);
    await settle();
    await click(byTestId(container, 'save-button'));
    await click(byTestId(container, 'replace-keep'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(byTestId(container, 'status-message').textContent).toBe('Đã giữ nguyên bài đã lưu.');
    expect(container.querySelector('[data-testid="replace-prompt"]')).toBeNull();
  });
});

describe('popup: a saved copy of this address with other words is not shown as saved', () => {
  it('says the library holds an older copy, and Save asks before replacing it', async () => {
    const save = vi.fn(async () => ({ ok: true as const, id: 'a1' }));
    const d = deps({ save, savedId: vi.fn(async () => 'a1'), savedCopyDiffers: vi.fn(async () => true) });
    container = mount(<PopupApp deps={d} />);
    await settle();
    const button = byTestId(container, 'save-button');
    expect(button.getAttribute('data-saved')).toBe('false');
    expect(byTestId(container, 'status-message').textContent).toBe('Thư viện có một bản cũ của trang này, khác với bản đang xem.');
    await click(button);
    expect(save).not.toHaveBeenCalled();
    expect(d.remove).not.toHaveBeenCalled();
    expect(byTestId(container, 'replace-prompt').textContent).toContain('Bản cũ sẽ vào thùng rác.');
    await click(byTestId(container, 'replace-confirm'));
    expect(save).toHaveBeenCalledExactlyOnceWith({ replace: true });
    expect(button.getAttribute('data-saved')).toBe('true');
  });

  it('a saved copy with the same words is "Đã lưu ✓"', async () => {
    const differs = vi.fn(async () => false);
    container = mount(<PopupApp deps={deps({ savedId: vi.fn(async () => 'a1'), savedCopyDiffers: differs })} />);
    await settle();
    expect(differs).toHaveBeenCalledWith('a1', article);
    expect(byTestId(container, 'save-button').getAttribute('data-saved')).toBe('true');
  });
});

describe('popup: deleting can be undone', () => {
  it('"Đã lưu ✓" deletes, and Hoàn tác restores exactly what was deleted', async () => {
    const d = deps({ savedId: vi.fn(async () => 'a1') });
    container = mount(<PopupApp deps={d} />);
    await settle();
    const button = byTestId(container, 'save-button');
    expect(button.getAttribute('data-saved')).toBe('true');
    await click(button);
    expect(d.remove).toHaveBeenCalledWith('a1');
    expect(button.getAttribute('data-saved')).toBe('false');
    expect(byTestId(container, 'status-message').textContent).toContain('Đã xoá gần đây');
    const toast = byTestId(container, 'undo-toast');
    await click(toast.querySelector('button')!);
    expect(d.restore).toHaveBeenCalledWith({ token: 'removed-a1' });
    expect(button.getAttribute('data-saved')).toBe('true');
    expect(byTestId(container, 'status-message').textContent).toBe(`Đã khôi phục “${article.title}”.`);
  });
});
