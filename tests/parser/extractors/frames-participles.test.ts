import { describe, expect, it } from 'vitest';
import { said } from './test-single-case.ts';

describe('a participle phrase after an inverted quotation cue', () => {
  it('gives "referring to" the speaker named after "said"', () => {
    expect(said('"It was a hard year," said Mara Quill, a former harbor commissioner, referring to the storm that closed the port in 2019.')).toContainEqual({
      speaker: 'Mara Quill',
      quote: 'the storm that closed the port in 2019',
      kind: 'indirect',
    });
  });

  it('reads "recalling" and "referencing" the same way', () => {
    expect(said('"We were lucky," said Tom Reyes, the ferry captain, recalling a night crossing in heavy fog.')).toContainEqual({ speaker: 'Tom Reyes', quote: 'a night crossing in heavy fog', kind: 'indirect' });
    expect(said('"They will regret it," Ann Lee said, referencing the vote on the new bridge.')).toContainEqual({ speaker: 'Ann Lee', quote: 'the vote on the new bridge', kind: 'indirect' });
  });

  it('does not read the noun "reference" as a cue', () => {
    expect(said('The report made a brief reference to the bridge.')).toEqual([]);
  });
});

describe('verbs of recollection, detail and official action take their object as content', () => {
  it.each([
    ['The captain later recalled a night crossing in heavy fog.', 'captain', 'a night crossing in heavy fog'],
    ['Harbor officials this week detailed the cost of the new pier.', 'Harbor officials', 'the cost of the new pier'],
    ['A county judge ordered the city to release the ferry records.', 'county judge', 'the city to release the ferry records'],
    ['Senate Democrats blocked the harbor bill.', 'Senate Democrats', 'the harbor bill'],
  ])('%s', (body, speaker, quote) => expect(said(body)).toContainEqual({ speaker, quote, kind: 'indirect' }));

  it('leaves their noun forms alone', () => {
    expect(said('The ferry ran under a court order until the recall of the board.')).toEqual([]);
    expect(said('The details of the veto were never made public.')).toEqual([]);
  });
});

describe('a passive stance verb with its agent', () => {
  it.each([
    ['Earlier in the day, the mayor was sharply criticized by Senator Tom Reyes.', 'Tom Reyes', 'the mayor'],
    ["The ferry plan has been backed by Governor Ann Pike.", 'Ann Pike', 'The ferry plan'],
  ])('%s', (body, speaker, quote) => expect(said(body)).toContainEqual({ speaker, quote, kind: 'indirect' }));

  it('needs the agent and a content of its own', () => {
    expect(said('The pier was backed by steel beams and rebuilt.').map((s) => s.quote)).not.toContain('The pier');
    expect(said('Lee, who was backed by the union, lost.')).toEqual([]);
  });
});

describe('a stance verb with a short object before a setting phrase', () => {
  it.each([
    ['The mayor denied the accusations through a spokeswoman.', 'mayor', 'the accusations'],
    ['Harbor pilots have questioned that decision, citing the cost.', 'Harbor pilots', 'that decision'],
  ])('%s', (body, speaker, quote) => expect(said(body)).toContainEqual({ speaker, quote, kind: 'indirect' }));

  it('keeps a "that" clause whole', () => {
    expect(said('The mayor denied that taxes rose.')).toEqual([{ speaker: 'mayor', quote: 'taxes rose', kind: 'indirect' }]);
  });
});

describe('thanks, reminders and claimed credit', () => {
  it.each([
    ['On Monday, Mayor Ann Lee thanked the ferry crews for working through the storm.', 'Ann Lee', 'working through the storm'],
    ['In her letter, Ann Lee reminded the council of its promise to rebuild the pier.', 'Ann Lee', 'its promise to rebuild the pier'],
    ['Ann Lee quickly took credit for the new ferry schedule, and officials agreed.', 'Ann Lee', 'the new ferry schedule'],
  ])('%s', (body, speaker, quote) => expect(said(body)).toContainEqual({ speaker, quote, kind: 'indirect' }));

  it('leaves likeness and passive reminders alone', () => {
    expect(said('The old pier reminds me of my childhood.')).toEqual([]);
    expect(said('Residents were reminded of the flood.')).toEqual([]);
  });
});
