import { describe, it } from 'vitest';
import { expectOne } from './test-single-case.ts';

describe('cued statements: the complementizer after a setting phrase', () => {
  it('skips a relative "that" inside the setting phrase ("an interview that aired Monday that …")', () =>
    expectOne('Mayor Ann Cole said in a radio interview that aired Monday that the bridge would reopen in May.', {
      speaker: 'Ann Cole',
      quote: 'the bridge would reopen in May',
      kind: 'indirect',
    }));
  it('skips "a letter that was released that …"', () =>
    expectOne('Senator Tom Ruiz wrote in a letter that was released Friday that the budget plan would hurt farmers.', {
      speaker: 'Tom Ruiz',
      quote: 'the budget plan would hurt farmers',
      kind: 'indirect',
    }));
});
