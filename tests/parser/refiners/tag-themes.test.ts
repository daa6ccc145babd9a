import { describe, expect, it } from 'vitest';
import { tagThemes } from '../../../src/parser/refiners/tag-themes.ts';

const themes = {
  themes: [
    { id: 'air-defense', label: 'Air defense', terms: ['air defense', 'air defence'] },
    { id: 'sanctions', label: 'Sanctions', terms: ['sanction'] },
    { id: 'energy', label: 'Energy', terms: ['power grid'] },
  ],
};

describe('tagThemes', () => {
  it.each([
    ['We need more air defenses.', ['air-defense']],
    ['Sanctions were imposed and the grid sanctioned.', ['sanctions']],
    ['Air-defence and the power grids', ['air-defense', 'energy']],
    ['The sanctionable offence', []],
  ])('%s', (quote, want) => expect(tagThemes(quote, themes)).toEqual(want));
});
