import { genderOfFirstName } from '../lexicon/first-names.ts';
import { DEMONYM, PERSON_TITLES, TITLES } from '../lexicon/people.ts';
import { memo } from '../text/memo.ts';

/** How a mention names its speaker: a person or body by name, or only a role ("the President of Ukraine"). */
export type NameParse = { kind: 'name'; name: string; titles: readonly string[] } | { kind: 'role'; role: string; text: string };

const DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/i;
const CONNECTOR = /^(?:of|the|and|for|&)$/i;
const PERSON_ROLE = /^(?:mayor|spokes(?:man|woman|person)|lawyers?|attorneys?|manager|chief|director|head|leader|president|minister|secretary|aides?|advis[eo]rs?|officials?|governor|senator|chair(?:man|woman)?|ceo|founder|owner|coach|wife|husband|son|daughter|mother|father|brother|sister|friends?|spouse|partner|deputy|representative|counsel|economists?|analysts?|strategists?|pollsters?|experts?)$/i;
/** Last words of an organisation's name ("… Foundation", "… Center", "… Department"). */
export const ORG_LAST = /^(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|Labs?|Foods|Group|Company|Companies|Bank|University|College|Institute|Association|Council|Committee|Agency|Department|Ministry|Party|Campaign|News|Times|Post|Journal|Network|Foundation|Center|Centre|Fund|Club|Union|Court|Commission|Board|Services?|Systems|Technologies|Airlines?|Motors|Energy|Partners|Capital|Holdings|Media|Press|Wire|Radio|Television|Pharmaceuticals|Insurance|Industries|Enterprises|Stores|Brands|Electric|Team|FC|Authority|Office|Administration|Police|Army|Navy|Observer|Tribune|Herald|Gazette|Review|Magazine|Project|Coalition|Alliance|Caucus|Federation|League|Society|Council|Bureau|Service|Organization|Organisation)$/;
const OCCUPATION = /^\p{Lu}\p{Ll}+(?:man|woman|er|or|ist|ian|ant|ent)$/u;
/** Words that end the name of a body ("Bank of America", "University of Texas"), not of a person. */
export const ORG_HEAD = /^(?:Bank|University|College|Institute|Department|Ministry|Office|School|Council|Board|Commission|Committee|Court|Association|Federation|League|Union|Society|Academy|Museum|Church|House|Party|Government|Republic|State|States|Kingdom|City|County|Center|Centre|Corps|Bureau|Agency|Service|Chamber|Friends|Daughters|Sons|Sisters|Brothers)$/;

/** A word lowercased without its trailing stops and commas, the form titles are listed in. */
const bare = memo((word: string): string => {
  const b = word.toLowerCase().replace(/[.,]+$/g, '');
  // "Secretary-Treasurer", "Editor-in-Chief": a hyphenated title reads as its first part.
  const parts = b.split('-');
  return parts.length > 1 && TITLES.has(parts[0] ?? '') && TITLES.has(parts.at(-1) ?? '') ? (parts[0] ?? b) : b;
}, 20_000);

/** Splits a written mention into its titles and the canonical name ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy"). Mentions repeat, so results are shared (and frozen). */
export const parseName = memo((mention: string): NameParse => {
  const parsed = parseNameOnce(mention);
  if (parsed.kind === 'name') Object.freeze(parsed.titles);
  return Object.freeze(parsed);
}, 5_000);

