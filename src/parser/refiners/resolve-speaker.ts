import type { Lexicon } from '../../domain/lexicon.ts';
import type { ParseContext } from '../context.ts';
import type { Candidate } from '../extractors/types.ts';
import { FEMALE, MALE } from '../lexicon/people.ts';
import { collectEntities, type Entity } from './entities.ts';
import { parseName, sameSurname } from './names.ts';

export interface Resolved extends Candidate {
  speaker: string;
  speakerMention: string;
}

interface Seen {
  name: string;
  at: number;
  person: boolean;
  gender?: 'm' | 'f';
}

/** Canonical speakers: titles stripped, surnames and spelling variants joined, pronouns and roles bound to earlier speakers. */
export function resolveSpeakers(ctx: ParseContext, candidates: readonly Candidate[]): Resolved[] {
  const entities = collectEntities(ctx);
  const history: Seen[] = [];
  const out: Resolved[] = [];
  for (const c of [...candidates].sort((a, b) => a.cueStart - b.cueStart)) {
    const m = c.mention;
    if (!m) continue;
    const speaker = resolveOne(m.text, m.form, c.cueStart, entities, history, ctx.lexicon);
    if (!speaker) continue;
    out.push({ ...c, speaker: speaker.name, speakerMention: m.text });
    history.push({ ...speaker, at: c.cueStart });
  }
  return out;
}

function resolveOne(text: string, form: string, at: number, entities: Entity[], history: Seen[], lexicon: Lexicon): Omit<Seen, 'at'> | null {
  const lower = text.toLowerCase();
  if (form === 'pronoun') {
    const gender = MALE.has(lower) ? 'm' : FEMALE.has(lower) ? 'f' : undefined;
    const wantPerson = lower !== 'it' && lower !== 'they';
    for (let n = history.length - 1; n >= 0; n--) {
      const h = history[n];
      if (!h || (wantPerson && !h.person) || (gender && h.gender && h.gender !== gender)) continue;
      if (gender && !h.gender) h.gender = gender;
      return h;
    }
    const e = nearestEntity(entities, at, (x) => !gender || !x.gender || x.gender === gender);
    if (e) return { name: e.name, person: true, ...(gender ? { gender } : {}) };
    return history.at(-1) ?? null;
  }
  const parsed = parseName(text);
  if (parsed.kind === 'role') {
    const role = parsed.role;
    for (let n = history.length - 1; n >= 0; n--) {
      const h = history[n];
      const e = h && entities.find((x) => x.name === h.name);
      if (h && e?.titles.has(role)) return h;
    }
    const e = nearestEntity(entities, at, (x) => x.titles.has(role));
    if (e) return { name: e.name, person: true, ...(e.gender ? { gender: e.gender } : {}) };
    const fromLexicon = lexicon.speakers.speakers.find((s) => s.roles.some((r) => r.toLowerCase() === parsed.text.toLowerCase() || r.toLowerCase() === role));
    if (fromLexicon) return { name: fromLexicon.name, person: fromLexicon.kind === 'person' };
    return parsed.text ? { name: parsed.text, person: false } : null;
  }
  const name = parsed.name;
  const entry = lexicon.speakers.speakers.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.aliases.some((a) => a.toLowerCase() === name.toLowerCase()));
  if (entry) return { name: entry.name, person: entry.kind === 'person' };
  const words = name.split(' ');
  const surname = words.at(-1) ?? name;
  const gender = parsed.titles.some((t) => MALE.has(t)) ? 'm' : parsed.titles.some((t) => FEMALE.has(t)) ? 'f' : undefined;
  for (let n = history.length - 1; n >= 0; n--) {
    const h = history[n];
    if (!h || !h.person) continue;
    const hw = h.name.split(' ');
    if (sameSurname(hw.at(-1) ?? '', surname) && (words.length === 1 || hw.length === 1 || hw[0] === words[0])) return hw.length >= words.length ? h : { ...h, name };
  }
  const byLexSurname = lexicon.speakers.speakers.find((s) => s.kind === 'person' && [s.name, ...s.aliases].some((a) => sameSurname(a.split(' ').at(-1) ?? '', surname)) && words.length === 1);
  if (byLexSurname) return { name: byLexSurname.name, person: true };
  if (words.length === 1) {
    const e = nearestEntity(entities, at, (x) => sameSurname(x.surname, surname) && x.name.includes(' '));
    if (e) return { name: e.name, person: true, ...(e.gender ? { gender: e.gender } : {}) };
  }
  const person = words.length >= 2 || parsed.titles.length > 0;
  return { name, person: person || /^\p{Lu}\p{Ll}+$/u.test(name), ...(gender ? { gender } : {}) };
}

function nearestEntity(entities: Entity[], at: number, ok: (e: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (!ok(e)) continue;
    if (e.first <= at && (!best || best.first > at || e.first > best.first)) best = e;
    else if (!best) best = e;
  }
  return best;
}
