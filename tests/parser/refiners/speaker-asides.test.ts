import { describe, expect, it } from 'vitest';
import { statementsOf } from '../extractors/test-single-case.ts';

describe('an adverb between commas before the cue is no appositive', () => {
  it('“in Iowa, he, too, feels …” is said by the man named before, not by the place', () => {
    const [second] = statementsOf('Governor Tom Reyes spent a week touring farms. In Iowa, he, too, feels a turnaround coming.').filter((s) => s.cue === 'feels');
    expect(second?.speaker).toBe('Tom Reyes');
    expect(second?.quote).toBe('a turnaround coming');
  });
});
