import type { Lexicon } from '../../domain/lexicon.ts';
import type { ParseContext } from '../context.ts';
import type { Candidate } from '../extractors/types.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { FEMALE, MALE } from '../lexicon/people.ts';
import { collectEntities, EntityIndex, type Entity } from './entities.ts';
import { nameWords, parseName, personLike, sameLowerSurname } from './names.ts';
import { Salience, type Seen } from './pronouns.ts';
import { lexiconByRole, lexiconBySurname, lexiconEntry } from './speaker-lexicon.ts';

export interface Resolved extends Candidate {
  speaker: string;
  speakerMention: string;
}

type Speaker = Omit<Seen, 'at' | 'sentence'>;

/** Singular roles of one person: "the governor said" names the person the text is about. */
const PERSON_ROLE_NOUN = /^(?:president|senator|governor|mayor|minister|secretary|congressman|congresswoman|lawmaker|candidate|nominee|front-?runner|chairman|chairwoman|ambassador|judge|justice|spokes(?:man|woman|person)|host|anchor|star|actor|actress|singer|author|writer|analyst|economist|strategist|pollster|billionaire|businessman|businesswoman|mogul|founder|executive|official|aide|adviser|advisor|lawyer|attorney|chief|director|commissioner|sheriff|pastor|professor|coach|veteran|widow|mother|father|wife|husband|son|daughter|retiree|owner|manager|speaker|leader|developer|hopeful)$/;

function roleGender(role: string): 'm' | 'f' | undefined {
  if (/(?:woman|ess|widow|mother|wife|daughter)$/.test(role)) return 'f';
  return /(?:man|father|husband|son)$/.test(role) ? 'm' : undefined;
}

const BODY_ROLES = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'agency', 'ministry', 'department', 'bank', 'university', 'newspaper', 'paper', 'network', 'union', 'team', 'club', 'council', 'board', 'manufacturer', 'maker', 'retailer', 'airline', 'insurer', 'carrier', 'utility', 'charity', 'institute', 'lab', 'laboratory', 'startup', 'outlet']);

/** Canonical speakers: titles stripped, surnames and spelling variants joined, pronouns and roles bound to earlier mentions. */
export function resolveSpeakers(ctx: ParseContext, candidates: readonly Candidate[]): Resolved[] {
  const { entities, occurrences, pronouns } = collectEntities(ctx);
  const salience = new Salience(new Map(entities.map((e) => [e.name, e])), occurrences, pronouns);
  const index = new EntityIndex(entities);
  const reported = reportedCues(candidates);
  const out: Resolved[] = [];
  for (const c of [...candidates].sort((a, b) => a.cueStart - b.cueStart)) {
    const m = c.mention;
    if (!m) continue;
    const found = resolveOne(m.text, m.form, c, index, salience, ctx.lexicon);
    if (!found) continue;
    const speaker = found.person && !found.gender ? withGender(found, m.text, salience) : found;
    // Object.assign, not a spread: V8 copies candidates from many extractors several times faster this way.
    out.push(Object.assign({}, c, { speaker: speaker.name, speakerMention: m.text }));
    salience.add(Object.assign({}, speaker, { at: c.cueStart, sentence: c.sentence }, reported.has(c.cueStart) ? { reported: true } : {}));
  }
  return out;
}

/** 'Lee said Ann Ray's statement did not clarify it': cues lying inside a content span of their sentence (another statement's,
 * as a statement's own content never holds its cue). One sort and sweep per article: linear in practice. */
function reportedCues(candidates: readonly Candidate[]): Set<number> {
  const spans = candidates.flatMap((d) => d.spans.map(([a, b]) => ({ a, b, sentence: d.sentence })));
  const cues = candidates.map((c) => ({ at: c.cueStart, sentence: c.sentence }));
  spans.sort((x, y) => x.sentence - y.sentence || x.a - y.a);
  cues.sort((x, y) => x.sentence - y.sentence || x.at - y.at);
  const out = new Set<number>();
  let n = 0;
  let reach = -1;
  let sentence = -1;
  for (const cue of cues) {
    if (cue.sentence !== sentence) {
      sentence = cue.sentence;
      reach = -1;
      while (n < spans.length && (spans[n]?.sentence ?? 0) < sentence) n++;
    }
    for (let span = spans[n]; span && span.sentence === sentence && span.a <= cue.at; span = spans[++n]) reach = Math.max(reach, span.b);
    if (cue.at < reach) out.add(cue.at);
  }
  return out;
}

