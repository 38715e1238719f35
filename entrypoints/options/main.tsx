// The options page shows the library (same component, same wiring as library.html), then the shortcuts.
import { mountLibrary } from '../library/mount';
import { mountShortcuts } from './shortcuts';

void mountLibrary();
const shortcuts = document.getElementById('shortcuts');
if (shortcuts) mountShortcuts(shortcuts);
