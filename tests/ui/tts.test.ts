import { describe, expect, it } from 'vitest';
import { pickVietnameseVoice, ReadAloud, splitSentences, type ReadAloudState } from '../../utils/read-aloud/tts';
import { EN_VOICE, FakeSynth, makeUtterance, VI_VOICE } from './fake-speech';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits Vietnamese prose and keeps abbreviations, initials and numbers inside sentences', () => {
    const text =
      'Theo TS. Nguyễn Văn A, TP. Hồ Chí Minh đã chi 1.600 tỷ đồng. Tỷ lệ đạt 4,5%! Còn Q. 1 thì sao? ' +
      '“Chúng tôi sẽ làm tiếp.” Ông N. V. Bình nói… Đến năm 2025, kế hoạch hoàn thành.';
    expect(sentences(text)).toEqual([
      'Theo TS. Nguyễn Văn A, TP. Hồ Chí Minh đã chi 1.600 tỷ đồng.',
      'Tỷ lệ đạt 4,5%!',
      'Còn Q. 1 thì sao?',
      '“Chúng tôi sẽ làm tiếp.”',
      'Ông N. V. Bình nói…',
      'Đến năm 2025, kế hoạch hoàn thành.',
    ]);
  });

  it('offsets point into the original text and skip empty pieces', () => {
    // A blank line ends a sentence even without a full stop; a piece with no letters is not a sentence.
    const text = '  Một câu.   \n\n  Tiêu đề không chấm\n\n ... \n\n';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Một câu.', 'Tiêu đề không chấm']);
    expect(spans[1]!.start).toBe(text.indexOf('Tiêu'));
  });
});

describe('pickVietnameseVoice', () => {
  it('prefers an on-device Vietnamese voice, accepts vi_VN spellings, and returns null without one', () => {
    const remoteVi = { name: 'Google Tiếng Việt', lang: 'vi_VN', voiceURI: 'g', localService: false };
    expect(pickVietnameseVoice([EN_VOICE, remoteVi, VI_VOICE])).toBe(VI_VOICE);
    expect(pickVietnameseVoice([EN_VOICE, remoteVi])).toBe(remoteVi);
    expect(pickVietnameseVoice([EN_VOICE])).toBeNull();
    expect(pickVietnameseVoice([])).toBeNull();
  });
});

describe('ReadAloud', () => {
  function setup() {
    const synth = new FakeSynth([VI_VOICE]);
    const states: ReadAloudState[] = [];
    const indices: number[] = [];
    const r = new ReadAloud({ synth, makeUtterance, lang: 'vi-VN', voice: VI_VOICE, rate: 1.15, onState: (s) => states.push(s), onSentence: (i) => indices.push(i) });
    return { synth, r, states, indices };
  }

  it('speaks one sentence at a time, in order, then goes idle', () => {
    const { synth, r, states, indices } = setup();
    r.play(['Một.', 'Hai.', 'Ba.']);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Một.']);
    expect(synth.spoken[0]).toMatchObject({ lang: 'vi-VN', voice: VI_VOICE, rate: 1.15 });
    synth.finishCurrent();
    synth.finishCurrent();
    synth.finishCurrent();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Một.', 'Hai.', 'Ba.']);
    expect(indices).toEqual([0, 1, 2, -1]);
    expect(states).toEqual(['playing', 'idle']);
  });

  it('pause and resume; stop ignores the cancelled utterance events', () => {
    const { synth, r, states } = setup();
    r.play(['Một.', 'Hai.'], 1);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Hai.']);
    r.pause();
    expect(synth.paused).toBe(true);
    r.resume();
    expect(synth.paused).toBe(false);
    const stale = synth.queue[0]!;
    r.stop();
    stale.onend?.({});
    expect(synth.spoken).toHaveLength(1);
    expect(r.state).toBe('idle');
    expect(states).toEqual(['playing', 'paused', 'playing', 'idle']);
  });

  it('a new play cancels the old run; its late end events do not advance the new one', () => {
    const { synth, r } = setup();
    r.play(['A1.', 'A2.']);
    const old = synth.queue[0]!;
    r.play(['B1.', 'B2.']);
    old.onend?.({});
    expect(synth.spoken.map((u) => u.text)).toEqual(['A1.', 'B1.']);
    synth.finishCurrent();
    expect(synth.spoken.map((u) => u.text)).toEqual(['A1.', 'B1.', 'B2.']);
  });
});
