// A followed page's state in words, as the library's list says it: the reader sees why a page brings no news
// (paused, the server answered 500, the page now sends elsewhere…) and what to do about it, never a code.
import type { MessageKey } from '../i18n/i18n';
import type { FetchFailure } from '../digest/page-fetcher';
import type { FollowNote, FollowProblem, FollowedPage } from './followed-page';
import { MAX_NEW_PER_CHECK } from './diff-teasers';

export interface StateWords {
  key: MessageKey;
  subs?: string[];
  /** 'problem': the last check failed; 'note': it worked and noticed something; 'ok' or 'idle' otherwise. */
  tone: 'ok' | 'idle' | 'note' | 'problem';
}

const PROBLEM_KEYS: Record<Exclude<FollowProblem, 'status'>, MessageKey> = {
  timeout: 'followErrTimeout',
  network: 'followErrNetwork',
  'other-site': 'followErrOtherSite',
  moved: 'followErrOtherSite',
  'too-large': 'followErrTooLarge',
  'not-html': 'followErrNotHtml',
  'no-list': 'followErrNoList',
  'no-access': 'followErrNoAccess',
} satisfies Record<Exclude<FetchFailure, 'status'> | 'no-list' | 'no-access', MessageKey>;

const NOTE_KEYS: Record<FollowNote, MessageKey> = {
  'template-changed': 'followNoteTemplate',
  rotating: 'followNoteRotating',
  capped: 'followNoteCapped',
};

export function followStateWords(page: FollowedPage): StateWords {
  if (page.paused) return { key: 'followPaused', tone: 'idle' };
  if (page.lastCheckedAt === null) return { key: 'followNeverChecked', tone: 'idle' };
  if (page.problem === 'status') return { key: 'followErrStatus', subs: [String(page.httpStatus ?? '')], tone: 'problem' };
  if (page.problem) return { key: PROBLEM_KEYS[page.problem], tone: 'problem' };
  if (page.note === 'capped') return { key: NOTE_KEYS.capped, subs: [String(MAX_NEW_PER_CHECK)], tone: 'note' };
  if (page.note) return { key: NOTE_KEYS[page.note], tone: 'note' };
  return { key: 'followOk', tone: 'ok' };
}
