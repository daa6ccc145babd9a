import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/domain/lexicon.ts';
import { parseName, sameSurname } from '../../../src/parser/refiners/names.ts';
import { expectStatements } from '../extractors/test-single-case.ts';

describe('parseName', () => {
  it.each([
    ['Ukrainian President Volodymyr Zelenskyy', 'Volodymyr Zelenskyy'],
    ['Former Secretary of State and Democratic presidential frontrunner Hillary Clinton', 'Hillary Clinton'],
    ['Speaker of the House Rep. Paul Ryan (R-Wis.)', 'Paul Ryan'],
    ['New Jersey Gov. Chris Christie', 'Chris Christie'],
    ['NBC’s Ali Vitali', 'Ali Vitali'],
    ['state news agency Ukrinform', 'Ukrinform'],
    ['Mark Feeney of Harlow University', 'Mark Feeney'],
    ['Bank of America', 'Bank of America'],
    ['The White House', 'White House'],
  ])('%s → %s', (mention, name) => expect(parseName(mention)).toMatchObject({ kind: 'name', name }));

  it.each([
    ['the President of Ukraine', 'president'],
    ['the senator', 'senator'],
    ['the company’s website', 'company'],
  ])('%s is a role (%s)', (mention, role) => expect(parseName(mention)).toMatchObject({ kind: 'role', role }));
});

describe('sameSurname', () => {
  it('joins spelling variants and keeps different people apart', () => {
    expect(sameSurname('Zelensky', 'Zelenskyy')).toBe(true);
    expect(sameSurname('McCaul', 'McCain')).toBe(false);
    expect(sameSurname('Li', 'Lu')).toBe(false);
  });
});

describe('resolve speakers in context', () => {
  it('binds a surname to the full name given earlier', () =>
    expectStatements('Finance Minister Rosa Albarran presented the budget. “It is balanced,” Albarran said.', [{ speaker: 'Rosa Albarran', kind: 'direct' }]));

  it('binds he and she by gender and recency', () =>
    expectStatements('Mayor John Ortiz and Senator Mary Hale met on Monday. Hale said the talks went well. He said nothing was agreed.', [
      { speaker: 'Mary Hale', quote: 'the talks went well' },
      { speaker: 'John Ortiz', quote: 'nothing was agreed' },
    ]));

  it('binds a role noun to the person who holds the title', () =>
    expectStatements('Governor Tess Morgan visited the flooded town. The governor said that aid would arrive by Friday.', [{ speaker: 'Tess Morgan' }]));

  it('binds "the company" to the firm named before', () =>
    expectStatements('Northwind Foods will close its plant in May. The company said demand had fallen.', [{ speaker: 'Northwind Foods', quote: 'demand had fallen' }]));

  it('uses lexicon aliases for canonical names', () => {
    const lexicon: Lexicon = { speakers: { speakers: [{ name: 'Jens Stoltenberg', aliases: ['NATO chief'], roles: [], kind: 'person' }] }, themes: { themes: [] } };
    expectStatements('“The alliance is ready,” said NATO chief.', [{ speaker: 'Jens Stoltenberg' }], lexicon);
  });

  it('counts organisations as speakers', () =>
    expectStatements('The White House said the meeting was productive.', [{ speaker: 'White House', quote: 'the meeting was productive' }]));
});
