import { describe, expect, it } from 'vitest';
import { expectOne, expectStatements, testSingleCase } from './test-single-case.ts';

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
  it.each([
    ['Governor Tom Reyes said during a visit to the harbor that the ferry would return.', 'Tom Reyes', 'the ferry would return', 'said'],
    ['Senator Mia Holt said, in an email, that she had not approved the advert.', 'Mia Holt', 'she had not approved the advert', 'said'],
    ['Mayor Ines Cho called the decision a betrayal of the town.', 'Ines Cho', 'the decision a betrayal of the town', 'called'],
    ['Councillor Raj Patel accused him of cowardice.', 'Raj Patel', 'him of cowardice', 'accused'],
    ['Judge Ada Berg urged the parties to settle.', 'Ada Berg', 'the parties to settle', 'urged'],
    ['Senator Lia Roth blasted the tariff plan during a rally in Dayton.', 'Lia Roth', 'the tariff plan', 'blasted'],
    ['Governor Pam Ode announced her candidacy last spring.', 'Pam Ode', 'her candidacy', 'announced'],
  ])('setting phrases, objects and noun-phrase contents: %s', (body, speaker, quote, cue) => expectOne(body, { speaker, quote, cue, kind: 'indirect' }));
  it.each([
    ['Mayor Eva Lind said the bridge will reopen and called on drivers to be patient.', [['Eva Lind', 'the bridge will reopen'], ['Eva Lind', 'drivers to be patient']]],
    ['Senator Omar Diaz praised the new trade deal and has said that more talks are needed.', [['Omar Diaz', 'the new trade deal'], ['Omar Diaz', 'more talks are needed']]],
    ['In an interview with the Courier, Governor Ruth Abel repeated her view and said the tax would go.', [['Ruth Abel', 'her view'], ['Ruth Abel', 'the tax would go']]],
  ])('coordinated cues each keep their own content: %s', (body, want) =>
    expectStatements(body, want.map(([speaker, quote]) => ({ speaker, quote }))));
  it.each([
    ['As analyst Bo Dahl pointed out in December, “The delegates can still change the rule.”', 'Bo Dahl', 'The delegates can still change the rule.'],
    ['Senator Ann Lee announced on her website, in capital letters, “I am running again!”', 'Ann Lee', 'I am running again!'],
    ['Senator Ann Lee had previously said, “We will see,” when asked whether she would run.', 'Ann Lee', 'We will see,'],
  ])('quotations after setting phrases and before the reporter’s clause: %s', (body, speaker, quote) => expectOne(body, { speaker, quote, kind: 'direct' }));
  it.each([
    ['The job went to one former staffer, who said he left on good terms.', 'one former staffer', 'he left on good terms'],
    ['Only 23 percent agreed, compared with 40 percent who said the plan was illegal.', '40 percent', 'the plan was illegal'],
    ['Most voters think the new tax is unfair.', 'Most voters', 'the new tax is unfair'],
  ])('relative pronouns and groups of people as speakers: %s', (body, speakerMention, quote) =>
    testSingleCase(body, (statements) => expect(statements.map((s) => [s.speakerMention, s.quote])).toContainEqual([speakerMention, quote])));

  it.each([
    'The Paris attacks shocked the city.',
    'The follow-up questions were about the budget.',
    'She won 40 pledged delegates in the state.',
  ])('nouns that look like cues yield nothing: %s', (body) => expectStatements(body, []));
  it.each([
    ['Governor Ned Falk said Tuesday night the dam was safe.', 'Ned Falk', 'the dam was safe'],
    ['Governor Ned Falk said last week the dam was safe.', 'Ned Falk', 'the dam was safe'],
  ])('time phrases after the cue stay out of the content: %s', (body, speaker, quote) => expectOne(body, { speaker, quote, kind: 'indirect' }));
  it('reads first-person beliefs outside quotations (opinion writing)', () =>
    expectOne('I think the new tax is unfair to renters.', { speakerMention: 'I', quote: 'the new tax is unfair to renters', cue: 'think' }));

  it.each([
    ['Senator Ann Lee expressed dismay at the ruling during a rally.', 'Ann Lee', 'the ruling', 'expressed dismay at'],
    ['Senator Ann Lee voiced support for the mayor last week.', 'Ann Lee', 'the mayor', 'voiced support for'],
  ])('expressed / voiced take what the feeling is about as a noun-phrase content: %s', (body, speaker, quote, cue) => expectOne(body, { speaker, quote, cue, kind: 'indirect' }));
  it('reads a coordinated cue after ", then"', () =>
    expectStatements('Governor Ned Falk offered the man a job, then said he would welcome advice from anyone.', [{ speaker: 'Ned Falk', quote: 'he would welcome advice from anyone', cue: 'said' }]));
  it('keeps a "familiar with" / "close to" modifier in a nominal speaker', () =>
    expectOne('Two people close to the mayor said the budget would be cut.', { speakerMention: 'Two people close to the mayor', quote: 'the budget would be cut', cue: 'said' }));
  it('reads a determined nominal holder of a belief', () =>
    expectOne('The company believes the new port will double its exports.', { speakerMention: 'The company', quote: 'the new port will double its exports', cue: 'believes' }));
});
