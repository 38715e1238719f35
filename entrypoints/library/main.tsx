import { mountLibrary } from './mount';

mountLibrary();
