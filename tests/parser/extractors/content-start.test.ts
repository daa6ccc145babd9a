import { describe, expect, it } from 'vitest';
import { expectOne, expectStatements, statementsOf } from './test-single-case.ts';

describe('content start', () => {
  it('keeps a ", but …" clause before a trailing attribution with the first half', () =>
    expectOne('The ferry will run again in June, but the fares will rise by a third, harbour master Ellen Moss said.', {
      speaker: 'Ellen Moss',
      quote: 'The ferry will run again in June, but the fares will rise by a third',
      kind: 'indirect',
    }));
  it('keeps the unquoted opening of a ", but “…,”" clause (mixed)', () =>
    expectOne('The clinic has hired two nurses, but “the queue is still far too long,” said Omar Reyes, its director.', {
      speaker: 'Omar Reyes',
      quote: 'The clinic has hired two nurses, but “the queue is still far too long,”',
      kind: 'mixed',
    }));
});

describe('content start: quoted leads and addressees', () => {
  it('keeps an earlier quoted title in the lead of a trailing mixed quote', () =>
    expectOne('“Night Harbor” was meant to be a “quiet farewell,” said Lena Ortiz, the film’s producer.', {
      speaker: 'Lena Ortiz',
      quote: '“Night Harbor” was meant to be a “quiet farewell,”',
      kind: 'mixed',
    }));
  it('reads "promised the city would …" as the reported clause, not an addressee', () =>
    expectOne('Governor Paul Reyes promised the state would “rebuild every school” by autumn.', {
      speaker: 'Paul Reyes',
      quote: 'the state would “rebuild every school” by autumn',
      kind: 'mixed',
    }));
});

describe('content start: a parenthetical attribution after an earlier one', () => {
  it('starts the parenthetical speaker’s content after the earlier cue, keeping both statements', () =>
    expectStatements('Mayor Ann Cole said the old bridge was safe for trucks — far sturdier, she said, than any other crossing in the county.', [
      { speaker: 'Ann Cole', quote: 'the old bridge was safe for trucks', kind: 'indirect' },
      { speaker: 'Ann Cole', quote: 'the old bridge was safe for trucks — far sturdier … than any other crossing in the county', kind: 'indirect' },
    ]));
});

describe('content bounds around quotations and openers', () => {
  it('ends a leading mixed content at a quotation closed by a comma before the reporter’s own clause', () =>
    expect(statementsOf('Mayor Ida Kern said the budget was “a disgrace to this city,” before leaving the chamber early.')).toContainEqual(
      expect.objectContaining({ speaker: 'Ida Kern', quote: 'the budget was “a disgrace to this city,”', kind: 'mixed' }),
    ));
  it('keeps a second complement after the quotation ("…,” and to …)', () =>
    expect(statementsOf('Mayor Ida Kern vowed to “fight on in the spring,” and to “take the case to the courts” if needed.')).toContainEqual(
      expect.objectContaining({ speaker: 'Ida Kern', quote: 'to “fight on in the spring,” and to “take the case to the courts” if needed' }),
    ));
  it('reads a clause opening with "But" before an inverted attribution as content, not an intro phrase', () =>
    expectOne('But that is not good enough, said Omar Haddad, a port director.', { speaker: 'Omar Haddad', quote: 'But that is not good enough', kind: 'indirect' }));
});

describe('content end before a second report', () => {
  it('ends a leading content at ", Name said …" and keeps the second report', () =>
    expect(statementsOf('Mayor Ida Kern believed the port would reopen by June, Governor Paul Reyes said it would take a year.')).toEqual([
      expect.objectContaining({ speaker: 'Ida Kern', quote: 'the port would reopen by June' }),
      expect.objectContaining({ speaker: 'Paul Reyes', quote: 'it would take a year' }),
    ]));
});
