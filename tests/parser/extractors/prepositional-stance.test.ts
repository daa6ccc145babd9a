import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('verbs whose prepositional object is the stance ("respond to", "talked more about", "campaigned against")', () => {
  it.each([
    ['Mayor Ann Lee reacted to the harbour closure with dismay.', 'Ann Lee', 'the harbour closure with dismay', 'reacted to'],
    ['Senator Tom Hart talked more about ferry fares than about schools.', 'Tom Hart', 'ferry fares than about schools', 'talked more about'],
    ['The dock unions have long campaigned against night shifts.', undefined, 'night shifts', 'campaigned against'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { ...(speaker ? { speaker } : {}), quote, cue, kind: 'indirect' }));

  it('reads the noun "campaigns against" after an adjective as no verb', () =>
    expect(statementsOf('Her grass-roots campaigns against the toll drew crowds.').filter((s) => s.cue === 'campaigns against')).toHaveLength(0));

  it('needs "out" for "spoke against"', () => expect(statementsOf('Ann Lee spoke against a backdrop of cranes.')).toHaveLength(0));
});
