import { describe, it } from 'vitest';
import { expectOne } from './test-single-case.ts';

describe('according to', () => {
  it('reads a leading "According to X,"', () =>
    expectOne('According to the fire department, the blaze started in the kitchen.', { cue: 'According to', quote: 'the blaze started in the kitchen', speaker: 'fire department' }));
  it('reads a trailing ", according to X"', () =>
    expectOne('Turnout reached a record high, according to Elena Ruiz, the county clerk.', { quote: 'Turnout reached a record high', speaker: 'Elena Ruiz' }));
});
