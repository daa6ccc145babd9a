import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON, type Lexicon } from '../../../src/domain/lexicon.ts';
import { buildContext } from '../../../src/parser/context.ts';
import { subjectBefore } from '../../../src/parser/mentions.ts';
import { parseName, personLike } from '../../../src/parser/refiners/names.ts';
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

describe('parseName: bodies', () => {
  it.each([
    ['the Republican Party of Montana', 'Republican Party of Montana'],
    ['the U.S. Department of Transport', 'U.S. Department of Transport'],
    ['The Justice Department', 'Justice Department'],
    ['Better Roads Association', 'Better Roads Association'],
    ['the National Conference on Rural Schools', 'National Conference on Rural Schools'],
  ])('%s → %s', (mention, name) => expect(parseName(mention)).toMatchObject({ kind: 'name', name }));

  it('keeps a titled person apart from a body', () => expect(parseName('Speaker of the Assembly Rep. Ida Marsh')).toMatchObject({ name: 'Ida Marsh' }));
});

describe('pronouns follow the subject chain and the quoted speaker', () => {
  it('binds a second "he" in a sentence to the person its first "he" names', () =>
    expectStatements('Governor Alan Reeve has kept his distance from the race. He avoided criticism of Senator Paul Dorsey until this week, when he said the senator was reckless.', [
      { speaker: 'Alan Reeve', quote: 'the senator was reckless' },
    ]));

  it('binds "she" to a woman named by title and surname even when a man is named later', () =>
    expectStatements('In Dayton on Friday, Ms. Okoro was angered by the response from Mayor Tom Bell’s aides, she said.', [{ speaker: 'Okoro' }]));

  it('binds "he said" after a quotation to the person quoted before', () =>
    expectStatements('Dale Ferris runs the night shift. Mayor Jo Grant, Ferris said, has ignored the plant for years. “We saw it coming,” he said.', [
      { speaker: 'Dale Ferris', quote: 'Mayor Jo Grant … has ignored the plant for years' },
      { speaker: 'Dale Ferris', quote: 'We saw it coming,' },
    ]));

  it('treats a lone given name as a person', () =>
    expectStatements('The base chief, known only as Walter, met the team. Walter said the order never came. He said nobody hesitated.', [
      { speaker: 'Walter', quote: 'the order never came' },
      { speaker: 'Walter', quote: 'nobody hesitated' },
    ]));
});

describe('a definite role names the person the text is about', () =>
  it('binds "the governor" to the person just named', () =>
    expectStatements('Chris Halvorsen endorsed the senator on Tuesday. “He is the best choice,” the governor said.', [
      { speaker: 'Chris Halvorsen', quote: 'the senator' },
      { speaker: 'Chris Halvorsen', quote: 'He is the best choice,' },
    ])));

describe('he and she bind to people, not to places or bodies', () => {
  it('skips a capitalised body that spoke in between', () =>
    expectStatements('“We will win,” said Jordan Vale. New Polling Data show the race is close. “It is tight,” he said.', [
      { speaker: 'Jordan Vale', quote: 'We will win,' },
      { speaker: 'New Polling Data', quote: 'the race is close' },
      { speaker: 'Jordan Vale', quote: 'It is tight,' },
    ]));

  it.each([
    ['New Hampshire', false],
    ['Dominican Republic', false],
    ['Vicente Fox and Felipe Calderón', false],
    ['Opinion polls', false],
    ['Ana de la Cruz', true],
    ['Jordan Vale', true],
  ])('personLike(%s) is %s', (name, want) => expect(personLike(name)).toBe(want));
});

describe('the subject of a verb of manner before "by …ing"', () =>
  it('finds the subject before "responded by"', () => {
    const text = ' date 2024-03-05 Mayor Ortiz responded by saying the audit was wrong.';
    const ctx = buildContext(text, 17, EMPTY_LEXICON);
    const s = ctx.sentences[0];
    const cue = s?.cues.find((c) => c.text === 'saying');
    expect(s && cue ? subjectBefore(s.tokens, cue.i, text)?.text : null).toBe('Mayor Ortiz');
  }));

