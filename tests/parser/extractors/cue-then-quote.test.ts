import { describe, it } from 'vitest';
import { expectStatements } from './test-single-case.ts';

describe('cue right before a quotation that ends the sentence', () => {
  it('reads a participle with an addressee and a comma', () =>
    expectStatements('After the storm, the mayor praised the crews in a letter to the council, with one of her aides asking, “Who will pay for the repairs?”', [
      { kind: 'direct', quote: 'Who will pay for the repairs?', cue: 'asking' },
    ]));

  it('gives the quotation after the cue to the cue, not the earlier quotation', () =>
    expectStatements('Waving flags marked “Save the Pier,” the fishermen chanted “Not one more plank.”', [
      { speaker: 'fishermen', kind: 'direct', quote: 'Not one more plank.', cue: 'chanted' },
    ]));

  it('leaves a title-case show name after the cue alone', () =>
    expectStatements('“We will rebuild the pier,” the governor told WXYZ’s “Morning Edition.”', [{ kind: 'direct', quote: 'We will rebuild the pier,' }]));
});

describe('quotations split around an attribution', () => {
  it('resumes after an appositive with its own relative clause', () =>
    expectStatements('"The danger," said Ann Lee, an engineer who has inspected the pier for years, "is that the tide keeps rising."', [
      { speaker: 'Ann Lee', kind: 'direct', quote: 'The danger, … is that the tide keeps rising.' },
    ]));

  it('takes the quoted sentence before "X said to cheers."', () =>
    expectStatements('“We will rebuild the pier.” Ann Lee said to cheers. “And it will be stronger.”', [
      { speaker: 'Ann Lee', kind: 'direct', quote: 'We will rebuild the pier. … And it will be stronger.' },
    ]));

  it('does not give a quotation with its own cue to the colon before it', () =>
    expectStatements('Sam Cole was at the pier that night:\n\n“Here comes the tide,” Ann Lee said.', [{ speaker: 'Ann Lee', kind: 'direct', quote: 'Here comes the tide,' }]));
});

describe('quotations closed around their attribution', () => {
  it('reads a comma inside a nested quotation as closing the quote', () =>
    expectStatements('“We stand by the old motto: ‘Fair winds for all,’” the club wrote in a statement that was posted online.', [
      { kind: 'direct', quote: 'We stand by the old motto: ‘Fair winds for all,’' },
    ]));

  it('reads a verb before its subject after the quotation', () =>
    expectStatements('“Who decided to close the pier?” asked Ann Lee.\n\n“The council acted in good faith,” read the statement, which was signed by the mayor.', [
      { speaker: 'Ann Lee', kind: 'direct', quote: 'Who decided to close the pier?' },
      { kind: 'direct', quote: 'The council acted in good faith,' },
    ]));

  it('takes the quotation after a possessive name and a setting phrase', () =>
    expectStatements('As the Times’ Ann Lee pointed out in December, “The pier is older than the town.”', [
      { speaker: 'Ann Lee', kind: 'direct', quote: 'The pier is older than the town.' },
    ]));
});
