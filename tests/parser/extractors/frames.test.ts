import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../../src/domain/lexicon.ts';
import { buildContext } from '../../../src/parser/context.ts';
import { distantThat } from '../../../src/parser/extractors/distant-that.ts';
import { HEADER, statementsOf } from './test-single-case.ts';

/** The contents the distant-that extractor alone reads in `body`. */
function distantContents(body: string): string[] {
  const text = HEADER + body;
  const ctx = buildContext(text, HEADER.length, EMPTY_LEXICON);
  return ctx.sentences.flatMap((s) => distantThat(ctx, s)).flatMap((c) => c.spans.map(([a, b]) => text.slice(a, b)));
}

/** The statement read from `cue` in `body`, if any. */
function byCue(body: string, cue: string) {
  return statementsOf(body).find((s) => s.cue === cue);
}

describe('a cue whose "that" clause follows a long adjunct', () => {
  it.each([
    ['Mayor Ann Lee said Friday during a radio call-in show in Dover, Delaware, that the ferry would run all winter.', 'Ann Lee', 'said', 'the ferry would run all winter'],
    ['Residents say by a wide margin, 60 percent to 30 percent, that the bridge should be rebuilt.', 'Residents', 'say', 'the bridge should be rebuilt'],
    ['The harbor master, Tom Reyes, acknowledged on a local morning program that the dredging was late.', 'Tom Reyes', 'acknowledged', 'the dredging was late'],
  ])('%s', (body, speaker, cue, quote) => expect(byCue(body, cue)).toMatchObject({ speaker, quote, kind: 'indirect' }));

  it('reads past a relative "that" inside the adjunct', () => {
    expect(distantContents('Ann Lee said during an interview that aired on Sunday that the ferry would run.')).toEqual(['the ferry would run']);
    expect(distantContents('Ann Lee said during an interview that aired on Sunday.')).toEqual([]);
  });
});

describe('a stance noun phrase held by the verb’s subject', () => {
  it.each([
    ['Mayor Ann Lee launched a sharp attack on the harbor board.', 'Ann Lee', 'the harbor board'],
    ['Councilor Tom Reyes is a vocal advocate of longer library hours.', 'Tom Reyes', 'longer library hours'],
    ['Ann Lee continued her criticism of the ferry schedule.', 'Ann Lee', 'the ferry schedule'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body).find((s) => s.quote === quote)).toMatchObject({ speaker, kind: 'indirect' }));

  it('does not give the subject a stance it received', () => {
    expect(statementsOf('Mayor Ann Lee won the endorsement of the teachers union.')).toHaveLength(0);
    expect(statementsOf('Mayor Ann Lee faced an attack on her record.')).toHaveLength(0);
  });
});

describe('idioms of stance with a preposition', () => {
  it.each([
    ['The harbor master lashed out at the ferry company during the hearing.', 'harbor master', 'the ferry company'],
    ['Councilor Tom Reyes took issue with the new parking rules.', 'Tom Reyes', 'the new parking rules'],
    ['Mayor Ann Lee came out against the toll increase.', 'Ann Lee', 'the toll increase'],
    ['Mayor Ann Lee distanced herself from the old harbor plan by saying it was outdated.', 'Ann Lee', 'the old harbor plan'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body).find((s) => s.quote === quote)).toMatchObject({ speaker, kind: 'indirect' }));
});

describe('a group backing a named candidate', () => {
  it('reads the role words before the name and ends with the name', () =>
    expect(statementsOf('Donors gave money to a group backing former Delaware Gov. Ann Lee in three counties.').find((s) => s.cue === 'backing')).toMatchObject({
      quote: 'former Delaware Gov. Ann Lee',
      kind: 'indirect',
    }));
});

describe('more reported clauses and attitudes', () => {
  it.each([
    ['The judge ruled that the ferry company broke its contract.', 'judge', 'the ferry company broke its contract'],
    ['Ann Lee learned that farmers had lost their crops.', 'Ann Lee', 'farmers had lost their crops'],
    ['Harbor officials were hopeful Tuesday that the dredging would finish.', 'Harbor officials', 'the dredging would finish'],
    ['City officials remain hopeful that the library will reopen.', 'City officials', 'the library will reopen'],
    ['But Ann Lee is right to note that the ferry loses money.', 'Ann Lee', 'the ferry loses money'],
    ['Harbor officials point to a sharp rise in fuel costs.', 'Harbor officials', 'a sharp rise in fuel costs'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body).find((s) => s.quote === quote)).toMatchObject({ speaker, kind: 'indirect' }));

  it('keeps a demonstrative "that" before a noun phrase out', () => expect(statementsOf('Ann Lee loved that song.')).toHaveLength(0));
});

