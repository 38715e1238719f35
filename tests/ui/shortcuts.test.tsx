// @vitest-environment jsdom
// The options page's shortcuts card shows the keys the browser really assigned, "not set" for a dropped one,
// and the browser's own way to change them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShortcutsCard } from '../../components/ShortcutsCard';
import { configureI18n } from '../../utils/i18n/i18n';
import { byTestId, mount, unmount } from './helpers';

let container: HTMLElement | null = null;
beforeEach(() => configureI18n({ override: 'vi' }));
afterEach(() => {
  if (container) unmount(container);
  container = null;
});

describe('ShortcutsCard', () => {
  it('lists each command with its assigned key, and "not set" where the browser dropped it (Chrome)', () => {
    container = mount(
      <ShortcutsCard
        browser="chrome"
        commands={[
          { name: '_execute_action', shortcut: 'Alt+Shift+D' },
          { name: 'save-article', shortcut: '' },
          { name: 'unknown-command', shortcut: 'Ctrl+Q' },
        ]}
      />,
    );
    const rows = [...container.querySelectorAll('.shortcut-row')].map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]);
    expect(rows).toEqual([
      ['Mở Tin Sạch cho trang này', 'Alt+Shift+D'],
      ['Lưu bài này vào thư viện Tin Sạch', 'chưa đặt'],
    ]);
    expect(byTestId(container, 'shortcuts-howto').textContent).toContain('chrome://extensions/shortcuts');
  });

  it("names Firefox's page for shortcuts and its MV2 command name", () => {
    configureI18n({ override: 'en' });
    container = mount(<ShortcutsCard browser="firefox" commands={[{ name: '_execute_browser_action', shortcut: 'Alt+Shift+D' }]} />);
    expect(container.querySelector('dt')!.textContent).toBe('Open Tin Sạch for this page');
    expect(byTestId(container, 'shortcuts-howto').textContent).toBe('To change them: open about:addons, click the gear ⚙ and choose “Manage Extension Shortcuts”.');
  });

  it('says so when the browser gives no list, and still says how to change them', () => {
    container = mount(<ShortcutsCard browser="chrome" commands={null} />);
    expect(byTestId(container, 'shortcuts').textContent).toContain('Không đọc được danh sách phím tắt của trình duyệt.');
    expect(byTestId(container, 'shortcuts-howto').textContent).toContain('chrome://extensions/shortcuts');
  });
});
