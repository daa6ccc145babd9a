import { lowerBound } from '../text/search.ts';
import type { Entity, Gender, Occurrence, PronounUse } from './entities.ts';
import { personLike } from './names.ts';

/** A speaker already resolved, with where its cue stood. */
export interface Seen {
  name: string;
  at: number;
  sentence: number;
  person: boolean;
  gender?: Gender;
  /** The cue stands inside another statement's content: reported by someone else, not quoted by the reporter. */
  reported?: boolean;
}

/** What pronoun resolution reads: entities, name occurrences (in text order) and the speakers so far. */
export class Salience {
  readonly history: Seen[] = [];
  private readonly spokeIn = new Map<number, Seen[]>();
  private readonly namesIn = new Map<number, Occurrence[]>();
  private readonly persons = new Set<string>();
  /** Genders of resolved speakers under their canonical names, which may differ from the article's spelling. */
  private readonly genders = new Map<string, Gender>();

  private readonly pronounsIn = new Map<number, PronounUse[]>();

  constructor(
    readonly entities: Map<string, Entity>,
    readonly occurrences: readonly Occurrence[],
    pronouns: readonly PronounUse[] = [],
  ) {
    for (const o of occurrences) (this.namesIn.get(o.sentence) ?? this.namesIn.set(o.sentence, []).get(o.sentence))?.push(o);
    for (const p of pronouns) (this.pronounsIn.get(p.sentence) ?? this.pronounsIn.set(p.sentence, []).get(p.sentence))?.push(p);
  }

  /** The first "he"/"she" of this gender in a sentence, when it comes before the sentence's subject name and before `at`. */
  private leadingPronoun(sentence: number, gender: Gender | undefined, at: number): PronounUse | undefined {
    if (!gender) return undefined;
    const p = this.pronounsIn.get(sentence)?.find((x) => x.gender === gender);
    if (!p || p.at >= at) return undefined;
    const subject = this.namesIn.get(sentence)?.find((o) => o.subject);
    return !subject || subject.at > p.at ? p : undefined;
  }

  private readonly bodies = new Map<string, string>();

  /** One spelling per organisation: "The Clinton Foundation" and "the Clinton Foundation" are one speaker. */
  bodyName(name: string): string {
    const key = name.replace(/^The /, '').toLowerCase();
    const known = this.bodies.get(key);
    if (known) return known;
    this.bodies.set(key, name);
    return name;
  }

  /** Records a resolved speaker. */
  add(seen: Seen): void {
    this.history.push(seen);
    if (!seen.reported) (this.spokeIn.get(seen.sentence) ?? this.spokeIn.set(seen.sentence, []).get(seen.sentence))?.push(seen);
    if (seen.person && !this.entities.get(seen.name)?.org) this.persons.add(seen.name);
    if (seen.person && seen.gender && !this.genders.has(seen.name)) this.genders.set(seen.name, seen.gender);
  }

  /** The known gender of a name, from the article's titles, given names and pronouns. */
  genderOf(name: string): Gender | undefined {
    return this.entities.get(name)?.gender ?? this.genders.get(name);
  }

  compatible(name: string, gender: Gender | undefined): boolean {
    const known = this.genderOf(name);
    return !gender || !known || known === gender;
  }

  isPerson(name: string): boolean {
    return this.persons.has(name) || this.entities.get(name)?.person === true;
  }

  /** The antecedent of "he"/"she": this sentence's subject, else the latest speaker or subject of the few sentences before.
   * `quoting`: the pronoun attributes a direct quotation, which news writing puts right after the sentence introducing its speaker. */
  resolvePronoun(at: number, sentence: number, gender: Gender | undefined, quoting = false): string | null {
    return this.find(at, sentence, gender, (name) => this.isPerson(name), 0, quoting) ?? this.find(at, sentence, gender, (name) => this.maybePerson(name));
  }

