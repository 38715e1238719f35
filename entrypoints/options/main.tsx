// The options page shows the library (same component, same wiring as library.html), then the shortcuts.
import { mountLibrary } from '../library/mount';
import { mountShortcuts } from './shortcuts';

// The shortcuts card waits for the library's page set-up: that is where the page's language and its message
// catalog are loaded, and a card drawn before would show message names instead of words.
const shortcuts = document.getElementById('shortcuts');
void mountLibrary().finally(() => {
  if (shortcuts) mountShortcuts(shortcuts);
});
