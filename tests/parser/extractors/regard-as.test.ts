import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('casting something as something ("saw X as Y", "portrayed X as Y")', () => {
  it.each([
    ['Harbour officials saw the closure as a chance to renegotiate.', 'the closure as a chance to renegotiate', 'saw'],
    ['Mayor Ann Lee pitched her ferry plan as a way to cut traffic.', 'her ferry plan as a way to cut traffic', 'pitched'],
    ['Tom Hart falsely presents himself as a harbour pilot.', 'himself as a harbour pilot', 'presents'],
  ])('%s', (body, quote, cue) => expectOne(body, { quote, cue, kind: 'indirect' }));

  it('stops at a comma that opens a new clause', () =>
    expect(statementsOf('Using blunt words to describe the board as lazy, Ann Lee said it should resign.').find((s) => s.cue === 'said')).toMatchObject({
      quote: 'it should resign',
    }));

  it('needs a person or body as the subject', () => expect(statementsOf('It was fun to see the dogs dressed as pirates.')).toHaveLength(0));
});
