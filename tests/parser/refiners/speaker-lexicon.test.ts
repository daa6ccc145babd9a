import { describe, expect, it } from 'vitest';
import type { Lexicon, SpeakerEntry } from '../../../src/domain/lexicon.ts';
import { lexiconByRole, lexiconBySurname, lexiconEntry } from '../../../src/parser/refiners/speaker-lexicon.ts';
import { expectStatements } from '../extractors/test-single-case.ts';

const entry = (name: string, more: Partial<SpeakerEntry> = {}): SpeakerEntry => ({ name, aliases: [], roles: [], kind: 'person', ...more });
const lexiconOf = (...speakers: SpeakerEntry[]): Lexicon => ({ speakers: { speakers }, themes: { themes: [] } });

/** What the lookups did before they were indexed: a scan that takes the first entry in lexicon order. */
const scan = {
  entry: (l: Lexicon, name: string) => l.speakers.speakers.find((x) => [x.name, ...x.aliases].some((a) => a.toLowerCase() === name.toLowerCase())),
  role: (l: Lexicon, text: string, role: string) => l.speakers.speakers.find((x) => x.roles.some((r) => r.toLowerCase() === text.toLowerCase() || r.toLowerCase() === role)),
  surname: (l: Lexicon, s: string) => l.speakers.speakers.find((x) => x.kind === 'person' && [x.name, ...x.aliases].some((a) => (a.split(' ').at(-1) ?? '').toLowerCase() === s.toLowerCase())),
};

describe('speaker lexicon lookups', () => {
  const lexicon = lexiconOf(
    entry('Harbor Logistics', { kind: 'organization', aliases: ['Harbor'], roles: ['shipping firm'] }),
    entry('Nora Whitfield', { aliases: ['Eleanor Whitfield'], roles: ['harbor master', 'mayor'] }),
    entry('Tom Whitfield', { roles: ['mayor'] }),
    entry('Harbor Council', { kind: 'organization', aliases: ['harbor', 'the Council'], roles: ['council'] }),
    entry('Ana Ruiz', { aliases: ['the Mayor'], roles: ['Council Chair'] }),
  );

  it('finds names and aliases without case, the first entry winning as a scan would', () => {
    for (const name of ['harbor', 'HARBOR LOGISTICS', 'eleanor whitfield', 'the mayor', 'The Council', 'nobody']) expect(lexiconEntry(lexicon, name)).toBe(scan.entry(lexicon, name));
    expect(lexiconEntry(lexicon, 'harbor')?.name).toBe('Harbor Logistics');
  });

  it('finds roles by the mention text or the role word, whichever entry comes first', () => {
    const cases: [string, string][] = [['the mayor', 'mayor'], ['council chair', 'chair'], ['Council Chair', 'council'], ['the harbor master', 'master'], ['the judge', 'judge']];
    for (const [text, role] of cases) expect(lexiconByRole(lexicon, text, role)).toBe(scan.role(lexicon, text, role));
    expect(lexiconByRole(lexicon, 'council chair', 'council')?.name).toBe('Harbor Council');
  });

  it('finds a person by the last word of a name or alias, never an organisation', () => {
    for (const s of ['whitfield', 'Ruiz', 'Mayor', 'Logistics', 'Council']) expect(lexiconBySurname(lexicon, s)).toBe(scan.surname(lexicon, s));
    expect(lexiconBySurname(lexicon, 'Whitfield')?.name).toBe('Nora Whitfield');
    expect(lexiconBySurname(lexicon, 'Logistics')).toBeUndefined();
  });

  it('builds its index per lexicon: a second lexicon is not answered from the first', () => {
    const other = lexiconOf(entry('Pilar Ostrova', { aliases: ['Harbor'] }));
    expect(lexiconEntry(lexicon, 'Harbor')?.name).toBe('Harbor Logistics');
    expect(lexiconEntry(other, 'Harbor')?.name).toBe('Pilar Ostrova');
  });

  it('resolves a bare surname and a role through the lexicon in an article', () => {
    const text = '“The pier reopens in May,” Whitfield said. “We are ready,” the harbor master said.';
    expectStatements(text, [{ speaker: 'Nora Whitfield' }, { speaker: 'Nora Whitfield' }], lexicon);
  });
});
