import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../../src/domain/lexicon.ts';
import { buildContext } from '../../../src/parser/context.ts';
import { subjectBefore } from '../../../src/parser/mentions.ts';
import { parseName } from '../../../src/parser/refiners/names.ts';
import { expectOne, said } from '../extractors/test-single-case.ts';

describe('number and percentage subjects', () => {
  it('keeps "$500,000" whole, so the part after its comma is no speaker', () =>
    expect(said('The fund raised $500,000 from Ann Lee, a Denver investor who had previously backed Mayor Joan Park.')).toEqual([
      { speaker: 'Ann Lee', quote: 'Mayor Joan Park', kind: 'indirect' },
    ]));

  it('reads a percentage behind a dash as the antecedent of "who"', () =>
    expect(said('Half of the members were undecided, compared with about a third -- 31 percent -- who said they would never switch.')).toContainEqual({
      speaker: '31 percent',
      quote: 'they would never switch',
      kind: 'indirect',
    }));

  it('reads "18%" as a noun phrase before "who"', () =>
    expect(said('Most tenants liked the plan, including 22% who say they would renew their lease.')).toContainEqual({
      speaker: '22%',
      quote: 'they would renew their lease',
      kind: 'indirect',
    }));

  it('starts a subject after a spaced hyphen used as a dash', () =>
    expect(said('Some neighbours say the park is too loud - others say the noise is fine on weekends.')).toContainEqual({
      speaker: 'others',
      quote: 'the noise is fine on weekends',
      kind: 'indirect',
    }));
});

describe('subjects with a relative clause', () => {
  it('keeps the relative clause of a clause-initial subject', () =>
    expectOne('Still, farmers who lost their crops to the flood say the payments came too late.', {
      speakerMention: 'farmers who lost their crops to the flood',
      quote: 'the payments came too late',
      kind: 'indirect',
    }));

  it('gives "who" to the people before a preposition, not to the thing after it', () =>
    expect(said('The host heard from callers to his late-night talk show who said they feared the new toll.')).toContainEqual({
      speaker: 'callers',
      quote: 'they feared the new toll',
      kind: 'indirect',
    }));
});

describe('parseName: a lowercase group is named by its head', () => {
  it.each([
    ['some state lobbyists', 'lobbyists'],
    ['former officials', 'officials'],
  ])('%s → role %s', (mention, role) => expect(parseName(mention)).toMatchObject({ kind: 'role', role }));
});

describe('longer clause-initial subjects', () => {
  it('reads "the head of … to the …" as one noun phrase', () =>
    expectOne('The deputy head of the trade mission to the summit said the tariffs should be lifted.', {
      speakerMention: 'The deputy head of the trade mission to the summit',
      quote: 'the tariffs should be lifted',
    }));

  it('reads a bare number after a quantifier as the subject', () =>
    expect(said('Of 40 clubs that replied, only 12 said the league should expand.')).toContainEqual({
      speaker: '12',
      quote: 'the league should expand',
      kind: 'indirect',
    }));

  it('keeps a "privy to" modifier with its noun', () =>
    expectOne('But several sources privy to the talks say the deal will collapse.', {
      speakerMention: 'several sources privy to the talks',
      quote: 'the deal will collapse',
    }));
});

describe('the speaker before an aside', () => {
  it('skips "outright" between the subject and the cue', () =>
    expectOne('Marlow outright said that the count was wrong.', { speakerMention: 'Marlow', quote: 'the count was wrong' }));

  it('gives the cue to the named person when a relative aside in dashes follows the role', () =>
    expectOne('Tessa Brandt, press director of the coalition - which backs the measure - said the vote was close.', {
      speaker: 'Tessa Brandt',
      quote: 'the vote was close',
    }));
});

describe('pronoun-like subjects', () => {
  it('reads a determiner standing alone as the subject ("Yet another said")', () =>
    expect(said('Two members backed the plan. Yet another said the budget was too small.')).toContainEqual({
      speaker: 'another',
      quote: 'the budget was too small',
      kind: 'indirect',
    }));

  it('reads an indefinite pronoun as the subject after an opener', () =>
    expectOne('By now, everyone knows how the budget was spent.', { speaker: 'everyone', quote: 'how the budget was spent' }));

  it('gives relative "that" the noun before it', () =>
    expectOne('The students sued the college that promised a useful education.', { speakerMention: 'the college', quote: 'a useful education' }));

  it('does not read a verb before a complementizer "that" as a noun', () =>
    expectOne('Some veteran strategists predict that voters would see through it.', { speakerMention: 'Some veteran strategists', quote: 'voters would see through it' }));
});

describe('no subject ends in a preposition', () =>
  it('does not read "Marlow responded before" as the subject of "adding"', () => {
    const text = ' date 2024-03-05 Marlow responded before adding that the count would resume.';
    const ctx = buildContext(text, 17, EMPTY_LEXICON);
    const s = ctx.sentences[0];
    const i = s?.tokens.findIndex((t) => t.lower === 'adding') ?? -1;
    expect(s ? subjectBefore(s.tokens, i, text)?.text : undefined).not.toBe('Marlow responded before');
  }));

describe('poll-style quantity subjects', () => {
  it('reads a long quantity phrase as the subject', () =>
    expectOne('Only about 3 in 10 union members in each district want the plant to close.', {
      speakerMention: 'Only about 3 in 10 union members in each district',
      quote: 'the plant to close',
      kind: 'indirect',
    }));

  it('reads "more than half" as part of the subject', () =>
    expectOne('More than half the mayors surveyed support a later start to the season.', {
      speakerMention: 'More than half the mayors surveyed',
      quote: 'a later start to the season',
    }));
});
