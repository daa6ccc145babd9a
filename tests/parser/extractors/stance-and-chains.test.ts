import { describe, expect, it } from 'vitest';
import { expectOne, expectStatements, testSingleCase } from './test-single-case.ts';

describe('a cue verb carried by "seemed to", "tried to", "was quick to"', () => {
  it.each([
    ['Mayor Ann Lee seemed to mock the harbour plan.', 'Ann Lee', 'the harbour plan', 'seemed to mock'],
    ['Senator Tom Hart appeared to suggest that the depot would close.', 'Tom Hart', 'the depot would close', 'appeared to suggest'],
    ['Councillor Rosa Quint was quick to point out that the ferry was late.', 'Rosa Quint', 'the ferry was late', 'quick to point out'],
    ['Dr. Helen Marsh continued to criticize the clinic budget.', 'Helen Marsh', 'the clinic budget', 'continued to criticize'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { speaker, quote, cue, kind: 'indirect' }));

  it('needs a cue verb after the "to"', () => expectStatements('Mayor Ann Lee seemed to enjoy the harbour festival.', []));
});

describe('a coordinated past-tense speech verb takes its object as content', () => {
  it('reads "… and proposed X" as the subject’s second statement', () =>
    expectStatements('Mayor Ann Lee visited the harbour on Monday and proposed a new ferry route to the islands.', [
      { speaker: 'Ann Lee', quote: 'a new ferry route to the islands', cue: 'proposed' },
    ]));
});

describe('stance verbs with a short noun-phrase object', () => {
  it.each([
    ['Senator Tom Hart has endorsed Lee.', 'Tom Hart', 'Lee', 'endorsed'],
    ['Mayor Ann Lee has denied the claims.', 'Ann Lee', 'the claims', 'denied'],
    ['Mayor Ann Lee defended her son Tuesday.', 'Ann Lee', 'her son', 'defended'],
    ['Councillor Rosa Quint supports Hart.', 'Rosa Quint', 'Hart', 'supports'],
    ['Mayor Ann Lee rejected the plan.', 'Ann Lee', 'the plan', 'rejected'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { speaker, quote, cue, kind: 'indirect' }));

  it('needs a finite verb and a short object', () => expectStatements('The harbour was in favor of Hart.', []));
});

describe('light-verb and talk phrases', () => {
  it.each([
    ['Mayor Ann Lee made it clear that the ferry would keep running.', 'Ann Lee', 'the ferry would keep running', 'made it clear'],
    ['Senator Tom Hart made the point that the depot was too small.', 'Tom Hart', 'the depot was too small', 'made the point'],
    ['Councillor Rosa Quint has made no secret of her doubts about the harbour plan.', 'Rosa Quint', 'her doubts about the harbour plan', 'made no secret of'],
    ['Dr. Helen Marsh spoke warmly of the nurses at the clinic.', 'Helen Marsh', 'the nurses at the clinic', 'spoke warmly of'],
    ['Mayor Ann Lee spoke out against the new parking fees.', 'Ann Lee', 'the new parking fees', 'spoke out against'],
    ['Senator Tom Hart pointed to the falling number of ferry passengers.', 'Tom Hart', 'the falling number of ferry passengers', 'pointed to'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { speaker, quote, cue, kind: 'indirect' }));

  it('needs the phrase, not just the verb', () => expectStatements('Mayor Ann Lee made a cake for the harbour festival.', []));
});

describe('an opening participle belongs to the subject of the main clause', () => {
  it('reads "Noting …, X said …" as two statements by X', () =>
    expectStatements('Noting that the ferry was late again, Mayor Ann Lee said the crews had worked hard.', [
      { speaker: 'Ann Lee', quote: 'the ferry was late again', cue: 'Noting' },
      { speaker: 'Ann Lee', quote: 'the crews had worked hard', cue: 'said' },
    ]));

  it('needs a main-clause cue with its own subject', () => expectStatements('Noting the late ferry, the harbour closed.', []));
});

describe('contracted auxiliaries and adverbial "first"', () => {
  it.each([
    ['Mayor Ann Lee spoke at noon. Since the vote, she’s said the ferry will keep running.', 'the ferry will keep running', 'said'],
    ['The clerk first said the depot would close.', 'the depot would close', 'said'],
  ])('%s', (body, quote, cue) => testSingleCase(body, (statements) => expect(statements.map((s) => [s.quote, s.cue])).toContainEqual([quote, cue])));

  it('still reads "her first report" as a noun', () => expectStatements('Her first report was late.', []));
});

describe('a noun phrase with a participle of allegiance', () => {
  it('reads "a group backing X" as the group’s stance', () =>
    expectStatements('Last year the harbour fund gave money to a residents’ group backing Councillor Rosa Quint.', [
      { quote: 'Councillor Rosa Quint', cue: 'backing', kind: 'indirect' },
    ]));

  it.each([['Voters in supporting roles stayed home.'], ['Grants for supporting Quint’s harbour plan ran out.']])('no allegiance statement: %s', (body) =>
    testSingleCase(body, (statements) => expect(statements.filter((s) => s.cue === 'supporting')).toEqual([])));
});
