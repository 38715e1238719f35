// Popup start-up. The question to the page goes first (first-load.ts), then the interface mounts and shows
// the answer. One static module graph on purpose: measured with `npm run bench`, loading the interface as a
// separate chunk while the page answers was slower (one more round of module fetches) than loading it all
// up front.
import { firstLoad, prefsPromise, tabPromise } from './first-load';
import { mountPopup } from './mount';
import './popup.css';

void mountPopup({ tabPromise, firstLoad, prefsPromise });
