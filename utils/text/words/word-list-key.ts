// Where words.js leaves the word list's text for analyser.js in a page (both run in the extension's isolated
// world, which page scripts cannot reach): the list is a file of its own so that the analyser stays small.
export const WORD_LIST_KEY = Symbol.for('tin-sach.word-list');
