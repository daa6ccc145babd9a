import { describe, expect, it } from 'vitest';
import { parseName } from '../../../src/parser/refiners/names.ts';
import { expectOne, said } from '../extractors/test-single-case.ts';

describe('number and percentage subjects', () => {
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
