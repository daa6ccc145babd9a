import { describe, expect, it } from 'vitest';
import { said } from './test-single-case.ts';

const quotes = (body: string) => said(body).map((s) => s.quote);

describe('a ", with …" circumstance of the reporter ends the content', () => {
  it('ends before ", with whom …"', () =>
    expect(said('Mayor Tom Reyes criticized Councilor Ana Lund, with whom he clashed at the budget hearing.')).toContainEqual({
      speaker: 'Tom Reyes',
      quote: 'Councilor Ana Lund',
      kind: 'indirect',
    }));

  it('ends before ", with X doing …"', () =>
    expect(quotes('Governor Ann Pike said the bridge would reopen in June, with state crews still repairing the north ramp.')).toContain(
      'the bridge would reopen in June',
    ));

  it('keeps a figure after a finding', () =>
    expect(quotes('A survey by the college found Pike ahead by six points, with 12 percent of voters still undecided.')).toContain(
      'Pike ahead by six points, with 12 percent of voters still undecided',
    ));

  it('keeps a "with" aside closed by a comma', () =>
    expect(quotes('Governor Ann Pike said the state, with help from the harbor board, would build a new pier.')).toContain(
      'the state, with help from the harbor board, would build a new pier',
    ));
});

describe('a closing parenthetical or comparison of the reporter ends the content', () => {
  it('ends before a closing parenthetical', () =>
    expect(quotes('Governor Ann Pike mentioned raising the gas tax (with far less zeal than her rival showed last year).')).toContain('raising the gas tax'));

  it('keeps a short gloss in parentheses', () =>
    expect(quotes('Governor Ann Pike backed the Harbor Access Plan (HAP).')).toContain('the Harbor Access Plan (HAP)'));

  it('ends before "compared to …"', () =>
    expect(quotes('Most voters said they had decided compared to a third who said they could still switch.')).toContain('they had decided'));
});

describe('the reporter’s terms, dates and restated reports after the content', () => {
  it('ends before "only on condition of anonymity"', () =>
    expect(quotes('Two port officials discussed the harbor budget only on condition of anonymity because talks continue.')).toContain('the harbor budget'));

  it('ends an endorsement before "in late May"', () =>
    expect(said('Mayor Tom Reyes, who endorsed Lund in late May, will speak tonight.')).toContainEqual({ speaker: 'Tom Reyes', quote: 'Lund', kind: 'indirect' }));

  it('splits "said … and she accused …" into two reports', () =>
    expect(quotes('Governor Ann Pike said the port lost money last year and she accused the board of hiding the losses.')).toEqual([
      'the port lost money last year',
      'the board of hiding the losses',
    ]));

  it('keeps a restated clause in another tense inside the report', () =>
    expect(quotes('Governor Ann Pike said the port is busy and she thinks it can grow.')).toContain('the port is busy and she thinks it can grow'));
});

describe('a contrast or a new clause after a comma ends the content', () => {
  it('ends before ", however this time …"', () =>
    expect(quotes('Most riders said they would back the fare plan, however this year that share has fallen.')).toContain('they would back the fare plan'));

  it('keeps ", however reluctantly," inside the content', () =>
    expect(quotes('Governor Ann Pike said the board had backed, however reluctantly, the new fare plan.')).toContain(
      'the board had backed, however reluctantly, the new fare plan',
    ));

  it('ends before ", just as …"', () =>
    expect(quotes('Governor Ann Pike criticized the harbor tax, just as the mayor has opposed the bridge toll.')).toContain('the harbor tax'));

  it('ends a noun-phrase or infinitive content before a new clause after a comma', () =>
    expect(quotes('Although the families want to keep the old clinic open, the truth is the county cannot pay for it.')).toContain(
      'to keep the old clinic open',
    ));
});

describe('whom the speaker talked to is the reporter’s setting', () => {
  it('ends a noun-phrase object before "with radio host …"', () =>
    expect(said('Senator Ruth Kell discussed the budget fight with radio host Dan Ferro.')).toContainEqual({
      speaker: 'Ruth Kell',
      quote: 'the budget fight',
      kind: 'indirect',
    }));

  it('keeps a "with" phrase that is part of the object', () =>
    expect(quotes('Senator Ruth Kell discussed a deal with the harbor board.')).toContain('a deal with the harbor board'));
});