describe('a legislature’s decision on a measure', () => {
  it.each([
    ['The Senate passed the harbor bill on Tuesday.', 'Senate', 'the harbor bill'],
    ['A ferry subsidy bill passed by the House had stalled in committee.', 'House', 'A ferry subsidy bill'],
    ['The state council approved it by a vote of 7 to 2.', 'state council', 'it'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body).find((s) => s.cue.startsWith('passed') || s.cue === 'approved')).toMatchObject({ speaker, quote, kind: 'indirect' }));

  it('needs a legislature and a measure', () => expect(statementsOf('The ferry passed the lighthouse at noon.')).toHaveLength(0));
});

describe('a stance noun sourced outside a possessive', () => {
  it.each([
    ['One sticking point is a demand, by Mayor Ann Lee, that the port pay more taxes.', 'Ann Lee', 'demand', 'the port pay more taxes'],
    ['Critics seized on a Dover Gazette report that the ferry lost money.', 'Dover Gazette', 'report', 'the ferry lost money'],
    ['The board was stunned by the announcement last week from Mayor Ann Lee that the depot would close.', 'Ann Lee', 'announcement', 'the depot would close'],
  ])('%s', (body, speaker, cue, quote) => expect(statementsOf(body).find((s) => s.cue === cue)).toMatchObject({ speaker, quote, kind: 'indirect' }));
});

describe('"voting" as a noun', () => {
  it('is no cue before the clause’s own verb', () => expect(statementsOf('In Dover, where early voting is set to begin, Ann Lee toured the port.').filter((s) => s.cue === 'voting')).toHaveLength(0));
});

describe('participles after the main clause', () => {
  it.each([
    ['Ann Lee answered the first question before adding that the port would reopen.', 'Ann Lee', 'adding', 'the port would reopen'],
    ['Ann Lee has offered few details aside from stating that the ferry would keep running.', 'Ann Lee', 'stating', 'the ferry would keep running'],
    ['Ann Lee praised the crews, warning that the storm season had just begun.', 'Ann Lee', 'warning', 'the storm season had just begun'],
  ])('%s', (body, speaker, cue, quote) => expect(statementsOf(body).find((s) => s.cue === cue)).toMatchObject({ speaker, quote, kind: 'indirect' }));

  it('keeps "a warning that" a noun', () => expect(statementsOf('The port posted a warning that the pier was closed.').filter((s) => s.cue === 'warning')).toHaveLength(0));
});

describe('groups of people as holders', () => {
  it.each([
    ['Some residents were not fond of the new toll.', 'Some residents', 'the new toll'],
    ['Some voters shared their thoughts on the harbor debate.', 'Some voters', 'the harbor debate'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body).find((s) => s.quote === quote)).toMatchObject({ speaker, kind: 'indirect' }));
});

describe('more attitudes toward a target', () => {
  it.each([
    ['Ann Lee wasn’t optimistic about the ferry schedule.', 'Ann Lee', 'the ferry schedule'],
    ['Ann Lee has been cagey about where she stands, offering few details.', 'Ann Lee', 'where she stands'],
    ['Tom Reyes was tepid about the harbor plan and distinguished himself from the mayor.', 'Tom Reyes', 'the harbor plan'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body).find((s) => s.quote === quote)).toMatchObject({ speaker, kind: 'indirect' }));
});

describe('a matter reported by an outlet', () => {
  it.each([
    ['The ferry deal was first reported by The Dover Gazette.', 'Dover Gazette', 'The ferry deal'],
    ['The pier is closed — a fact first reported by Channel Nine.', 'Channel Nine', 'a fact'],
  ])('%s', (body, speaker, quote) => expect(statementsOf(body).find((s) => s.cue === 'reported by')).toMatchObject({ speaker, quote, kind: 'indirect' }));

  it('does not read "As reported by" as a matter', () => expect(statementsOf('As reported by Channel Nine, the pier is closed.').filter((s) => s.cue === 'reported by')).toHaveLength(0));
});
