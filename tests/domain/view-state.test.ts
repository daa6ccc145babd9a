import { describe, expect, it } from 'vitest';
import {
  defaultViewState,
  formatViewState,
  parseViewState,
  reconcileViewState,
  type ViewState,
} from '../../src/domain/view-state.ts';

const state = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...patch });

describe('formatViewState', () => {
  it('omits defaults', () => {
    expect(formatViewState(defaultViewState())).toBe('');
  });

  it('writes the canonical order whatever the input order', () => {
    const search = formatViewState(
      state({
        selected: 'a1-0123abcd',
        themes: ['nato', 'air-defense'],
        speakers: ['Volodymyr Zelenskyy', 'Antony Blinken'],
        to: '2024-02-01',
        from: '2023-08-01',
        date: '2024-01-07',
      }),
    );
    expect(search).toBe(
      '?date=2024-01-07&from=2023-08-01&to=2024-02-01&speaker=Antony+Blinken&speaker=Volodymyr+Zelenskyy&theme=air-defense&theme=nato&s=a1-0123abcd',
    );
  });
});

describe('parseViewState(formatViewState(s)) round-trips', () => {
  const cases: [string, ViewState][] = [
    ['default', defaultViewState()],
    ['date only', state({ date: '2024-02-29' })],
    ['window', state({ from: '2023-08-01', to: '2023-08-01' })],
    ['one speaker', state({ speakers: ['Volodymyr Zelenskyy'] })],
    ['odd characters', state({ speakers: ['A & B = C?', 'Ölaf #1 +'], themes: ['x/y', 'z%20'] })],
    ['everything', state({ date: '2024-01-07', from: '2023-08-01', to: '2024-02-01', speakers: ['Jens Stoltenberg'], themes: ['nato'], selected: 'a2-nato_summit.x-fb552180' })],
  ];
  it.each(cases)('%s', (_name, s) => {
    const parsed = parseViewState(formatViewState(s));
    expect(parsed.state).toEqual(s);
    expect(parsed.ignored).toEqual([]);
  });
});

describe('parseViewState with junk', () => {
  const junk: [string, string, Partial<ViewState>, RegExp][] = [
    ['letters as date', '?date=abc', {}, /date=abc/],
    ['impossible date', '?date=2023-02-30', {}, /2023-02-30/],
    ['five-digit year', '?date=99999-01-01', {}, /99999/],
    ['from after to', '?from=2024-02-01&to=2023-08-01', {}, /after/],
    ['from without to', '?from=2024-02-01', {}, /without to/],
    ['repeated date', '?date=2024-01-01&date=2024-01-02', {}, /2 times/],
    ['repeated selection', '?s=a&s=b', {}, /s: given 2 times/],
    ['bad statement id', '?s=%3Cscript%3E', {}, /not a statement id/],
    ['unknown parameter', '?utm_source=x&speaker=A', { speakers: ['A'] }, /unknown parameter utm_source/],
    ['empty speaker', '?speaker=', {}, /speaker: empty/],
    ['long value', `?theme=${'x'.repeat(400)}`, {}, /too long/],
    ['10 kB of junk', `?${'%zz&=&'.repeat(2000)}`, {}, /after 8192 characters/],
    ['broken escapes', '?speaker=%E0%A4%A&date=%', {}, /speaker: not readable text \| date=%/],
  ];
  it.each(junk)('%s', (_name, search, expected, message) => {
    const { state: parsed, ignored } = parseViewState(search);
    expect(parsed).toEqual(state(expected));
    expect(ignored.join(' | ')).toMatch(message);
  });

  it('keeps the valid parameters next to invalid ones', () => {
    const { state: parsed, ignored } = parseViewState('?date=abc&speaker=B&speaker=A&speaker=A&theme=nato&s=x-1');
    expect(parsed).toEqual(state({ speakers: ['A', 'B'], themes: ['nato'], selected: 'x-1' }));
    expect(ignored).toHaveLength(1);
  });

  it('never throws on random input', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '?&=%+#abcdefst0123456789-_ \u00e9\u{1F600}';
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: Math.floor(rnd() * 60) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      const { state: parsed } = parseViewState(text);
      expect(parseViewState(formatViewState(parsed)).state).toEqual(parsed);
    }
  });
});

describe('reconcileViewState', () => {
  it('drops speakers, themes and selection the data does not know', () => {
    const known = { speakers: new Set(['A']), themes: new Set(['nato']), statementIds: new Set(['x-1']) };
    const { state: s, ignored } = reconcileViewState(state({ speakers: ['A', 'Z'], themes: ['nato', 'nope'], selected: 'x-2', date: '2024-01-01' }), known);
    expect(s).toEqual(state({ speakers: ['A'], themes: ['nato'], date: '2024-01-01' }));
    expect(ignored).toEqual(['unknown speaker Z', 'unknown theme nope', 'unknown statement x-2']);
  });
});
