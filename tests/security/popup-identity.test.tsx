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
    // Said once, in the toast beside "Hoàn tác".
    expect(byTestId(container, 'undo-toast').textContent).toContain('Đã xoá gần đây');
    const toast = byTestId(container, 'undo-toast');
    await click(toast.querySelector('button')!);
    expect(d.restore).toHaveBeenCalledWith({ token: 'removed-a1' });
    expect(button.getAttribute('data-saved')).toBe('true');
    expect(byTestId(container, 'status-message').textContent).toBe(`Đã khôi phục “${article.title}”.`);
  });
});
