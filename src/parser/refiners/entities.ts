import type { ParseContext } from '../context.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { FEMALE, MALE, PERSON_TITLES } from '../lexicon/people.ts';
import { isNameToken } from '../mentions.ts';
import { nameWords, ORG_LAST, parseName, sameSurname } from './names.ts';

export type Gender = 'm' | 'f';

/** A named person or body seen in the article, with the titles written before it. */
export interface Entity {
  name: string;
  surname: string;
  first: number;
  titles: Set<string>;
  gender?: Gender;
  person: boolean;
  org: boolean;
}


/** One place where a name is written outside quotations. */
export interface Occurrence {
  at: number;
  sentence: number;
  /** Canonical name (full name when the article gives one). */
  name: string;
  /** First name in its sentence, near its start: the likely grammatical subject. */
  subject: boolean;
}

/** A "he" or "she" written outside quotations: the subject of some clause. */
export interface PronounUse {
  at: number;
  sentence: number;
  gender: Gender;
}


/** Collects capitalised name runs of the whole body, so surnames, pronouns and roles can be resolved to full names. */
export function collectEntities(ctx: ParseContext): { entities: Entity[]; occurrences: Occurrence[]; pronouns: PronounUse[] } {
  const byName = new Map<string, Entity>();
  const raw: { at: number; sentence: number; name: string; subject: boolean; gender?: Gender }[] = [];
  const pronouns: PronounUse[] = [];
  for (const s of ctx.sentences) {
    if (ctx.headlines.has(s.paragraph)) continue;
    const { tokens } = s;
    let seen = false;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t && t.quote < 0 && (t.lower === 'he' || t.lower === 'she')) {
        pronouns.push({ at: t.start, sentence: s.index, gender: t.lower === 'he' ? 'm' : 'f' });
      }
      if (!isNameToken(t)) continue;
      let e = k;
      while (isNameToken(tokens[e + 1]) || (tokens[e + 1]?.lower === 'of' && isNameToken(tokens[e + 2]))) e += tokens[e + 1]?.lower === 'of' ? 2 : 1;
      const from = k;
      k = e;
      const first = tokens[from];
      const last = tokens[e];
      if (!first || !last) continue;
      const parsed = parseName(ctx.text.slice(first.start, last.end));
      if (parsed.kind !== 'name') continue;
      const { words } = nameWords(parsed.name);
      const honorific = parsed.titles.some((t) => MALE.has(t)) ? 'm' : parsed.titles.some((t) => FEMALE.has(t)) ? 'f' : undefined;
      const gender = honorific ?? (words.length > 1 ? genderOfFirstName(words[0] ?? '') : undefined);
      const occurrence: (typeof raw)[number] = { at: first.start, sentence: s.index, name: parsed.name, subject: !seen && from <= 8 };
      if (honorific) occurrence.gender = honorific;
      raw.push(occurrence);
      seen = true;
      const titled = parsed.titles.some((t) => PERSON_TITLES.has(t));
      const found = byName.get(parsed.name);
      if (found) {
        for (const t of parsed.titles) found.titles.add(t);
        found.gender ??= gender;
        found.person ||= titled;
        continue;
      }
      const org = ORG_LAST.test(words.at(-1) ?? '') || /^[A-Z]{2,6}$/.test(parsed.name);
      const entity: Entity = { name: parsed.name, surname: words.at(-1) ?? parsed.name, first: first.start, titles: new Set(parsed.titles), person: !org && (titled || gender !== undefined), org };
      if (gender) entity.gender = gender;
      byName.set(parsed.name, entity);
    }
  }
  const full = new EntityIndex([...byName.values()].filter((e) => e.name.includes(' ')));
  const occurrences = raw.map((o) => {
    if (o.name.includes(' ')) return o;
    const e = full.candidates(o.name).find((x) => !x.org && sameSurname(x.surname, o.name) && (!o.gender || !x.gender || x.gender === o.gender));
    if (e) e.person = true;
    if (e && o.gender && !e.gender) e.gender = o.gender;
    return e ? Object.assign({}, o, { name: e.name }) : o;
  });
  return { entities: [...byName.values()].filter((e) => e.name.includes(' ') || e.titles.size > 0 || e.person || e.org), occurrences, pronouns };
}

/** Entities grouped by the first three letters of their surname and by title, so lookups stay cheap in long articles. */
export class EntityIndex {
  private readonly byPrefix = new Map<string, Entity[]>();
  private readonly byTitle = new Map<string, Entity[]>();

  constructor(readonly all: readonly Entity[]) {
    for (const e of all) {
      const key = e.surname.slice(0, 3).toLowerCase();
      (this.byPrefix.get(key) ?? this.byPrefix.set(key, []).get(key))?.push(e);
      for (const t of e.titles) (this.byTitle.get(t) ?? this.byTitle.set(t, []).get(t))?.push(e);
    }
  }

  /** Entities whose surname may match `surname` (same first three letters). */
  candidates(surname: string): readonly Entity[] {
    return this.byPrefix.get(surname.slice(0, 3).toLowerCase()) ?? [];
  }

  /** Entities written with this title ("president", "senator"). */
  titled(title: string): readonly Entity[] {
    return this.byTitle.get(title) ?? [];
  }
}
