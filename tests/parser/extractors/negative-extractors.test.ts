import { describe, expect, it } from 'vitest';
import { testSingleCase } from './test-single-case.ts';

describe('no statement', () => {
  it.each([
    'The film “Heat” was shown twice.',
    'Everything went according to plan.',
    'The said agreement expires in June.',
    'He was told to leave the building.',
    'The report’s findings were published.',
    'Crowds gathered in the square on Sunday.',
  ])('%s', (body) => testSingleCase(body, (statements) => expect(statements).toEqual([])));
});
