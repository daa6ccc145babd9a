import type { Entity, Gender, Occurrence } from './entities.ts';

/** A speaker already resolved, with where its cue stood. */
export interface Seen {
  name: string;
  at: number;
  sentence: number;
  person: boolean;
  gender?: Gender;
}

export interface Salience {
  entities: Map<string, Entity>;
  occurrences: Occurrence[];
  history: Seen[];
}

function compatible(s: Salience, name: string, gender: Gender | undefined): boolean {
  const e = s.entities.get(name);
  if (!e) return true;
  return !gender || !e.gender || e.gender === gender;
}

function isPerson(s: Salience, name: string): boolean {
  const e = s.entities.get(name);
  return e ? e.person : s.history.some((h) => h.name === name && h.person);
}

/** The antecedent of "he"/"she" at `at` in sentence `sentence`: the subject of this sentence, else the latest
 * speaker or sentence subject of the few sentences before. */
export function resolvePronoun(s: Salience, at: number, sentence: number, gender: Gender | undefined): string | null {
  const ok = (name: string) => compatible(s, name, gender) && isPerson(s, name);
  const here = s.occurrences.find((o) => o.sentence === sentence && o.at < at && o.subject && ok(o.name));
  if (here) return here.name;
  for (let sj = sentence - 1; sj >= Math.max(0, sentence - 5); sj--) {
    const spoke = s.history.filter((h) => h.sentence === sj && h.person && compatible(s, h.name, gender)).at(-1);
    if (spoke) return spoke.name;
    const subj = s.occurrences.find((o) => o.sentence === sj && o.subject && ok(o.name));
    if (subj) return subj.name;
  }
  const last = [...s.history].reverse().find((h) => h.person && compatible(s, h.name, gender));
  if (last) return last.name;
  const before = s.occurrences.filter((o) => o.at < at && ok(o.name)).at(-1);
  return before?.name ?? null;
}

/** Records the gender a pronoun reveals about the entity it was bound to. */
export function learnGender(s: Salience, name: string, gender: Gender | undefined): void {
  const e = s.entities.get(name);
  if (e && gender && !e.gender) e.gender = gender;
}
