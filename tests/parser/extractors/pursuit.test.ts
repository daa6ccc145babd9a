import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('what a subject seeks is its stance', () => {
  it.each([
    ['Mayor Ann Lee now seeks the removal of the harbour board.', 'Ann Lee', 'the removal of the harbour board', 'seeks'],
    ['Senator Tom Hart has sought to distance himself from the ferry deal.', 'Tom Hart', 'to distance himself from the ferry deal', 'sought'],
    ['The port authority is seeking new funds for the pier.', undefined, 'new funds for the pier', 'seeking'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { ...(speaker ? { speaker } : {}), quote, cue, kind: 'indirect' }));

  it('stops before a trailing participle phrase', () =>
    expect(statementsOf('Tom Hart sought to calm the crowd, promising that the pier would reopen.').find((s) => s.cue === 'sought')).toMatchObject({
      quote: 'to calm the crowd',
    }));

  it('reads no passive or adjective "sought"', () => {
    expect(statementsOf('The harbour seats were much sought after by the guilds.')).toHaveLength(0);
    expect(statementsOf('The grant was sought in the spring budget.')).toHaveLength(0);
  });
});