function resolveOne(written: string, writtenForm: string, c: Candidate, index: EntityIndex, s: Salience, lexicon: Lexicon): Speaker | null {
  // "He’s not saying …": a contracted pronoun read as a capitalised word is still the pronoun.
  const contracted = /^(?:he|she)['\u2019](?:s|d|ll)$/i.test(written);
  const text = contracted ? written.replace(/['\u2019]\w+$/, '') : written;
  const form = contracted ? 'pronoun' : writtenForm;
  const lower = text.toLowerCase();
  const at = c.mention?.start ?? c.cueStart;
  const history = s.history;
  if (form === 'pronoun') {
    if (lower === 'it' || lower === 'they' || lower === 'we') {
      return s.lastBody() ?? null;
    }
    const gender = MALE.has(lower) ? 'm' : FEMALE.has(lower) ? 'f' : undefined;
    const name = s.resolvePronoun(at, c.sentence, gender, c.kind === 'direct');
    if (!name) return { name: text, person: true, ...(gender ? { gender } : {}) };
    s.learnGender(name, gender);
    const entry = lexiconEntry(lexicon, name);
    return { name: entry?.name ?? name, person: true, ...(gender ? { gender } : {}) };
  }
  const parsed = parseName(text);
  if (parsed.kind === 'role') {
    const role = parsed.role;
    for (let n = history.length - 1; n >= Math.max(0, history.length - 30); n--) {
      const h = history[n];
      if (h && s.entities.get(h.name)?.titles.has(role)) return h;
    }
    if (BODY_ROLES.has(role)) {
      const body = s.nearestOrg(at);
      if (body) return { name: body, person: false };
    }
    const e = nearestEntity(index.titled(role), at, () => true);
    if (e) return { name: e.name, person: true };
    const fromLexicon = lexiconByRole(lexicon, parsed.text, role);
    if (fromLexicon) return { name: fromLexicon.name, person: fromLexicon.kind === 'person' };
    const bound = /^the\s/i.test(text) && PERSON_ROLE_NOUN.test(role) ? s.resolvePronoun(at, c.sentence, roleGender(role)) : null;
    if (bound) return { name: lexiconEntry(lexicon, bound)?.name ?? bound, person: true };
    return parsed.text ? { name: parsed.text, person: false } : null;
  }
  const name = parsed.name;
  const honorific = parsed.titles.some((t) => MALE.has(t)) ? 'm' : parsed.titles.some((t) => FEMALE.has(t)) ? 'f' : undefined;
  const fits = (n: string) => s.compatible(n, honorific);
  const words = name.split(' ');
  const surname = words.at(-1) ?? name;
  const entry = lexiconEntry(lexicon, name);
  // A bare surname names the article's own person first ("Perry" after "Simone Perry"), the lexicon's only after.
  if (entry && (words.length > 1 || entry.kind !== 'person')) return { name: entry.name, person: entry.kind === 'person' };
  const canonical = (found: Speaker): Speaker => (entry ? { ...found, name: lexiconEntry(lexicon, found.name)?.name ?? found.name } : found);
  const lowerSurname = surname.toLowerCase();
  for (let n = history.length - 1; n >= Math.max(0, history.length - 60); n--) {
    const h = history[n];
    if (!h || !h.person || !fits(h.name)) continue;
    const hw = nameWords(h.name);
    if (sameLowerSurname(hw.lastLower, lowerSurname) && (words.length === 1 || hw.words.length === 1 || hw.words[0] === words[0])) return canonical(hw.words.length >= words.length ? h : { ...h, name });
  }
  if (words.length === 1) {
    const near = index.candidates(surname);
    const e = nearestEntity(near, at, (x) => x.surname.toLowerCase() === lowerSurname && x.name.includes(' ') && fits(x.name)) ?? nearestEntity(near, at, (x) => sameLowerSurname(x.surname.toLowerCase(), lowerSurname) && x.name.includes(' ') && fits(x.name));
    if (e) return canonical({ name: e.name, person: true });
    if (entry) return { name: entry.name, person: true };
    const byLexSurname = lexiconBySurname(lexicon, surname);
    if (byLexSurname) return { name: byLexSurname.name, person: true };
  }
  const e = s.entities.get(name);
  const givenName = words.length === 1 && genderOfFirstName(name) !== undefined;
  const person = e ? e.person || (personLike(name) && !e.org) : personLike(name) || givenName;
  return { name: person ? name : s.bodyName(name), person };
}

/** A person speaker with the gender its mention or article entity shows ("Mr. …", a known given name). */
function withGender(speaker: Speaker, mention: string, s: Salience): Speaker {
  const parsed = parseName(mention);
  const titles = parsed.kind === 'name' ? parsed.titles : [];
  const first = speaker.name.split(' ')[0] ?? '';
  const gender =
    titles.some((t) => MALE.has(t)) ? 'm' : titles.some((t) => FEMALE.has(t)) ? 'f' : (s.genderOf(speaker.name) ?? (parsed.kind === 'name' ? s.genderOf(parsed.name) : undefined) ?? genderOfFirstName(first));
  return gender ? Object.assign({}, speaker, { gender }) : speaker;
}

function nearestEntity(entities: readonly Entity[], at: number, ok: (e: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (!ok(e)) continue;
    if (e.first <= at && (!best || best.first > at || e.first > best.first)) best = e;
    else if (!best) best = e;
  }
  return best;
}
