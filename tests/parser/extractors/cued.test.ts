import { describe, it } from 'vitest';
import { expectOne } from './test-single-case.ts';

describe('cued statements: the complementizer after a setting phrase', () => {
  it('skips a relative "that" inside the setting phrase ("an interview that aired Monday that …")', () =>
    expectOne('Mayor Ann Cole said in a radio interview that aired Monday that the bridge would reopen in May.', {
      speaker: 'Ann Cole',
      quote: 'the bridge would reopen in May',
      kind: 'indirect',
    }));
  it('skips "a letter that was released that …"', () =>
    expectOne('Senator Tom Ruiz wrote in a letter that was released Friday that the budget plan would hurt farmers.', {
      speaker: 'Tom Ruiz',
      quote: 'the budget plan would hurt farmers',
      kind: 'indirect',
    }));
});

describe('cued statements: a subject before a dash aside', () => {
  it('finds the subject before "— … — said"', () =>
    expectOne('Farmers in the two valleys — Bell and Ash — said the drought would cut the harvest.', {
      speaker: 'Farmers in the two valleys',
      quote: 'the drought would cut the harvest',
      kind: 'indirect',
    }));
});

describe('cued statements: a clause after the cue is no inverted speaker', () => {
  it('reads "…, say they will …" after a comma aside as the subject’s report', () =>
    expectOne('Most renters, about 60 percent, say they will move out next year.', {
      speaker: 'Most renters',
      quote: 'they will move out next year',
      kind: 'indirect',
    }));
});

describe('cued statements: a setting phrase before the reported clause', () => {
  it('starts the content at the pronoun subject after "said after the vote"', () =>
    expectOne('The mayor said after the vote he would resign in June.', {
      speaker: 'mayor',
      quote: 'he would resign in June',
      kind: 'indirect',
    }));
});
