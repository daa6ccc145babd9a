import { describe, it } from 'vitest';
import { expectOne, expectStatements } from './test-single-case.ts';

describe('trailing attribution', () => {
  it.each([
    ['“The bridge will open in May,” Mayor Linda Okafor said.', 'Linda Okafor', 'The bridge will open in May,', 'said'],
    ['“We are not finished,” said Gov. Arthur Penn of Vermont.', 'Arthur Penn', 'We are not finished,', 'said'],
    ['"Prices will fall," the economist Dana Whitfield wrote on her blog.', 'Dana Whitfield', 'Prices will fall,', 'wrote'],
    ["''The talks went well,'' Mr. Haruki Sato told reporters.", 'Haruki Sato', 'The talks went well,', 'told'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { speaker, quote, cue, kind: 'direct' }));

  it('reads unquoted content before ", X said" as indirect', () =>
    expectOne('The harbour will stay closed until spring, port director Omar Haddad said on Friday.', {
      speaker: 'Omar Haddad',
      quote: 'The harbour will stay closed until spring',
      kind: 'indirect',
    }));

  it('joins a quote split around its attribution', () =>
    expectStatements('Senator Maria Lopez was blunt. “This bill is dead,” she said, “and everyone knows it.”', [
      { speaker: 'Maria Lopez', quote: 'This bill is dead, … and everyone knows it.', kind: 'direct' },
    ]));

  it('attaches a quotation that ends its own sentence', () =>
    expectOne('Coach Pat Riley smiled. “We won!” Riley said.', { speaker: 'Pat Riley', quote: 'We won!' }));

  it('keeps a news agency that reports a sentence', () =>
    expectOne('The dam was repaired within a week, state news agency Lanka Wire reported.', { speaker: 'Lanka Wire', cue: 'reported' }));
  it('reads a name right after the cue as the speaker after a relative clause', () =>
    expectOne('Turnout will fall in the north, where voters are tired, said Nora Vance, a pollster.', { speaker: 'Nora Vance', quote: 'Turnout will fall in the north, where voters are tired', kind: 'indirect' }));
  it('reads two coordinated roles as one speaker', () =>
    expectOne('“We have waited for months,” the state senator and mayoral candidate said in a statement.', { quote: 'We have waited for months,', kind: 'direct', speakerMention: 'the state senator and mayoral candidate' }));
  it('ends the trailing attribution at a semicolon', () =>
    expectOne('The mayor did receive the letters, her aide said; the rest were lost.', { speakerMention: 'her aide', quote: 'The mayor did receive the letters', kind: 'indirect' }));
  it('leaves the reporter’s opening bracket out of the content', () =>
    expectOne('The council met on Monday. (The roads, it turns out, are older than the town, Mayor Ida Kern said.)', { speaker: 'Ida Kern', quote: 'The roads, it turns out, are older than the town', kind: 'indirect' }));
  it('reads officials with a "familiar with" modifier as the source', () =>
    expectOne('The vault was opened twice, according to officials familiar with the inquiry.', { quote: 'The vault was opened twice', cue: 'according to', speakerMention: 'officials familiar with the inquiry' }));
});
