import { describe, it } from 'vitest';
import { expectOne } from './test-single-case.ts';

describe('less frequent reporting verbs', () => {
  it.each([
    ['Councillor Rosa Quint admitted that the depot had been sold too cheaply.', 'Rosa Quint', 'admitted'],
    ['Mayor Ivo Brandt bemoaned that the new ferry was still not running.', 'Ivo Brandt', 'bemoaned'],
    ['Dr. Helen Marsh opined that the clinic would need more nurses.', 'Helen Marsh', 'opined'],
    ['Senator Tomas Reyes reaffirmed that the vote would go ahead in June.', 'Tomas Reyes', 'reaffirmed'],
  ])('%s', (body, speaker, cue) => expectOne(body, { speaker, cue, kind: 'indirect' }));

  it('reads a doubled-consonant past tense as a cue after the quotation', () =>
    expectOne('“The pier is older than I am,” Mayor Lena Fisk quipped.', { speaker: 'Lena Fisk', quote: 'The pier is older than I am,', cue: 'quipped', kind: 'direct' }));
});
