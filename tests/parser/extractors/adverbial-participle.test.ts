import { describe, it } from 'vitest';
import { expectOne } from './test-single-case.ts';

describe('a speech participle in an adverbial phrase', () => {
  it.each([
    ['After saying the ferry was safe, Mayor Ann Lee boarded it herself.', 'Ann Lee', 'the ferry was safe', 'saying'],
    ['Since announcing in May that she would retire, Ann Lee has kept a low profile.', 'Ann Lee', 'she would retire', 'announcing'],
    ['Instead of praising the port plan, the governor left early.', undefined, 'the port plan', 'praising'],
  ])('an opening phrase: %s', (body, speaker, quote, cue) => expectOne(body, { ...(speaker ? { speaker } : {}), quote, cue, kind: 'indirect' }));

  it('a manner phrase takes the sentence subject: "won by denouncing …"', () =>
    expectOne('Tom Hart won his first race by denouncing the harbour tax.', { speaker: 'Tom Hart', quote: 'the harbour tax', cue: 'denouncing', kind: 'indirect' }));
});
