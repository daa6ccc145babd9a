import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../../src/domain/lexicon.ts';
import { buildContext } from '../../../src/parser/context.ts';
import { clauseEnd } from '../../../src/parser/extractors/clause-end.ts';
import { said } from './test-single-case.ts';

/** The content clauseEnd gives the cue `cue` of a one-sentence text (from the word after the cue). */
function clauseEndOf(text: string, cue: string): string {
  const [s] = buildContext(text, 0, EMPTY_LEXICON).sentences;
  const c = s?.cues.find((x) => x.text === cue);
  if (!s || !c) throw new Error(`no cue ${cue}`);
  return text.slice(s.tokens[c.j]?.start ?? 0, clauseEnd(s, c.j)).trim();
}


describe('a cue inside a sentence-initial adverbial clause ends at that clause', () => {
  it.each([
    ['While most council members called for a new harbor tax, Mayor Lena Ortiz backed a bond issue.', 'a new harbor tax'],
    ['But even though the union wants to delay the vote until spring, the board will meet on Friday.', 'to delay the vote until spring'],
    ['With county leaders increasingly worried about the flood season, the governor is sending more crews north.', 'the flood season'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps a prepositional phrase that is not an adverbial clause', () =>
    expect(said('After the hearing Senator Ruth Kell said the port, which opened in May, would need more money.').map((s) => s.quote)).toContain(
      'the port, which opened in May, would need more money',
    ));
});

describe('a participle phrase after a non-clause content is the reporter’s', () => {
  it('ends before ", not wanting to …"', () =>
    expect(said('Governor Ann Pike declined to comment, not wanting to upset the donors.')).toContainEqual({ speaker: 'Ann Pike', quote: 'to comment', kind: 'indirect' }));

  it('keeps a participle phrase after a reported clause', () =>
    expect(said('Mayor Tom Reyes said the new line would open in May, giving commuters a faster trip.').map((s) => s.quote)).toContain(
      'the new line would open in May, giving commuters a faster trip',
    ));

  it('keeps a list introduced by "including"', () =>
    expect(said('Governor Ann Pike proposed several new taxes, including a levy on hotel rooms.').map((s) => s.quote)).toContain(
      'several new taxes, including a levy on hotel rooms',
    ));
});

describe('a new clause after a noun-phrase object is not part of it', () => {
  it('ends before ", and" + a subject and its verb', () =>
    expect(said('County prosecutors charged the driver with manslaughter, and the mayor released the video hours later.').map((s) => s.quote)).toContain(
      'the driver with manslaughter',
    ));

  it('ends before "but" + an auxiliary', () =>
    expect(said('Governor Ann Pike did not mention the strike but did promise to visit the mill.').map((s) => s.quote)).toContain('the strike'));

  it('keeps a coordinated subject inside a reported clause', () =>
    expect(said('Senator Ruth Kell said the mayor and the council had agreed on the budget.').map((s) => s.quote)).toEqual([
      'the mayor and the council had agreed on the budget',
    ]));
});

describe('the reporter’s additions after a noun-phrase object', () => {
  it.each([
    ['Governor Ann Pike endorsed the harbor plan, the latest sign that she wants a second term.', 'the harbor plan'],
    ['Mayor Tom Reyes supports free bus fares, one of the council’s oldest goals.', 'free bus fares'],
    ['Senator Ruth Kell pushed for an audit of the port following the spill in March.', 'an audit of the port'],
    ['Mayor Tom Reyes endorsed the new schedule even as he defended the contractor.', 'the new schedule'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps "as" that belongs to the content', () =>
    expect(said('Governor Ann Pike described the levy as a fair deal for farmers.').map((s) => s.quote)).toContain('the levy as a fair deal for farmers'));
});

describe('a cue inside a relative clause', () => {
  it('ends at the comma closing ", who …,"', () =>
    expect(said('Mayor Tom Reyes, who had said he would back the levy, voted against it on Tuesday.').map((s) => s.quote)).toContain('he would back the levy'));

  it('ends before the main verb after a relative clause in the subject', () =>
    expect(clauseEndOf('Donors who want to give more could face new limits.', 'want')).toBe('to give more'));
});

describe('a second predicate or a poll margin after a noun-phrase object', () => {
  it.each([
    ['Governor Ann Pike mocked her rivals, talked over them and left early.', 'her rivals'],
    ['The Harbor Fund declined to renew its grant and the city could not find a new donor.', 'to renew its grant'],
    ['Rural voters favored Mayor Tom Reyes 52 percent to 40 percent.', 'Mayor Tom Reyes'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps a margin introduced by "by"', () =>
    expect(said('Rural voters favored the levy by 12 percentage points.').map((s) => s.quote)).toContain('the levy by 12 percentage points'));
});

describe('a cue in a restrictive relative clause ends at its clause', () => {
  it('stops before the main clause’s verb', () =>
    expect(said('Residents who want to attend the hearing could be turned away at the door.')).toContainEqual({
      speaker: 'Residents',
      quote: 'to attend the hearing',
      kind: 'indirect',
    }));
});
