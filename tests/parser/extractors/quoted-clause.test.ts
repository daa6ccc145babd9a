import { describe, expect, it } from 'vitest';
import { expectStatements, testSingleCase } from './test-single-case.ts';

describe('trailing attribution after a clause that ends in a quotation', () => {
  it('keeps the unquoted opening of the clause as mixed content', () =>
    expectStatements('The new bridge, built in record time, "will carry twice the traffic," said Ann Lee, the city engineer.', [
      { speaker: 'Ann Lee', kind: 'mixed', quote: 'The new bridge, built in record time, "will carry twice the traffic,"' },
    ]));

  it('joins the quoted sentence that follows the attribution', () =>
    expectStatements('The new bridge "will carry twice the traffic," Ann Lee said. "Nobody expected that."', [
      { speaker: 'Ann Lee', kind: 'mixed', quote: 'The new bridge "will carry twice the traffic," … Nobody expected that.' },
    ]));
});

describe('extend quotes', () => {
  it('does not take a subhead in single quotes as the next part of a quotation', () =>
    expectStatements("“We are out of money,” Ann Lee said.\n\n'Budget talks.'\n\nThe council meets on Monday.", [{ speaker: 'Ann Lee', quote: 'We are out of money,' }]));
});

describe('a participle that hands on the floor', () => {
  it('takes the quoted sentence that follows instead of the first quotation', () =>
    expectStatements('“The pier is safe,” Ann Lee said, adding that repairs would finish soon. “We checked every beam.”', [
      { speaker: 'Ann Lee', kind: 'direct', quote: 'The pier is safe,' },
      { speaker: 'Ann Lee', kind: 'mixed', quote: 'repairs would finish soon … We checked every beam.' },
    ]));
});

describe('a content span and a later quoting cue of the same speaker', () => {
  it('ends the first content before the later cue, so both statements stay', () =>
    testSingleCase('The mayor has spoken at many graduations, advising one class to "keep the pier open," and telling another, "Never stop fishing."', (statements) => {
      expect(statements.map((s) => s.quote)).toEqual(['one class to "keep the pier open,"', 'Never stop fishing.']);
    }));
});

describe('a trailing attribution after reported words', () => {
  it('joins the quoted sentence that follows it', () =>
    expectStatements('The mayor "felt bound to act" on the pier, Ann Lee said. "This is core work for her."', [
      { speaker: 'Ann Lee', kind: 'mixed', quote: 'The mayor "felt bound to act" on the pier … This is core work for her.' },
    ]));
});
