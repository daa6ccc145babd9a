import { describe, expect, it } from 'vitest';
import { said } from './test-single-case.ts';

describe('a cue further on in a relative clause set off by commas ends at its closing comma', () => {
  it('after a coordinated first verb ("who endorsed … and said …")', () =>
    expect(said('Mayor Lena Ortiz, who last week endorsed the harbor plan and said the city would pay for it, did not attend the hearing.')).toContainEqual({
      speaker: 'Lena Ortiz',
      quote: 'the city would pay for it',
      kind: 'indirect',
    }));

  it('after a time phrase ("who last year threatened …")', () =>
    expect(said('Senator Ruth Kell, who last year threatened to close the state parks over the budget, and who has since run for governor, lost the primary.')).toContainEqual({
      speaker: 'Ruth Kell',
      quote: 'to close the state parks over the budget',
      kind: 'indirect',
    }));
});

describe('the reporter’s circumstance after a noun-phrase content of a clause-taking cue', () => {
  it.each([
    ['Donald Trump called for a ban on imports following the riots.', 'a ban on imports'],
    ['Councilman Bo Reyes conceded some mistakes even as he defended the budget.', 'some mistakes'],
    ['Senator Ruth Kell tweeted a photo of the crowd as she walked into the chamber.', 'a photo of the crowd'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps "such as" inside the content', () =>
    expect(said('The critics praised leaders such as Ann Pike for their work.').map((s) => s.quote)).toContain('leaders such as Ann Pike for their work'));

  it('keeps a clause after "as" whose subject is a noun phrase', () =>
    expect(said('Aides think whoever ends up as the nominee will need the governor.').map((s) => s.quote)).toContain('whoever ends up as the nominee will need the governor'));
});

describe('", but" and a verb with no subject continue a reported clause', () => {
  it('keeps the second predicate of the reported subject', () =>
    expect(said('The party chairman said the vote was fair, but required every delegate to register early.')).toContainEqual({
      speaker: 'party chairman',
      quote: 'the vote was fair, but required every delegate to register early',
      kind: 'indirect',
    }));

  it('ends before a second cue of the speaker', () => expect(said('Ann Pike said the council was right, but did not say why.').map((s) => s.quote)).toContain('the council was right'));

  it('ends after a noun-phrase content', () =>
    expect(said('Senator Ruth Kell attacked the governor’s budget, but softened her tone later.').map((s) => s.quote)).toContain('the governor’s budget'));
});
