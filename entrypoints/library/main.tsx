import { mountLibrary } from './mount';

void mountLibrary();
