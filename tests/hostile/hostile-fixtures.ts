// The hostile-page fixtures (tests/fixtures/hostile): six portal article pages carrying XSS vectors in and
// around the article body, and vectors.json, their manifest (written by make-more-pages.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/hostile');

export interface HostileVector {
  id: string;
  /** File name of the page that carries it. */
  page: string;
  /** The part of the page it sits in: body, title, lead, byline, caption, images, attachments. */
  where: string;
  /** False for vectors that cannot run code (overlays, clobbering, tracking) but must still be removed. */
  trap: boolean;
  description: string;
  html: string;
}

export interface HostilePage {
  file: string;
  url: string;
  generator: string;
  title: string;
  byline?: string;
  /** The article's own paragraphs, as plain text. */
  paragraphs: string[];
  vectorIds: string[];
}

interface Manifest {
  trap: string;
  pages: HostilePage[];
  vectors: HostileVector[];
}

export const MANIFEST = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'vectors.json'), 'utf8')) as Manifest;
export const HOSTILE_PAGES = MANIFEST.pages;
export const HOSTILE_VECTORS = MANIFEST.vectors;

export function pageHtml(file: string): string {
  return readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

export function vector(id: string): HostileVector {
  const v = HOSTILE_VECTORS.find((x) => x.id === id);
  if (!v) throw new Error(`no hostile vector "${id}" in vectors.json`);
  return v;
}
