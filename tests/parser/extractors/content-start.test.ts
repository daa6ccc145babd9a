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
