import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-single-case.ts';

describe('coordinated cue verbs take the subject of their clause', () => {
  it.each([
    ['Mayor Dana Quill praised the new tram line and proposed a second line along the river.', 'Dana Quill', 'a second line along the river', 'proposed'],
    ['Senator Omar Fitch questioned the cost of the dam; warned that the valley could flood.', 'Omar Fitch', 'the valley could flood', 'warned'],
    ['Governor Tess Lund signed the budget on Friday but criticized the lawmakers who cut school funding.', 'Tess Lund', 'the lawmakers who cut school funding', 'criticized'],
    ['Union leader Mara Voss closed the rally by saying the strike would last until spring.', 'Mara Voss', 'the strike would last until spring', 'saying'],
  ])('%s', (body, speaker, quote, cue) => expect(statementsOf(body)).toContainEqual(expect.objectContaining({ speaker, quote, cue })));

  it('gives the coordinated verb the subject, not the nearest name', () =>
    expect(statementsOf('Senator Ada Moss met Governor Ray Dunn on Monday and warned that the levee was weak.')).toEqual([
      expect.objectContaining({ speaker: 'Ada Moss', quote: 'the levee was weak', cue: 'warned' }),
    ]));
});

describe('prepositional objects are what was said or held', () => {
  it.each([
    ['Senator Ruth Kell disagreed with the court’s ruling on water rights.', 'Ruth Kell', 'the court’s ruling on water rights', 'disagreed'],
    ['Mayor Ivan Oduya insisted on a full audit of the port authority.', 'Ivan Oduya', 'a full audit of the port authority', 'insisted'],
    ['Minister Lena Strand hinted at early elections in the spring.', 'Lena Strand', 'early elections in the spring', 'hinted'],
  ])('%s', (body, speaker, quote, cue) => expect(statementsOf(body)).toContainEqual(expect.objectContaining({ speaker, quote, cue })));

  it('keeps a day after the preposition out of the content', () =>
    expect(statementsOf('Governor Abel Marsh insisted on Tuesday that the bridge was safe.').map((s) => s.quote)).toEqual(['the bridge was safe']));
});

describe('a participle after the main clause reports what its subject holds', () => {
  it.each([
    ['Governor Ann Pike vetoed the bill on Monday, citing its cost to small towns.', 'Ann Pike', 'its cost to small towns', 'citing'],
    ['Senator Paul Vance spoke for an hour, decrying the influence of lobbyists in the capital.', 'Paul Vance', 'the influence of lobbyists in the capital', 'decrying'],
  ])('%s', (body, speaker, quote, cue) => expect(statementsOf(body)).toEqual([expect.objectContaining({ speaker, quote, cue })]));
});

describe('a named object of an endorsement or a judgement is its content', () => {
  it.each([
    ['Several of the county chairs had endorsed Maria Lopez.', 'Maria Lopez', 'endorsed'],
    ['The retired general has praised Lopez, saying she was the strongest candidate.', 'Lopez', 'praised'],
  ])('%s', (body, quote, cue) => expect(statementsOf(body)).toContainEqual(expect.objectContaining({ quote, cue })));

  it('still reads "told CNN." as a cue without content', () =>
    expect(statementsOf('Mayor Jo Park told CNN.').map((s) => s.quote)).toEqual([]));
});

describe('a clause-initial noun phrase is the subject the name finder misses', () => {
  it.each([
    ['Most residents believe that the new dam will protect the valley.', 'Most residents', 'the new dam will protect the valley'],
    ['People who have studied the river for decades say the flood was predictable.', 'People who have studied the river for decades', 'the flood was predictable'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body)).toContainEqual(expect.objectContaining({ speaker, quote })));

  it.each([
    ['With almost all precincts reporting, the mayor was ahead by nine points.'],
    ['These calls for a recount have come from both parties.'],
  ])('finds no speaker in "%s"', (body) => expect(statementsOf(body)).toEqual([]));
});

describe('coordinated that-clauses', () => {
  it('reads ", but that …" as a second clause of the same report', () =>
    expect(statementsOf('Councillor Rita Vance said that the letters had stopped, but that the mayor still ignored her requests.')).toEqual([
      expect.objectContaining({ speaker: 'Rita Vance', quote: 'the letters had stopped, but that the mayor still ignored her requests' }),
    ]));
});
