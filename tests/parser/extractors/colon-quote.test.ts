import { describe, expect, it } from 'vitest';
import { expectOne, testSingleCase } from './test-single-case.ts';

describe('a clause, a colon and a closing quotation', () => {
  it('gives the quotation to the clause subject', () =>
    expectOne('Governor Ellen Park is rolling out a sharper campaign message: “We finish what we start.”', {
      speaker: 'Ellen Park',
      kind: 'direct',
      quote: 'We finish what we start.',
    }));

  it('also after an earlier quoted phrase in the sentence', () =>
    testSingleCase('Senator Hal Brody called the bill "a mess," but he paid its author a rare compliment: "She never gives up."', (statements) =>
      expect(statements.at(-1)).toMatchObject({ speaker: 'Hal Brody', kind: 'direct', quote: 'She never gives up.' }),
    ));

  it('gives it to a lowercase noun phrase that opens the sentence', () =>
    testSingleCase('The report put one line from the survey on its cover: “Nobody listens to us.”', (statements) =>
      expect(statements.at(-1)).toMatchObject({ kind: 'direct', quote: 'Nobody listens to us.', speakerMention: 'The report' }),
    ));
});
