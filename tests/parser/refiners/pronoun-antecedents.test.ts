import { describe, expect, it } from 'vitest';
import { personLike } from '../../../src/parser/refiners/names.ts';
import { expectStatements, testSingleCase } from '../extractors/test-single-case.ts';

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

  it('does not bind "she said" to a person whose words another speaker reports', () =>
    testSingleCase(
      'Maria Whitlock, the mayor’s sister, praised the plan.\n\nEconomist Priya Ostrander, who studies budgets at Hale University, said Maria Whitlock’s statement did not clarify the matter.\n\n“I see no figures at all,” she said after reading the plan.',
      (statements) => expect(statements.at(-1)).toMatchObject({ speaker: 'Priya Ostrander', kind: 'direct', quote: 'I see no figures at all,' }),
    ));
});