function parseNameOnce(mention: string): NameParse {
  let words = mention.replace(/\([^)]*\)/g, ' ').replace(/[,;]/g, ' ').split(/\s+/).filter((w) => w && !/-based$/i.test(w));
  const possessive = words.findIndex((w, i) => i < words.length - 1 && /['\u2019]s$/.test(w));
  if (possessive >= 0) {
    const after = words.slice(possessive + 1);
    const thing = after.every((w) => /^\p{Ll}/u.test(w)) && !PERSON_ROLE.test(after.at(-1) ?? '');
    words = thing ? words.slice(0, possessive + 1).map((w, i) => (i === possessive ? w.replace(/['\u2019]s$/, '') : w)) : after;
  }
  const base = words.filter((w) => !DETERMINER.test(w));
  const roleTitles: string[] = [];
  const after = nameAfterRole(words);
  if (after > 0) {
    roleTitles.push(...words.slice(0, after).map(bare).filter((w) => TITLES.has(w)));
    words = words.slice(after);
  }
  if (words.length >= 3 && OCCUPATION.test(words[0] ?? '') && !TITLES.has(bare(words[0] ?? '')) && !ORG_LAST.test(words.at(-1) ?? '') && words.slice(1).every((w) => /^\p{Lu}/u.test(w))) words = words.slice(1);
  while (words.length && /^\p{Ll}/u.test(words[0] ?? '') && !TITLES.has(bare(words[0] ?? ''))) words = words.slice(1);
  const org = orgName(words);
  if (org) return { kind: 'name', name: org, titles: [] };
  // "the CNN host", "a Fed economist": a determined phrase ending in a lowercase role names a role, not a person.
  const head = bare(words.at(-1) ?? '');
  if (/^(?:the|a|an)\s/i.test(mention.trim()) && words.length > 1 && /^\p{Ll}/u.test(words.at(-1) ?? '') && (PERSON_ROLE.test(head) || PERSON_TITLES.has(head) || PERSON_NOUN.test(head))) {
    return { kind: 'role', role: head, text: words.filter((w) => !DETERMINER.test(w)).join(' ') };
  }
  const determined = words.length > 1 && DETERMINER.test(words[0] ?? '');
  while (words.length > 1 && DETERMINER.test(words[0] ?? '')) words = words.slice(1);
  const named = words.filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(bare(w))).length;
  while ((determined || named >= 2) && words.length > 1 && /^\p{Ll}/u.test(words.at(-1) ?? '') && named > 0) words = words.slice(0, -1);
  const earlier = words.map(bare).filter((w) => TITLES.has(w));
  for (let t = words.length - 2; t > 0; t--) {
    if (PERSON_TITLES.has(bare(words[t] ?? '')) && /^\p{Lu}/u.test(words[t + 1] ?? '') && bare(words[t + 1] ?? '') !== 'of') {
      words = words.slice(t);
      break;
    }
  }
  const titles: string[] = [];
  let i = 0;
  let sawOf = false;
  while (i < words.length) {
    const w = words[i] ?? '';
    const b = bare(w);
    const next = bare(words[i + 1] ?? '');
    if (ORG_HEAD.test(w) && bare(words[i + 1] ?? '') === 'of') break;
    if (b === 'of' && i > 0) {
      sawOf = true;
      i++;
      if (DETERMINER.test(words[i] ?? '')) i++;
      if (i < words.length - 1 || !TITLES.has(bare(words[i] ?? ''))) i++;
      // "Director of Government Affairs Phil Smith": the office runs on until the last two words, or a given name or initial starts the name.
      while (words.length - i > 2 && /^\p{Lu}/u.test(words[i] ?? '') && !genderOfFirstName(words[i] ?? '') && !/^\p{Lu}\.$/u.test(words[i + 1] ?? '')) i++;
    } else if (PERSON_TITLES.has(b) || (TITLES.has(b) && words.length - i >= 3) || /^\p{Ll}/u.test(w) || CONNECTOR.test(w)) {
      if (TITLES.has(b)) titles.push(b);
      i++;
    } else if (i < words.length - 2 && (DEMONYM.test(w) || /^\p{Lu}/u.test(w)) && TITLES.has(next) && /^\p{Lu}/u.test(words[i + 1] ?? '') && !ORG_HEAD.test(words[i + 1] ?? '')) {
      i++;
    } else break;
  }
  let rest = words.slice(i).filter((w) => !/^(?:jr|sr)\.?$/i.test(w) || i === 0);
  const of = rest.findIndex((w, n) => n >= 2 && bare(w) === 'of');
  if (of >= 2 && !ORG_HEAD.test(rest[of - 1] ?? '')) rest = rest.slice(0, of);
  if (rest.length) return { kind: 'name', name: rest.join(' ').replace(/['\u2019]s$/, ''), titles: [...new Set([...roleTitles, ...earlier, ...titles])].filter((t) => !rest.some((w) => bare(w) === t)) };
  const text = (words.length ? words : base).filter((w) => !DETERMINER.test(w)).join(' ');
  // "some state lobbyists", "former officials": a lowercase phrase without "of" is named by its head, not by its first title.
  if (sawOf || /^\p{Ll}/u.test(text)) return { kind: 'role', role: (sawOf ? titles[0] : undefined) ?? bare(base.at(-1) ?? ''), text };
  return { kind: 'name', name: text || mention, titles };
}

const ORG_NOUN = /^(?:Conference|Convention|Forum|Council|Institute|Foundation|Center|Centre|Committee|Commission|Association|Coalition|Alliance|Federation|League|Society|Party|Department|Ministry|Office|Bureau|Agency|Service|Board|Court|Bank|University|College|School|Academy|Museum|Church|Government|Administration|Chamber|Corps|Union|Fund|Project|Network|Authority)$/;

/** The name of a body ("Better Government Association", "the Republican Party of Wyoming", "The State Department"), without "The", or null. */
function orgName(words: readonly string[]): string | null {
  const rest = words[0] === 'The' && words.length > 2 ? words.slice(1) : words;
  const titledName = (w: string, i: number) => PERSON_TITLES.has(bare(w)) && (i === rest.length - 1 || !(ORG_NOUN.test(rest[i + 1] ?? '') || ORG_LAST.test(rest[i + 1] ?? '')));
  if (rest.length < 2 || rest.some(titledName)) return null;
  if (!rest.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|on|for|and|the|&)$/.test(w))) return null;
  const link = rest.findIndex((w) => /^(?:of|on|for|and|the|&)$/.test(w));
  const named = link < 0 ? ORG_LAST.test(rest.at(-1) ?? '') : link > 0 && (ORG_NOUN.test(rest[link - 1] ?? '') || ORG_HEAD.test(rest[link - 1] ?? ''));
  return named ? rest.join(' ').replace(/['\u2019]s$/, '') : null;
}

const ROLE_WORD = /^(?:\p{Ll}+(?:man|woman|er|or|ist|ian|ant|ent|ee)|ally|allies|aide|aides|host|anchor|widow|widower|veteran|star|chief|head|nominee|candidate|hopeful|spokesperson|counsel|envoy|deputy|executive|official|activist|attorney|secretary|boss)$/u;
const PERSON_NOUN = /^(?:host|anchor|star|actor|actress|singer|author|writer|columnist|correspondent|reporter|billionaire|businessman|businesswoman|mogul|founder|executive|lawmaker|nominee|front-?runner|hopeful|veteran|widow|analyst|economist|strategist|pollster)$/;
const NAME_LINK = /^(?:of|and|the|for|de|del|da|di|du|van|von|der|la|le|al|bin|y|&)$/i;

/** "Trump campaign manager Corey Lewandowski", "Georgia businessman Bruce LeVell": index of the name after a lowercase role, or -1. */
function nameAfterRole(words: readonly string[]): number {
  let n = words.length;
  while (n > 0 && /^\p{Lu}/u.test(words[n - 1] ?? '')) n--;
  if (n === words.length || n < 2) return -1;
  const role = bare(words[n - 1] ?? '');
  if (NAME_LINK.test(role) || !(ROLE_WORD.test(role) || TITLES.has(role) || PERSON_ROLE.test(role))) return -1;
  return words.slice(0, n - 1).some((w) => /^[\p{Lu}\d]/u.test(w)) ? n : -1;
}

const PLACE_START = /^(?:New|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|United|San|Santa|Los|Las|El|Fort|Port|Mount|Lake|Saint|St\.)$/;
const NOT_PERSON_LAST = /^(?:Republic|Kingdom|State|States|Americans?|County|City|Island|Islands|Valley|Beach|Park|Street|Avenue|Square|Hall|House|Convention|Conference|Senate|Congress|Assembly|Summit|Forum|Caucus|Primary|Debate|Act|Law|Bill|Amendment|Plan|Report|Poll|Polls|Survey|Times|Post|News|Review|Street|Day|Week|Month|Year|Era|War|Crisis|Movement|Revolution)$/;

/** True when a multi-word name may be a person's: capitalised words, no coordination, no place or body word ("New Hampshire", "Opinion polls" are not). */
export function personLike(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.includes('and') || words.includes('&')) return false;
  if (!words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:de|da|di|du|del|van|von|der|den|bin|al|la|le|y)$/.test(w))) return false;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) || NOT_PERSON_LAST.test(w) || ORG_NOUN.test(w))) return false;
  return !PLACE_START.test(words[0] ?? '') && !ORG_LAST.test(words.at(-1) ?? '');
}

/** Levenshtein distance, capped: returns `cap + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

/** The words of a name and its last word lowercased: names recur through an article (history, occurrences), so each is split once. */
export const nameWords = memo((name: string): { readonly words: readonly string[]; readonly lastLower: string } => {
  const words = name.split(' ');
  return { words, lastLower: (words.at(-1) ?? '').toLowerCase() };
}, 5_000);

/** True when two surnames are the same name, allowing spelling variants (Zelensky / Zelenskyy). */
export function sameSurname(a: string, b: string): boolean {
  return sameLowerSurname(a.toLowerCase(), b.toLowerCase());
}

/** `sameSurname` of two names already lowercased. */
export function sameLowerSurname(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length < 6 || y.length < 6 || x.slice(0, 3) !== y.slice(0, 3)) return false;
  const d = editDistance(x, y);
  return d <= 1 || (d === 2 && x.length >= 8 && y.length >= 8);
}