  /** Multi-word names that are no organisation may be people even without a title or known given name. */
  private maybePerson(name: string): boolean {
    const e = this.entities.get(name);
    return e ? !e.org && (e.person || personLike(e.name)) : this.persons.has(name);
  }

  private find(at: number, sentence: number, gender: Gender | undefined, person: (name: string) => boolean, depth = 0, quoting = false): string | null {
    const ok = (name: string) => this.compatible(name, gender) && person(name);
    // "He avoided criticism of Trump until recent days, when he expressed …": the sentence's earlier "he" is the same person.
    const chained = depth < 4 ? this.leadingPronoun(sentence, gender, at) : undefined;
    if (chained) return this.find(chained.at, sentence, gender, person, depth + 1);
    const here = this.namesIn.get(sentence)?.find((o) => o.at < at && o.subject && ok(o.name));
    if (here) return here.name;
    // "In Louisville, Ms. Nwanguma was shocked …, she said": a name of the pronoun’s known gender earlier in the sentence.
    const early = this.namesIn.get(sentence)?.find((o) => o.at < at && ok(o.name) && this.genderOf(o.name) === gender && gender !== undefined);
    if (early) return early.name;
    for (let sj = sentence - 1; sj >= Math.max(0, sentence - 5); sj--) {
      const lead = depth < 4 ? this.leadingPronoun(sj, gender, Infinity) : undefined;
      if (lead) return this.find(lead.at, sj, gender, person, depth + 1);
      // The person quoted in the sentence before is the likelier antecedent than a name merely written there ("…,” Sexton said. … “…,” he said).
      const spoke = this.spokeIn.get(sj)?.filter((h) => person(h.name) && this.compatible(h.name, gender)).at(-1);
      if (spoke) return spoke.name;
      const subj = this.namesIn.get(sj)?.find((o) => o.subject && ok(o.name));
      if (subj) return subj.name;
      const any = this.namesIn.get(sj)?.find((o) => ok(o.name));
      if (any) return any.name;
      // "To political scientist Ann Lee, it looked grim. / “…,” she said": the sentence just before names only a possible person.
      const loose = quoting && sj === sentence - 1 ? this.namesIn.get(sj)?.find((o) => this.compatible(o.name, gender) && this.maybePerson(o.name)) : undefined;
      if (loose) return loose.name;
    }
    for (let n = this.history.length - 1; n >= Math.max(0, this.history.length - 30); n--) {
      const h = this.history[n];
      if (h && person(h.name) && this.compatible(h.name, gender)) return h.name;
    }
    for (let top = lowerBound(this.occurrences, at, (o) => o.at) - 1, n = top; n >= Math.max(0, top - 200); n--) {
      const o = this.occurrences[n];
      if (o && ok(o.name)) return o.name;
    }
    return null;
  }

  /** The organisation named last before `at` (for "the company"), from speakers and name occurrences. */
  nearestOrg(at: number): string | undefined {
    let any: string | undefined;
    for (let top = lowerBound(this.occurrences, at, (o) => o.at) - 1, n = top; n >= Math.max(0, top - 200); n--) {
      const o = this.occurrences[n];
      if (!o || !this.entities.get(o.name)?.org) continue;
      if (o.subject) return o.name;
      any ??= o.name;
    }
    return any;
  }

  /** The latest speaker that is not a person (for "it" and "they"), else the latest speaker. */
  lastBody(): Seen | undefined {
    for (let n = this.history.length - 1; n >= Math.max(0, this.history.length - 30); n--) {
      const h = this.history[n];
      if (h && !h.person) return h;
    }
    return this.history.at(-1);
  }

  /** Records the gender a pronoun reveals about the entity it was bound to. */
  learnGender(name: string, gender: Gender | undefined): void {
    const e = this.entities.get(name);
    if (e && gender && !e.gender) e.gender = gender;
    if (gender && !this.genders.has(name)) this.genders.set(name, gender);
  }
}
