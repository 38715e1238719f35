// Read-aloud over the Web Speech API, one utterance per sentence: the sentence being read can be
// highlighted, pause/resume are exact, and Chrome's habit of cutting long utterances off after ~15 s never
// bites. The synthesiser is injected (window.speechSynthesis in the reader, a fake in tests).

export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService?: boolean;
  default?: boolean;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface SynthLike {
  getVoices(): VoiceLike[];
  speak(u: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export type MakeUtterance = (text: string) => UtteranceLike;

// Abbreviations that end in a dot inside a Vietnamese sentence ("TP. Hồ Chí Minh", "TS. Nguyễn Văn A",
// "Q. Hoàn Kiếm", "P. Tràng Tiền", "Th.S"), seen in portal bylines and addresses.
const ABBREVIATIONS = new Set([
  'tp', 'q', 'p', 'tx', 'tt', 'h', 'x', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls', 'ncs', 'cn', 'đ/c', 'tr', 'st',
  'mr', 'mrs', 'ms', 'dr', 'no', 'vs', 'v.v', 'tnhh', 'ubnd', 'hđnd',
]);

const TERMINAL = /[.!?…]/;
const CLOSER = /["”’»)\]]/;
const SPACE = /\s/u;
const OPENER = /["“‘«([–—-]/;
const STARTS_SENTENCE = /[\p{Lu}\p{N}]/u;
const ABBREVIATION_CHAR = /[\p{L}/.]/u;
/** Longer than any abbreviation or initial: a longer word before a dot is never one, so looking further is waste. */
const LONGEST_ABBREVIATION = 8;

/**
 * Sentence spans of `text` (offsets, trimmed), for Vietnamese and English prose. A sentence ends at . ! ? …
 * (possibly followed by closing quotes/brackets) before white space and then something that can start a
 * sentence; a blank line always ends one. One pass, each character looked at a bounded number of times: a
 * saved article is up to 2 MB of whatever a page wrote, and a run of initials ("T. T. T. …") or of dots used to
 * make this quadratic (a reader tab frozen for over a minute).
 */
export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const n = text.length;
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      let k = i + 1;
      while (k < n && text[k] !== '\n' && SPACE.test(text[k]!)) k++;
      if (k < n && text[k] === '\n') {
        // A blank line (and any white space after it) ends the sentence.
        while (k < n && SPACE.test(text[k]!)) k++;
        pushTrimmed(text, from, i, spans);
        from = k;
      }
      i = k > i + 1 ? k : i + 1;
      continue;
    }
    if (!TERMINAL.test(c)) {
      i++;
      continue;
    }
    // The whole run of marks and closers is one candidate end: "...", "?!", ".”", "…)".
    let j = i;
    while (j < n && TERMINAL.test(text[j]!)) j++;
    const marks = j - i;
    while (j < n && CLOSER.test(text[j]!)) j++;
    let k = j;
    while (k < n && SPACE.test(text[k]!)) k++;
    const next = k < n && OPENER.test(text[k]!) ? k + 1 : k;
    if (k === j || next >= n || !STARTS_SENTENCE.test(text[next]!)) {
      i = j > i ? j : i + 1;
      continue;
    }
    // "N. V. A" initials and known abbreviations are not sentence ends.
    if (c === '.' && marks === 1 && j === i + 1 && isAbbreviationBefore(text, from, i)) {
      i = j;
      continue;
    }
    pushTrimmed(text, from, j, spans);
    from = k;
    i = k;
  }
  pushTrimmed(text, from, n, spans);
  return spans;
}

function isAbbreviationBefore(text: string, from: number, dot: number): boolean {
  let k = dot;
  while (k > from && dot - k <= LONGEST_ABBREVIATION && ABBREVIATION_CHAR.test(text[k - 1]!)) k--;
  if (dot - k > LONGEST_ABBREVIATION) return false;
  const before = text.slice(k, dot);
  return ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before);
}

function pushTrimmed(text: string, start: number, end: number, out: { start: number; end: number }[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

function isVietnamese(v: VoiceLike): boolean {
  return /^vi([-_]|$)/i.test(v.lang);
}

/** The best Vietnamese voice: an on-device one first (works offline), then the browser's default. */
export function pickVietnameseVoice(voices: readonly VoiceLike[]): VoiceLike | null {
  const vi = voices.filter(isVietnamese);
  if (vi.length === 0) return null;
  return vi.find((v) => v.localService && v.default) ?? vi.find((v) => v.localService) ?? vi.find((v) => v.default) ?? vi[0] ?? null;
}

export type ReadAloudState = 'idle' | 'playing' | 'paused';

export interface ReadAloudOptions {
  synth: SynthLike;
  makeUtterance: MakeUtterance;
  /** Language of the text ('vi-VN'): also used when no voice of that language is installed. */
  lang: string;
  voice: VoiceLike | null;
  rate?: number;
  onState?: (state: ReadAloudState) => void;
  /** Index of the sentence now being read, or -1 when reading stops. */
  onSentence?: (index: number) => void;
  /** The synthesiser could not speak (no working voice): said to the reader, never swallowed. */
  onFailure?: (error: string) => void;
}

/** Errors that mean "stopped on purpose" (cancel(), a new run), not "cannot speak". */
const DELIBERATE_STOPS = new Set(['interrupted', 'canceled']);

export class ReadAloud {
  private sentences: string[] = [];
  private index = -1;
  private stateValue: ReadAloudState = 'idle';
  // Each utterance carries the generation it was started in: the `end` events of a cancelled run (fired
  // by cancel() in Chrome) must not advance the new one.
  private generation = 0;

  constructor(private readonly opts: ReadAloudOptions) {}

  get state(): ReadAloudState {
    return this.stateValue;
  }

  get current(): number {
    return this.index;
  }

  setRate(rate: number): void {
    this.opts.rate = rate;
  }

  /** Starts reading `sentences` from `from` (cancelling whatever was being read). */
  play(sentences: string[], from = 0): void {
    this.opts.synth.cancel();
    this.generation++;
    this.sentences = sentences;
    if (from >= sentences.length) {
      this.finish();
      return;
    }
    this.setState('playing');
    this.speakAt(from);
  }

  pause(): void {
    if (this.stateValue !== 'playing') return;
    this.opts.synth.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.stateValue !== 'paused') return;
    this.opts.synth.resume();
    this.setState('playing');
  }

  stop(): void {
    this.generation++;
    this.opts.synth.cancel();
    this.finish();
  }

  private speakAt(i: number): void {
    const text = this.sentences[i];
    if (text === undefined) {
      this.finish();
      return;
    }
    const gen = this.generation;
    this.index = i;
    this.opts.onSentence?.(i);
    const u = this.opts.makeUtterance(text);
    u.lang = this.opts.lang;
    u.voice = this.opts.voice;
    u.rate = this.opts.rate ?? 1;
    u.onend = () => {
      if (gen === this.generation) this.speakAt(i + 1);
    };
    // An error on one sentence (e.g. "interrupted" after cancel) ends this run, never loops.
    u.onerror = (ev) => {
      if (gen !== this.generation) return;
      const error = String((ev as { error?: unknown } | null)?.error ?? 'synthesis-failed');
      this.finish();
      if (!DELIBERATE_STOPS.has(error)) this.opts.onFailure?.(error);
    };
    this.opts.synth.speak(u);
  }

  private finish(): void {
    this.index = -1;
    this.opts.onSentence?.(-1);
    this.setState('idle');
  }

  private setState(s: ReadAloudState): void {
    if (s === this.stateValue) return;
    this.stateValue = s;
    this.opts.onState?.(s);
  }
}
