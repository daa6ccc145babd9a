import { describe, expect, it } from 'vitest';
import { expectStatements, testSingleCase } from './test-single-case.ts';

describe('noun cues owned by their speaker', () => {
  it.each([
    ['Mayor Ann Lee spoke on Monday. Her claim that the budget was balanced is false.', 'Ann Lee', 'the budget was balanced', 'claim that'],
    ['Senator Tom Hart spoke on Monday. His promise to cut property taxes was popular.', 'Tom Hart', 'to cut property taxes', 'promise to'],
  ])('%s', (body, speaker, quote, cue) => expectStatements(body, [{ speaker, quote, cue, kind: 'indirect' }]));

  it('reads an owned stance inside another statement as part of it', () =>
    expectStatements('Mayor Ann Lee spoke on Monday. Critics rejected Lee’s claim that the budget was balanced.', [
      { speaker: 'Critics', quote: 'Lee’s claim that the budget was balanced' },
    ]));

  it('reads an owned stance on its own', () =>
    expectStatements('Mayor Ann Lee spoke on Monday. Lee’s claim that the budget was balanced drew laughter.', [
      { speaker: 'Ann Lee', quote: 'the budget was balanced', cue: 'claim that' },
    ]));

  it('needs a stance noun and a possessive owner', () =>
    expectStatements('The claim that the budget was balanced is false. His car to the airport was late.', []));
});

describe('more stance nouns and a time phrase before the clause', () => {
  it.each([
    ['Critics seized on Lee’s comments that the ferry was safe.', 'Lee', 'the ferry was safe', 'comments that'],
    ['Mayor Ann Lee spoke on Monday. Her remark last week that the depot would close was wrong.', 'Ann Lee', 'the depot would close', 'remark last week that'],
  ])('%s', (body, speaker, quote, cue) =>
    testSingleCase(body, (statements) => expect(statements.find((s) => s.cue === cue)).toMatchObject({ speaker, quote, kind: 'indirect' })));
});
