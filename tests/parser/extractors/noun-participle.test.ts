import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('a noun phrase described by a speech participle ("a letter urging …")', () => {
  it.each([
    ['The harbour union sent a letter to the council urging members to reject the ferry contract.', 'members to reject the ferry contract', 'urging'],
    ['Residents started an online petition calling for a new crossing.', 'a new crossing', 'calling for'],
    ['The Coast Party is running a radio spot attacking Mayor Ann Lee over the budget.', 'Mayor Ann Lee over the budget', 'attacking'],
  ])('%s', (body, quote, cue) => expectOne(body, { quote, cue, kind: 'indirect' }));

  it('ends a fronted phrase at its comma', () =>
    expect(statementsOf('Despite leaflets urging calm, the crowd pushed toward the gate.')[0]).toMatchObject({ quote: 'calm', cue: 'urging' }));

  it('ends a subject phrase before the main verb', () =>
    expect(statementsOf('A petition calling on the mayor to resign has reached 9,000 signatures.')[0]).toMatchObject({
      quote: 'the mayor to resign',
      cue: 'calling on',
    }));

  it('reads no "showing", "voting" or adverb + participle', () => {
    expect(statementsOf('The ferry line made a poor showing in the harbour vote.')).toHaveLength(0);
    expect(statementsOf('The council is happily praising the plan.').filter((s) => s.cue === 'praising' && s.speakerMention === 'happily')).toHaveLength(0);
  });
});
