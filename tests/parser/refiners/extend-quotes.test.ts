import { describe, it } from 'vitest';
import { expectStatements } from '../extractors/test-single-case.ts';

describe('extend quotes', () => {
  it('joins the quoted sentences that follow an attributed quotation', () =>
    expectStatements('“We lost the vote,” Leader Sam Cole said. “We will win the next one.”', [
      { speaker: 'Sam Cole', quote: 'We lost the vote, … We will win the next one.' },
    ]));

  it('follows a quotation across paragraphs that reopen the mark', () =>
    expectStatements('Chief Ana Ruiz said: “The river is rising.\n\n“We have moved everyone to higher ground.”', [
      { speaker: 'Ana Ruiz', quote: 'The river is rising. … We have moved everyone to higher ground.' },
    ]));

  it('does not swallow a quotation with its own attribution', () =>
    expectStatements('“Yes,” Ben Ames said. “No,” Cara Lind said.', [
      { speaker: 'Ben Ames', quote: 'Yes,' },
      { speaker: 'Cara Lind', quote: 'No,' },
    ]));
});
