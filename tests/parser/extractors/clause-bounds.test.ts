import { describe, expect, it } from 'vitest';
import { said } from './test-single-case.ts';


describe('an aside between two dashes stays inside the reported clause', () => {
  it.each([
    ['Mayor Lena Ortiz said that the harbor fund — a pool of state and city money — would pay for the new docks.', 'the harbor fund — a pool of state and city money — would pay for the new docks'],
    ['Governor Ray Dunn said the old bridge - built in 1931 - would close for repairs in March.', 'the old bridge - built in 1931 - would close for repairs in March'],
  ])('%s', (body, quote) => expect(said(body)).toEqual([{ speaker: expect.any(String), quote, kind: 'indirect' }]));

  it('ends at an aside followed by a new clause', () =>
    expect(said('Senator Ada Moss said the tax cut would pass — a rare win for her party — it was still a close vote.').map((s) => s.quote)).toEqual(['the tax cut would pass']));
});

describe('a single dash ends the reported clause unless an elaboration follows', () => {
  it('stops before a spaced hyphen that opens the writer’s aside', () =>
    expect(said('Mayor Tom Reyes said the budget was balanced - and then he left the room.').map((s) => s.quote)).toEqual(['the budget was balanced']));

  it('keeps a noun-phrase elaboration after the dash', () =>
    expect(said('Chief Nora Hale said the plan was a compromise - a mix of new patrols and old programs.').map((s) => s.quote)).toEqual([
      'the plan was a compromise - a mix of new patrols and old programs',
    ]));
});

describe('an appositive or relative clause closed before the verb stays inside the content', () => {
  it.each([
    ['Ms. Kara Dunn said she stayed quiet when the director, a former city councilman, sent her the messages.', 'she stayed quiet when the director, a former city councilman, sent her the messages'],
    ['Mayor Tom Reyes believed that the new levy, which passed in May, would pay for the schools.', 'the new levy, which passed in May, would pay for the schools'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toEqual([quote]));
});

describe('a contrast with no attribution of its own belongs to the same report', () => {
  it('keeps ", while …" when no one else is quoted in it', () =>
    expect(said('The survey found that the mayor led by six points, while the challenger trailed among older voters.').map((s) => s.quote)).toEqual([
      'the mayor led by six points, while the challenger trailed among older voters',
    ]));

  it('ends before ", while …" that carries its own attribution', () =>
    expect(said('Governor Ray Dunn said the dam was safe, while engineers warned that it could fail.')).toContainEqual({ speaker: 'Ray Dunn', quote: 'the dam was safe', kind: 'indirect' }));
});

describe('a second predicate of the same subject ends an object content', () => {
  it('ends a participle’s object before a parallel participle', () =>
    expect(said('Governor Ann Pike spoke for an hour, criticizing the budget office and pointedly calling for an audit of the port.')).toContainEqual({
      speaker: 'Ann Pike',
      quote: 'the budget office',
      kind: 'indirect',
    }));

  it('ends a noun-phrase object before a coordinated verb in the same tense', () =>
    expect(said('The mayor’s office promised a veto of the bill and attempted to persuade the council.').map((s) => s.quote)).toContain('a veto of the bill'));

  it('keeps a coordinated clause inside a reported clause', () =>
    expect(said('Senator Ruth Kell said the county raised taxes and cut its school budget.').map((s) => s.quote)).toEqual(['the county raised taxes and cut its school budget']));

  it('keeps a list of nouns whose last item starts with a past form', () =>
    expect(said('Mayor Ivan Oduya focused on transit, housing and paid family leave.').map((s) => s.quote)).toEqual(['transit, housing and paid family leave']));
});

describe('the reporter’s setting after a noun-phrase object is not part of it', () => {
  it.each([
    ['Senator Ruth Kell defended the harbor plan in a recent interview with the Courier.', 'the harbor plan'],
    ['Mayor Ivan Oduya endorsed Lena Ortiz at a news conference on Friday.', 'Lena Ortiz'],
    ['Governor Tess Lund dismissed the new state audit by pointing out that it was two years old.', 'the new state audit'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('keeps the setting when the content resumes after it', () =>
    expect(said('Chief Nora Hale told a town hall in Salem on Monday that the station would stay open.').map((s) => s.quote)).toEqual(['the station would stay open']));

  it('keeps a manner phrase inside an infinitive content', () =>
    expect(said('Senator Ada Moss vowed to cut the deficit by raising fuel taxes.').map((s) => s.quote)).toEqual(['to cut the deficit by raising fuel taxes']));
});

describe('the content resumes after an aside closed by a comma', () => {
  it.each([
    ['Governor Tess Lund cited the audit, an internal review of the port, as proof of waste.', 'the audit, an internal review of the port, as proof of waste'],
    ['Mayor Tom Reyes vowed to form a task force, which would include the police, to stop the thefts.', 'to form a task force, which would include the police, to stop the thefts'],
    ['Chief Nora Hale warned that the council, even as a caretaker body, had broken the rules.', 'the council, even as a caretaker body, had broken the rules'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));
});
