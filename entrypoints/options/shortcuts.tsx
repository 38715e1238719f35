// The options page's shortcuts card: commands.getAll() → ShortcutsCard, in its own container below the library.
import { render } from 'preact';
import { browser } from '#imports';
import { ShortcutsCard, type ShortcutView } from '../../components/ShortcutsCard';
import '../../components/shortcuts.css';

export function mountShortcuts(root: HTMLElement): void {
  // Firefox for Android has no keyboard commands: a card about shortcuts there would only confuse.
  const commands = browser.commands as typeof browser.commands | undefined;
  if (!commands) {
    root.hidden = true;
    return;
  }
  // Firefox has browser.runtime.getBrowserInfo; Chrome does not (and its shortcut page differs).
  const kind = 'getBrowserInfo' in browser.runtime ? 'firefox' : 'chrome';
  const show = (commands: ShortcutView[] | null) => render(<ShortcutsCard commands={commands} browser={kind} />, root);
  commands
    .getAll()
    .then((all) => show(all.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }))))
    .catch(() => show(null));
}
