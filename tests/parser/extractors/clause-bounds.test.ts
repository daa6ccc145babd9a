import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-single-case.ts';

const said = (body: string) => statementsOf(body).map((s) => ({ speaker: s.speaker, quote: s.quote, kind: s.kind }));

describe('an aside between two dashes stays inside the reported clause', () => {
  it.each([
    ['Mayor Lena Ortiz said that the harbor fund — a pool of state and city money — would pay for the new docks.', 'the harbor fund — a pool of state and city money — would pay for the new docks'],
    ['Governor Ray Dunn said the old bridge - built in 1931 - would close for repairs in March.', 'the old bridge - built in 1931 - would close for repairs in March'],
  ])('%s', (body, quote) => expect(said(body)).toEqual([{ speaker: expect.any(String), quote, kind: 'indirect' }]));

  it('ends at an aside followed by a new clause', () =>
    expect(said('Senator Ada Moss said the tax cut would pass — a rare win for her party — it was still a close vote.').map((s) => s.quote)).toEqual(['the tax cut would pass']));
});

describe('a single dash ends the reported clause unless an elaboration follows', () => {
  it('stops before a spaced hyphen that opens the writer’s aside', () =>
    expect(said('Mayor Tom Reyes said the budget was balanced - and then he left the room.').map((s) => s.quote)).toEqual(['the budget was balanced']));

  it('keeps a noun-phrase elaboration after the dash', () =>
    expect(said('Chief Nora Hale said the plan was a compromise - a mix of new patrols and old programs.').map((s) => s.quote)).toEqual([
      'the plan was a compromise - a mix of new patrols and old programs',
    ]));
});
