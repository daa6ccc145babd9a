import { describe, it } from 'vitest';
import { expectOne, expectStatements } from './test-single-case.ts';

describe('leading attribution', () => {
  it.each([
    ['Minister Ana Costa said that the budget would be cut.', 'Ana Costa', 'the budget would be cut', 'said'],
    ['Chancellor Otto Brandt told reporters on Monday that taxes would not rise.', 'Otto Brandt', 'taxes would not rise', 'told'],
    ['Rep. Joan Miller warned that the deadline could slip again.', 'Joan Miller', 'the deadline could slip again', 'warned'],
    ['Environmental groups called for a ban on the pesticide.', 'Environmental groups', 'a ban on the pesticide', 'called for'],
    ['Mayor Ken Ito pointed out that the subway is older than the city hall.', 'Ken Ito', 'the subway is older than the city hall', 'pointed out'],
  ])('%s', (body, speaker, quote, cue) => expectOne(body, { speaker, quote, cue, kind: 'indirect' }));

  it('reads a colon quotation as direct', () =>
    expectOne('General Ruth Adler said: “The border is quiet tonight.”', { speaker: 'Ruth Adler', quote: 'The border is quiet tonight.', kind: 'direct' }));

  it('marks indirect content with a quoted phrase as mixed', () =>
    expectOne('Judge Carla Mendes said the appeal was “entirely without merit” and dismissed it.', { speaker: 'Carla Mendes', kind: 'mixed' }));

  it('reads "He added:" with the speaker of the previous statement', () =>
    expectStatements('Prime Minister Lars Eriksen said the port is open. He added: “Ships can dock tomorrow.”', [
      { speaker: 'Lars Eriksen', quote: 'the port is open' },
      { speaker: 'Lars Eriksen', quote: 'Ships can dock tomorrow.', kind: 'direct' },
    ]));

  it('ends the content before a trailing source', () =>
    expectStatements('The council approved the plan, City Radio reports.', [{ speaker: 'City Radio', quote: 'The council approved the plan' }]));

  it('reads a coordinated second cue with the same speaker', () =>
    expectStatements('Exports rose in May, trade minister Ivo Petrov said and stressed that imports fell.', [
      { speaker: 'Ivo Petrov', quote: 'Exports rose in May' },
      { speaker: 'Ivo Petrov', quote: 'imports fell', cue: 'stressed' },
    ]));
});
