import { describe, it } from 'vitest';
import { expectOne, expectStatements } from '../extractors/test-single-case.ts';

describe('nested speech of the same speaker', () => {
  it('keeps the dash-attributed paragraph, not the belief clause inside it', () => {
    expectOne(
      'Mayor Ann Lee spoke at the depot on Monday.\n\nThe city has waited too long for new buses. I think that the riders of this city deserve clean and quiet electric buses on every single route. We will hire forty drivers this year - Ann Lee said.',
      {
        speaker: 'Ann Lee',
        cue: 'said',
        quote:
          'The city has waited too long for new buses. I think that the riders of this city deserve clean and quiet electric buses on every single route. We will hire forty drivers this year',
      },
    );
  });

  it('keeps what another speaker wants inside the reported clause', () => {
    expectStatements('Lee said the city had waited too long and that residents want faster buses.', [
      { speaker: 'Lee', quote: 'the city had waited too long and that residents want faster buses' },
      { speaker: 'residents', quote: 'faster buses' },
    ]);
  });
});
