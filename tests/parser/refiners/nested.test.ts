import { describe, it } from 'vitest';
import { expectOne, expectStatements } from '../extractors/test-single-case.ts';

describe('statements nested in another statement', () => {
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

  it('reads what another speaker wants inside the reported clause as part of that report', () =>
    expectStatements('Lee said the city had waited too long and that residents want faster buses.', [
      { speaker: 'Lee', quote: 'the city had waited too long and that residents want faster buses' },
    ]));

  it('reads a statement quoted inside another speaker’s quotation as part of it', () =>
    expectStatements('“I asked the minister and she said the plant will stay open,” union leader Omar Reyes said.', [
      { speaker: 'Omar Reyes', quote: 'I asked the minister and she said the plant will stay open,' },
    ]));

  it('keeps statements side by side when neither lies inside the other', () =>
    expectStatements('Lee said the buses were late. Residents want faster buses, a survey found.', [
      { speaker: 'Lee', quote: 'the buses were late' },
      { speaker: 'survey', quote: 'Residents want faster buses' },
    ]));
});
