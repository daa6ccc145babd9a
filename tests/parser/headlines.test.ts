import { describe, expect, it } from 'vitest';
import { testSingleCase } from './extractors/test-single-case.ts';

describe('headline-like paragraphs', () => {
  it.each([
    ['a related-article headline with a cue', 'Farmers say drought will cut the harvest by a third'],
    ['a headline with a dash attribution', 'The port will reopen next week - harbour master'],
  ])('%s gives no statement', (_, body) => {
    testSingleCase(`The council met on Monday.\n\n${body}`, (statements) => expect(statements).toEqual([]));
  });

  it.each([
    ['a stray token after the last sentence', '“We will rebuild the bridge,” Mayor Ann Lee said. 5'],
    [
      'a long paragraph that lost its final stop',
      'Mayor Ann Lee said the council would rebuild the old bridge over the river before the spring floods, and that the work would be paid for from the reserve fund without raising local taxes this year or next, while the bridge would stay open to cyclists throughout the works',
    ],
  ])('%s still gives its statement', (_, body) => {
    testSingleCase(body, (statements) => expect(statements.map((s) => s.speaker)).toEqual(['Ann Lee']));
  });
});
