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

describe('the reporter’s summing-up after a comma ends a reported clause', () => {
  it.each([
    ['Residents say that they would rather keep the old bridge, the biggest margin the survey has found since 2010.', 'they would rather keep the old bridge'],
    ['The club said it had expelled forty members this year, the first time it has published the number.', 'it had expelled forty members this year'],
    ['Mayor Lena Ortiz said she is backing the governor, the latest turn in a long feud.', 'she is backing the governor'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps a superlative that describes the content', () =>
    expect(said('The bank said it expects the economy to grow 1 percent this year, the lowest mark in a decade.').map((s) => s.quote)).toContain(
      'it expects the economy to grow 1 percent this year, the lowest mark in a decade',
    ));
});

describe('a comma phrase that narrows, adds to or concedes within the content keeps it going', () => {
  it.each([
    ['Ann Pike said the new rules would hurt small farms, particularly in the hill country.', 'the new rules would hurt small farms, particularly in the hill country'],
    ['The report praised the county clinics, as well as the volunteers who staffed them.', 'the county clinics, as well as the volunteers who staffed them'],
    ['Tom Reyes said he would back the plan, even if the council did not.', 'he would back the plan, even if the council did not'],
    ['Ann Pike said the city, after it sells the bonds, will rebuild the pier.', 'the city, after it sells the bonds, will rebuild the pier'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('ends before ", especially given …", the reporter’s reasoning', () =>
    expect(said('Few voters find the ad convincing, especially given that the mayor has changed his mind twice.').map((s) => s.quote)).toContain(
      'the ad convincing',
    ));
});

describe('after an unpaired dash, the reporter’s comment on the content ends it', () => {
  it.each([
    ['Several senators support ending the filibuster — a move that would weaken their own power.', 'ending the filibuster'],
    ['Ann Pike said the bridge was never unsafe — a point that engineers have disputed.', 'the bridge was never unsafe'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps a dash that explains the last noun', () =>
    expect(said('Aides hoped the surge was a fluke - a mix of early polls and stray voters.').map((s) => s.quote)).toContain(
      'the surge was a fluke - a mix of early polls and stray voters',
    ));
});

describe('a cue inside a sentence-initial clause opened after a measure of time ends at its comma', () => {
  it.each([
    ['Days before Mayor Lena Ortiz announced the bridge would close, the council met in secret.', 'the bridge would close'],
    ['Shortly after Ann Pike said the vote was rigged, her aides left the room.', 'the vote was rigged'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));
});

describe('the reporter’s setting after an infinitive content', () => {
  it.each([
    ['Ann Pike declined to seek another term after voting for the tax.', 'to seek another term'],
    ['Tom Reyes threatened to leave the party at a rally in Dayton.', 'to leave the party'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps a time inside the plan', () =>
    expect(said('The party plans to run new ads during the next two debates.').map((s) => s.quote)).toContain('to run new ads during the next two debates'));
});

describe('the speech act that carried a noun-phrase content is the reporter’s', () => {
  it('ends before "with a speech …"', () =>
    expect(said('Governor Ann Pike announced her candidacy with a speech that mocked her rivals.').map((s) => s.quote)).toContain('her candidacy'));

  it('keeps "with" that belongs to the content', () =>
    expect(said('Ann Pike praised the budget with its new school funds.').map((s) => s.quote)).toContain('the budget with its new school funds'));
});
