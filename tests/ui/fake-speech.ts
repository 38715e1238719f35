// A stand-in for window.speechSynthesis that "speaks" when told to: the tests decide when each
// utterance ends, like a real engine finishing a sentence.
import type { SynthLike, UtteranceLike, VoiceLike } from '../../utils/read-aloud/tts';

export class FakeSynth implements SynthLike {
  spoken: UtteranceLike[] = [];
  queue: UtteranceLike[] = [];
  paused = false;
  cancels = 0;
  constructor(public voices: VoiceLike[] = []) {}
  getVoices(): VoiceLike[] {
    return this.voices;
  }
  speak(u: UtteranceLike): void {
    this.spoken.push(u);
    this.queue.push(u);
  }
  cancel(): void {
    this.cancels++;
    // Chrome fires `end`/`error` on cancelled utterances; the controller must ignore them.
    const q = this.queue;
    this.queue = [];
    for (const u of q) u.onerror?.({ error: 'interrupted' });
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  /** The engine finishes the utterance being spoken. */
  finishCurrent(): void {
    const u = this.queue.shift();
    u?.onend?.({});
  }
}

export function makeUtterance(text: string): UtteranceLike {
  return { text, lang: '', rate: 1, voice: null, onend: null, onerror: null };
}

export const VI_VOICE: VoiceLike = { name: 'Microsoft An - Vietnamese (Vietnam)', lang: 'vi-VN', voiceURI: 'an', localService: true };
export const EN_VOICE: VoiceLike = { name: 'Google US English', lang: 'en-US', voiceURI: 'en', localService: false, default: true };
