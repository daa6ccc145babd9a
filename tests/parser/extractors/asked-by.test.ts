import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('a question put by someone ("was asked by X whether …")', () => {
  it.each([
    ['Mayor Ann Lee was asked by host Tom Hart whether the ferry would run.', 'Tom Hart', 'whether the ferry would run'],
    ['When asked by reporters on Monday about the harbour fees, the board stayed silent.', undefined, 'about the harbour fees'],
  ])('%s', (body, speaker, quote) => expectOne(body, { ...(speaker ? { speaker } : {}), quote, cue: 'asked', kind: 'indirect' }));

  it('needs the question after the asker', () => expect(statementsOf('The report was asked by the council.')).toHaveLength(0));
});
