// Which voice read-aloud will use, said honestly: a Vietnamese voice, another language's voice (the best the
// computer has), or none at all, in which case there is nothing to press. And which system's instructions
// for installing a Vietnamese voice the reader needs first.
import { pickVietnameseVoice, type VoiceLike } from './tts';

export type VoiceChoice =
  | { kind: 'vietnamese'; voice: VoiceLike }
  | { kind: 'other'; voice: VoiceLike }
  | { kind: 'none' };

export function chooseVoice(voices: readonly VoiceLike[]): VoiceChoice {
  const vi = pickVietnameseVoice(voices);
  if (vi) return { kind: 'vietnamese', voice: vi };
  // Without Vietnamese: the browser's default voice (the reader's own language, usually), an on-device one
  // (works offline) before a network one.
  const other = voices.find((v) => v.default) ?? voices.find((v) => v.localService) ?? voices[0];
  return other ? { kind: 'other', voice: other } : { kind: 'none' };
}

export type HelpSystem = 'windows' | 'android' | 'mac' | 'linux';

/** The reader's system from the browser's user-agent string; Linux when it cannot tell (the most manual case). */
export function helpSystem(userAgent: string): HelpSystem {
  if (/Android/i.test(userAgent)) return 'android';
  if (/Windows/i.test(userAgent)) return 'windows';
  if (/Mac OS X|Macintosh/i.test(userAgent)) return 'mac';
  return 'linux';
}

/** The systems in the order the help lists them: the reader's own first. */
export function helpOrder(mine: HelpSystem): HelpSystem[] {
  return [mine, ...(['windows', 'android', 'mac', 'linux'] as const).filter((s) => s !== mine)];
}
