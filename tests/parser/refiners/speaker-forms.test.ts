import { describe, expect, it } from 'vitest';
import { parseName } from '../../../src/parser/refiners/names.ts';
import { expectOne, expectStatements } from '../extractors/test-single-case.ts';

describe('parseName: a role between two names', () => {
  it.each([
    ['Harmon campaign manager Lia Brandt', 'Lia Brandt'],
    ['Ohio businessman Carl Whitby', 'Carl Whitby'],
    ['Denver-based attorney Ruth Okafor', 'Ruth Okafor'],
    ['Metro Daily News Managing Editor Paul Ferro', 'Paul Ferro'],
    ['Rear Admiral Tomas Quill', 'Tomas Quill'],
    ['Bank of Ireland', 'Bank of Ireland'],
  ])('%s → %s', (mention, name) => expect(parseName(mention)).toMatchObject({ kind: 'name', name }));
});

describe('sentence adverbs are no part of the speaker', () => {
  it('skips a capitalised opener before the subject', () =>
    expectOne('Similarly, Dana Whitlow, a former trade envoy, said the tariffs would fail.', { speaker: 'Dana Whitlow', quote: 'the tariffs would fail' }));

  it('skips an adverb between the subject and the cue', () =>
    expectOne('Whitlow eventually said that the tariffs would fail.', { speaker: 'Whitlow', speakerMention: 'Whitlow' }));

  it('skips "however" after the subject', () => expectOne('Whitlow however said the tariffs would fail.', { speakerMention: 'Whitlow' }));
});

describe('honorifics choose between two people with one surname', () =>
  it('binds Mr. and Mrs. to the man and the woman', () =>
    expectStatements('Laura Penrose and Mark Penrose toured the plant on Monday. Mr. Penrose said the line was fast. Mrs. Penrose said the staff were proud.', [
      { speaker: 'Mark Penrose', quote: 'the line was fast' },
      { speaker: 'Laura Penrose', quote: 'the staff were proud' },
    ])));
