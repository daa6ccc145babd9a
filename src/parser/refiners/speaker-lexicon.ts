import type { Lexicon, SpeakerEntry } from '../../domain/lexicon.ts';

/**
 * The speaker lexicon's lookups (by name or alias, by role, by surname), built once per lexicon so
 * resolving a speaker costs a few map reads instead of a scan of every entry. Each map keeps the
 * first entry in lexicon order, as a linear `find` over the entries would.
 */
interface SpeakerIndex {
  /** Lowercased name or alias → the first entry written with it. */
  byName: Map<string, SpeakerEntry>;
  /** Lowercased role → position of the first entry holding it. */
  byRole: Map<string, number>;
  /** Lowercased last word of a person's name or alias → the first person entry with it. */
  bySurname: Map<string, SpeakerEntry>;
}

const cache = new WeakMap<readonly SpeakerEntry[], SpeakerIndex>();

function indexOf(lexicon: Lexicon): SpeakerIndex {
  const entries = lexicon.speakers.speakers;
  const known = cache.get(entries);
  if (known) return known;
  const index: SpeakerIndex = { byName: new Map(), byRole: new Map(), bySurname: new Map() };
  entries.forEach((x, i) => {
    for (const a of [x.name, ...x.aliases]) {
      const lower = a.toLowerCase();
      if (!index.byName.has(lower)) index.byName.set(lower, x);
      const last = (a.split(' ').at(-1) ?? '').toLowerCase();
      if (x.kind === 'person' && !index.bySurname.has(last)) index.bySurname.set(last, x);
    }
    for (const r of x.roles) {
      const lower = r.toLowerCase();
      if (!index.byRole.has(lower)) index.byRole.set(lower, i);
    }
  });
  cache.set(entries, index);
  return index;
}

/** The lexicon's entry for a name or one of its aliases. */
export function lexiconEntry(lexicon: Lexicon, name: string): SpeakerEntry | undefined {
  return indexOf(lexicon).byName.get(name.toLowerCase());
}

/** The first entry holding one of these roles (compared without case). */
export function lexiconByRole(lexicon: Lexicon, ...roles: string[]): SpeakerEntry | undefined {
  const { byRole } = indexOf(lexicon);
  let first = Infinity;
  for (const r of roles) first = Math.min(first, byRole.get(r.toLowerCase()) ?? Infinity);
  return lexicon.speakers.speakers[first];
}

/** The first person entry whose name or an alias ends in this surname (compared without case). */
export function lexiconBySurname(lexicon: Lexicon, surname: string): SpeakerEntry | undefined {
  return indexOf(lexicon).bySurname.get(surname.toLowerCase());
}
