import { describe, it } from 'vitest';
import { expectStatements } from './test-single-case.ts';

describe('transcript turns', () => {
  it('continues a labelled turn over the unlabelled paragraphs before the next label', () =>
    expectStatements('Partial transcript as follows:\n\nREYES: Will the pier open this spring?\n\nLEE: We hope so. The crews are working every day.\n\nAnd the money is already there.\n\n(CROSSTALK.)\n\nREYES: Thank you, Mayor.', [
      { speaker: 'REYES', kind: 'direct', quote: 'Will the pier open this spring?' },
      { speaker: 'LEE', kind: 'direct', quote: 'We hope so. The crews are working every day … And the money is already there' },
      { speaker: 'REYES', kind: 'direct', quote: 'Thank you, Mayor' },
    ]));

  it('does not continue a turn into prose that no label follows', () =>
    expectStatements('Partial transcript as follows:\n\nLEE: We hope so. The crews are working every day.\n\nThe mayor has made such promises before.', [
      { speaker: 'LEE', kind: 'direct', quote: 'We hope so. The crews are working every day' },
    ]));
});
