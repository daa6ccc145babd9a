import { describe, it } from 'vitest';
import { expectOne } from './test-single-case.ts';

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
