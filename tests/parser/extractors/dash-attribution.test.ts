import { describe, it } from 'vitest';
import { expectOne } from './test-single-case.ts';

describe('dash attribution', () => {
  it('reads an unquoted paragraph closed by "- X emphasized." as direct', () =>
    expectOne('Prime Minister Eva Novak opened the forum.\n\nOur ports are open. Our farmers are ready to sell - Eva Novak emphasized.', {
      speaker: 'Eva Novak',
      quote: 'Our ports are open. Our farmers are ready to sell',
      kind: 'direct',
      cue: 'emphasized',
    }));
  it('resolves "– he said." to the previous speaker', () =>
    expectOne('Minister Jon Berg arrived late.\n\nWe will build the road this year – he said.', { speaker: 'Jon Berg', kind: 'direct' }));
});
