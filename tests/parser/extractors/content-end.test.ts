import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-single-case.ts';

const said = (body: string) => statementsOf(body).map((s) => ({ speaker: s.speaker, quote: s.quote, kind: s.kind }));

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
