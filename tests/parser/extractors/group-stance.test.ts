import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('a counted group’s preference ("44 percent would back X")', () => {
  it.each([
    ['Among likely voters, 44 percent would back Ann Lee.', 'Ann Lee', 'back'],
    ['Fewer than 20 percent of dock workers approve of the new rota.', 'the new rota', 'approve'],
  ])('%s', (body, quote, cue) => expectOne(body, { quote, cue, kind: 'indirect' }));

  it('needs a counted subject', () => expect(statementsOf('The ferries back onto the slipway at noon.')).toHaveLength(0));
});
