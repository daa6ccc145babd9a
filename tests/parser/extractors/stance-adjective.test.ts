import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('a predicate adjective of attitude ("critical of", "unhappy with", "eager to")', () => {
  it.each([
    ['Mayor Ann Lee has been critical of the harbour board.', 'Ann Lee', 'the harbour board', 'been critical of'],
    ['Senator Tom Hart was clearly unhappy with the ferry timetable.', 'Tom Hart', 'the ferry timetable', 'was clearly unhappy with'],
    ['The harbour committee is open to changing the fees.', undefined, 'to changing the fees', 'is open'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { ...(speaker ? { speaker } : {}), quote, cue, kind: 'indirect' }));

  it('ends a noun-phrase target before a time phrase', () =>
    expectOne('Ann Lee has been critical of Tom Hart since the spring vote.', { quote: 'Tom Hart' }));

  it('needs a person or body as the holder', () => expect(statementsOf('The bridge repairs were critical to the harbour economy.')).toHaveLength(0));
});
