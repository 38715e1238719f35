// The options page shows the library (same component, same wiring as library.html).
import { mountLibrary } from '../library/mount';

void mountLibrary();