describe('more subject shapes', () => {
  it('takes the named person of an appositive before "who"', () => {
    const text = ' date 2024-03-05 Rita Moss, a former bank regulator who argued with the board, said the rules were weak.';
    const ctx = buildContext(text, 17, EMPTY_LEXICON);
    const s = ctx.sentences[0];
    const cue = s?.cues.find((c) => c.text === 'argued');
    expect(s && cue ? subjectBefore(s.tokens, cue.i, text)?.text : null).toBe('Rita Moss');
  });

  it('takes the name when the cue is a noun after "made a"', () =>
    expectOne('During the forum, Ortega made an unexpected call for a new audit.', { speakerMention: 'Ortega', quote: 'a new audit' }));
});

describe('a bare surname names the article’s own person before the lexicon’s', () =>
  it('prefers the full name written in the article', () => {
    const lexicon: Lexicon = { ...EMPTY_LEXICON, speakers: { speakers: [{ name: 'Rick Halden', aliases: ['Halden'], roles: [], kind: 'person' }] } };
    expectStatements('Nora Halden runs the shelter. Halden said the beds were full.', [{ speaker: 'Nora Halden', quote: 'the beds were full' }], lexicon);
  }));

describe('contracted pronouns', () =>
  it('resolves "He’s" like "he"', () =>
    expectStatements('Senator Dale Ortiz spoke on Monday. He’s not saying what other steps he would support.', [{ speaker: 'Dale Ortiz', quote: 'what other steps he would support' }])));

describe('a determined noun phrase before a long appositive', () => {
  it('finds "The agencies, which …, said"', () =>
    expectOne('The agencies, which in several cases gave short answers to our questions, said they had done nothing wrong.', { speakerMention: 'The agencies', quote: 'they had done nothing wrong' }));

  it('finds a possessive body before "when contacted"', () =>
    expectOne('Hale’s office, when contacted by reporters, said the senator could not recall the dinner.', { speakerMention: 'Hale’s office' }));
});

describe('roles and negations', () => {
  it.each([
    ['the TV host', 'host'],
    ['a Fed economist', 'economist'],
  ])('%s is a role (%s)', (mention, role) => expect(parseName(mention)).toMatchObject({ kind: 'role', role }));

  it('keeps "the Clinton campaign" a name', () => expect(parseName('the Harmon campaign')).toMatchObject({ kind: 'name' }));

  it('reads a hyphenated title as a title', () => expect(parseName('Steel Workers Secretary-Treasurer Ana Ruiz')).toMatchObject({ name: 'Ana Ruiz' }));

  it('binds "the TV host" to the person the text is about', () =>
    expectStatements('Dana Pruitt opened the show on Monday. “It is a scandal,” the TV host said.', [{ speaker: 'Dana Pruitt', quote: 'It is a scandal,' }]));

  it('keeps a negated auxiliary out of the speaker', () =>
    expectOne('Most economists don’t think that the tax will pass.', { speakerMention: 'Most economists' }));
});

describe('a long office before the name', () =>
  it.each([
    ['MWU Director of Government Affairs Tom Reddy', 'Tom Reddy'],
    ['Speaker of the Assembly Carla D. Moon', 'Carla D. Moon'],
    ['Minister of Foreign Affairs Ilse Brand', 'Ilse Brand'],
  ])('%s → %s', (mention, name) => expect(parseName(mention)).toMatchObject({ kind: 'name', name })));

describe('a same-sentence name of the pronoun’s gender', () =>
  it('binds "she said" to the woman named earlier in the sentence, not the woman quoted before', () =>
    expectStatements('Senator Tom Bell spoke in Reno. Ann Marsh, a nurse, said the crowd was angry. In Reno on Friday, a protester, Ms. Okafor, was pushed by his supporters, she said.', [
      { speaker: 'Ann Marsh', quote: 'the crowd was angry' },
      { speaker: 'Okafor' },
    ])));
