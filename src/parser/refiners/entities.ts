import type { ParseContext } from '../context.ts';
import { FEMALE, MALE } from '../lexicon/people.ts';
import { isNameToken } from '../mentions.ts';
import { parseName } from './names.ts';

/** A named person or body seen in the article, with the titles written before it. */
export interface Entity {
  name: string;
  surname: string;
  first: number;
  titles: Set<string>;
  gender?: 'm' | 'f';
}

/** Collects capitalised name runs of the whole body, so surnames and roles can be resolved to full names. */
export function collectEntities(ctx: ParseContext): Entity[] {
  const byName = new Map<string, Entity>();
  for (const s of ctx.sentences) {
    if (ctx.headlines.has(s.paragraph)) continue;
    const { tokens } = s;
    for (let k = 0; k < tokens.length; k++) {
      if (!isNameToken(tokens[k])) continue;
      let e = k;
      while (isNameToken(tokens[e + 1]) || (tokens[e + 1]?.lower === 'of' && isNameToken(tokens[e + 2]))) e += tokens[e + 1]?.lower === 'of' ? 2 : 1;
      const from = k;
      k = e;
      const first = tokens[from];
      const last = tokens[e];
      if (!first || !last) continue;
      const parsed = parseName(ctx.text.slice(first.start, last.end));
      if (parsed.kind !== 'name') continue;
      const words = parsed.name.split(' ');
      if (words.length < 2 && !parsed.titles.length) continue;
      const gender = parsed.titles.some((t) => MALE.has(t)) ? 'm' : parsed.titles.some((t) => FEMALE.has(t)) ? 'f' : undefined;
      const found = byName.get(parsed.name);
      if (found) {
        for (const t of parsed.titles) found.titles.add(t);
        found.gender ??= gender;
        continue;
      }
      const surname = words.at(-1) ?? parsed.name;
      byName.set(parsed.name, { name: parsed.name, surname, first: first.start, titles: new Set(parsed.titles), ...(gender ? { gender } : {}) });
    }
  }
  return [...byName.values()].filter((e) => e.name.includes(' ') || e.titles.size > 0);
}
