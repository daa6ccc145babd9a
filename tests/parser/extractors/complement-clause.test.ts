import { describe, expect, it } from 'vitest';
import { statementsOf as found } from './test-single-case.ts';

const statementsOf = (body: string) => found(body).map(({ speaker, quote, cue }) => ({ speaker, quote, cue }));

describe('a reported clause after a predicate outside the cue lexicon', () => {
  it.each([
    ['Mayor Lina Ortiz has discovered that the bridge contract was never signed.', 'Lina Ortiz', 'the bridge contract was never signed', 'discovered'],
    ['Many voters are convinced that the new levy will ruin them.', 'Many voters', 'the new levy will ruin them', 'convinced'],
    ['Senator Abe Cole was unsure whether the vote would pass.', 'Abe Cole', 'whether the vote would pass', 'unsure'],
  ])('%s', (body, speaker, quote, cue) => expect(statementsOf(body)).toEqual([{ speaker, quote, cue }]));

  it.each([
    ['The firm sold machines to companies that move their factories abroad.'],
    ['Governor Ida Pope loves that song about the river.'],
    ['The storm was so strong that the pier collapsed.'],
    ['It is clear that the budget will be late.'],
  ])('reads no statement in "%s"', (body) => expect(statementsOf(body)).toEqual([]));
});
