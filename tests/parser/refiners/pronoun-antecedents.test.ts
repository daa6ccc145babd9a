import { describe, expect, it } from 'vitest';
import { personLike } from '../../../src/parser/refiners/names.ts';
import { expectStatements } from '../extractors/test-single-case.ts';

describe('pronoun antecedents of quotations', () => {
  it('does not take a state or a group of people for a person', () => {
    expect(personLike('Islamic State')).toBe(false);
    expect(personLike('Mexican American')).toBe(false);
    expect(personLike('Wren Adebayo')).toBe(true);
  });

  it('binds "she said" after a quote to the possible person the sentence before introduces', () =>
    expectStatements(
      'Mayor Linda Vance said the vote was fair.\n\nTo Oakdale College history professor Wren Adebayo, the result looked like a turning point.\n\n“It felt like the end of an era,” she said.',
      [
        { speaker: 'Linda Vance', quote: 'the vote was fair' },
        { speaker: 'Wren Adebayo', kind: 'direct', quote: 'It felt like the end of an era,' },
      ],
    ));
});
