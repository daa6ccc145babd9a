import { describe, it } from 'vitest';
import { expectStatements } from './test-single-case.ts';

describe('a quotation as the object of a person’s verb', () => {
  it('reads a credit taken for quoted words', () =>
    expectStatements('The mayor took credit for “saving the pier from ruin.”', [{ speaker: 'mayor', kind: 'direct', cue: 'took', quote: 'saving the pier from ruin.' }]));

  it('reads a phrase a person has used', () =>
    expectStatements('Ann Lee has often used the phrase “harbor first” in her speeches.', [{ speaker: 'Ann Lee', kind: 'direct', cue: 'used', quote: 'harbor first' }]));

  it('leaves a title-case show name alone', () => expectStatements('Ann Lee likes “The Harbor Show,” a weekly program.', []));

  it('leaves a passive verb alone', () => expectStatements('Ann Lee should be impeached for “gross neglect of the harbor.”', []));

  it('reads a possessive name before a quotation and a noun of speech', () =>
    expectStatements('Ann Lee’s “not one more plank” pledge was soon forgotten.', [{ speaker: 'Ann Lee', kind: 'direct', cue: 'pledge', quote: 'not one more plank' }]));

  it('leaves a possessive name before a quotation and another noun alone', () => expectStatements('Ann Lee’s “not one more plank” campaign was soon forgotten.', []));
});
