/**
 * Speech and reporting cues: verbs in every tense (generated from base forms) and fixed phrases.
 * Grouped by how strongly they signal a statement, so extractors can be stricter with weak cues.
 */

export type CueStrength = 'speech' | 'report' | 'weak' | 'trailing';

/** Irregular verbs: base → [3rd person, past, past participle, -ing]. */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  go: ['goes', 'went', 'gone', 'going'],
  hold: ['holds', 'held', 'held', 'holding'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  broadcast: ['broadcasts', 'broadcast', 'broadcast', 'broadcasting'],
  put: ['puts', 'put', 'put', 'putting'],
  fire: ['fires', 'fired', 'fired', 'firing'],
}));

/** Verbs that introduce reported speech. */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'state', 'argue', 'write', 'tweet', 'post', 'ask', 'explain', 'note', 'insist', 'claim',
  'announce', 'declare', 'emphasize', 'emphasise', 'stress', 'warn', 'suggest', 'reply', 'respond',
  'acknowledge', 'admit', 'concede', 'remark', 'predict', 'promise', 'vow', 'pledge', 'urge', 'joke',
  'boast', 'complain', 'deny', 'confirm', 'repeat', 'reiterate', 'assert', 'contend', 'maintain',
  'observe', 'comment', 'allege', 'caution', 'testify', 'speculate', 'propose', 'demand', 'wonder', 'recount',
  'counter', 'retort', 'quip', 'mention', 'reveal', 'disclose', 'hint', 'lament', 'proclaim', 'affirm',
  'underscore', 'underline', 'highlight', 'reassure', 'assure', 'inform', 'report', 'speak', 'add', 'chime',
  'exclaim', 'scoff', 'muse', 'concur', 'acknowledge', 'threaten', 'instruct', 'advise', 'plead', 'implore',
  'ask', 'question', 'challenge', 'charge', 'accuse', 'blame', 'criticize', 'criticise', 'praise', 'mock',
  'blast', 'slam', 'attack', 'defend', 'describe', 'call', 'dismiss', 'reject', 'signal', 'indicate', 'forecast',
  'estimate', 'point', 'shoot', 'fire', 'brag', 'gush', 'rail', 'thank', 'apologize', 'apologise', 'agree',
  'disagree', 'object', 'protest', 'argue', 'pledge', 'guarantee', 'concede', 'notify', 'recommend', 'express', 'voice',
  // Less frequent reporting verbs: complaint, criticism, praise, claim and explanation.
  'bemoan', 'imply', 'liken', 'outline', 'portray', 'invoke', 'request', 'reckon', 'rebut', 'refute', 'dispute',
  'lambaste', 'chide', 'scold', 'rebuke', 'berate', 'deride', 'ridicule', 'castigate', 'disparage', 'belittle', 'assail',
  'hail', 'laud', 'commend', 'extol', 'trumpet', 'opine', 'posit', 'theorize', 'theorise', 'surmise', 'aver', 'avow',
  'attest', 'vouch', 'clarify', 'elaborate', 'confide', 'divulge', 'grumble', 'gripe', 'fume', 'whine', 'vent',
  'reassert', 'restate', 'reference', 'recall', 'detail', 'disavow', 'retract', 'recant', 'reaffirm', 'stipulate', 'forewarn', 'admonish', 'beseech',
];

/** Cognition and evidence verbs: attributions of belief, polls, studies. */
const WEAK_VERBS = [
  'think', 'believe', 'find', 'show', 'expect', 'fear', 'hope', 'feel', 'worry', 'want', 'know', 'doubt', 'acknowledge',
  'suspect', 'consider', 'envision', 'predict', 'project', 'conclude', 'plan', 'intend', 'seek', 'aim', 'support',
  'oppose', 'endorse', 'back', 'favor', 'favour', 'prefer', 'refuse', 'decline', 'describe', 'label', 'dub', 'brand',
  'characterize', 'characterise', 'deem', 'view', 'regard', 'cite', 'discuss', 'tout', 'decry', 'condemn', 'denounce',
  'applaud', 'welcome', 'vote', 'pledge', 'demand', 'question', 'accuse', 'blame', 'praise', 'criticize', 'criticise',
  'defend', 'attack', 'dismiss', 'reject', 'embrace', 'push', 'insist', 'signal', 'indicate', 'reveal', 'suggest',
  'estimate', 'forecast', 'see', 'order', 'block', 'agree', 'disagree', 'promise', 'vow', 'threaten', 'warn', 'ask', 'urge', 'call', 'decide',
];

const STRENGTH = new Map<string, CueStrength>();

/** Verbs that double their final consonant before -ed / -ing although longer than one syllable or spelled with 'qu' ('admitted', 'quipped'). */
const STRESSED_FINAL = new Set(['admit', 'commit', 'submit', 'omit', 'permit', 'regret', 'concur', 'occur', 'prefer', 'refer', 'defer', 'confer', 'infer', 'rebut', 'quip', 'compel', 'propel', 'deter']);

function inflect(base: string): string[] {
  const irregular = IRREGULAR.get(base);
  if (irregular) return [base, ...irregular];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = (/^(?:[^aeiou]*[aeiou][bdgmnprt])$/.test(base) && !/(?:w|x|y)$/.test(base) && base.length <= 4) || STRESSED_FINAL.has(base) ? base + base.slice(-1) : base;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${doubled}ed`;
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : base.endsWith('ee') ? `${base}ing` : `${base.endsWith('e') ? stem : doubled}ing`;
  return [base, third, past, ing];
}

for (const v of WEAK_VERBS) for (const f of inflect(v)) STRENGTH.set(f, 'weak');
for (const v of SPEECH_VERBS) for (const f of inflect(v)) STRENGTH.set(f, 'speech');
for (const f of ['reported', 'reports', 'reporting', 'report']) STRENGTH.set(f, 'report');
/** Verbs that attribute a quotation next to them but take no reported clause of their own ("he continued"). */
const TRAILING_VERBS = ['recall', 'conclude', 'continue', 'shout', 'chant', 'yell', 'scream', 'whisper', 'murmur', 'mutter', 'snap', 'bark', 'thunder', 'roar', 'interject', 'interrupt', 'answer', 'sigh', 'laugh', 'cry', 'begin', 'conclude', 'quip', 'sing', 'recite', 'gush', 'deadpan', 'joke', 'tease', 'chuckle', 'smile', 'exclaim', 'wonder', 'reply', 'respond', 'say', 'add', 'write', 'tweet', 'post'];
for (const v of TRAILING_VERBS) for (const f of inflect(v)) if (!STRENGTH.has(f)) STRENGTH.set(f, 'trailing');

/** Words that only form a cue together with a following particle or phrase. */
const NEEDS_PARTICLE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  point: ['out', 'to'],
  points: ['out', 'to'],
  pointed: ['out', 'to'],
  pointing: ['out', 'to'],
  shot: ['back'],
  shoots: ['back'],
  fired: ['back'],
  fires: ['back'],
  chimed: ['in'],
  chimes: ['in'],
  went: ['on'],
  goes: ['on'],
  going: ['on'],
}));

/** Cue words that read as a cue only in a phrase (never alone). */
const NEVER_ALONE = new Set([
  'remarks', 'remark', 'tweet', 'claim', 'comment', 'reply', 'post', 'promise', 'pledge', 'vow', 'demand', 'report', 'estimate', 'forecast', 'guarantee', 'warning', 'protest', 'statement', 'testimony', 'point', 'points', 'pointed', 'pointing', 'shoot', 'shoots', 'shot', 'back', 'backs', 'view', 'views', 'aim', 'aims', 'vote', 'votes', 'label', 'labels', 'brand', 'brands', 'push', 'pushes', 'seen', 'seeing', 'cite', 'welcome', 'finding', 'known', 'knowing', 'seeking', 'regard', 'regards', 'feeling', 'project', 'projected', 'projects', 'projecting', 'shooting', 'fire', 'fires', 'fired', 'firing', 'chime', 'chimes', 'chimed', 'chiming', 'go', 'goes', 'went', 'going', 'speak', 'speaks', 'spoke', 'speaking', 'posts', 'posted', 'posting', 'object', 'objects', 'charge', 'charges', 'state', 'states', 'signal', 'signals', 'thank', 'thanks', 'thanked', 'thanking', 'estimates', 'forecasts', 'rail', 'rails', 'protests', 'counter', 'counters', 'considering', 'challenge', 'challenges', 'comments', 'muse', 'blast', 'slam', 'highlight', 'highlights', 'concern', 'respond',
  // Mostly nouns or modifiers in news text ('terrorist attacks', 'follow-up questions', 'pledged delegates', 'donors backing X').
  'attack', 'attacks', 'question', 'questions', 'backing', 'challenging', 'reference', 'references', 'recall', 'recalls', 'detail', 'details', 'order', 'orders', 'block', 'blocks', 'blocking',
]);

/** Strength of a cue verb read as a verb (after "to"), even when alone it is mostly a noun ("to question"). */
export function verbStrength(word: string): CueStrength | undefined {
  return STRENGTH.get(word.toLowerCase());
}

/** Verbs and predicate adjectives that carry a following "to" + cue verb ("seemed to suggest", "was quick to point out", "has yet to endorse"). */
export const CATENATIVE = new Set([
  ...['seem', 'appear', 'try', 'continue', 'attempt', 'move', 'rush', 'hasten', 'scramble', 'struggle', 'venture'].flatMap((v) => inflect(v)),
  'seek', 'seeks', 'seeking', 'sought', 'begin', 'begins', 'began', 'begun', 'beginning', 'quick', 'careful', 'eager', 'keen', 'yet', 'pains',
  'right', 'wrong', 'correct', 'ready', 'willing', 'unwilling', 'reluctant', 'loath', 'happy', 'prepared',
]);

/** Forms of "make" that open a cue phrase ("made it clear", "made the case for", "makes no mention of"). */
export const MAKE = new Set(['make', 'makes', 'made', 'making']);
/** Nouns of argument after "made a/the …" ("made the point that", "made a plea for"). */
export const MADE_NOUNS = new Set(['point', 'case', 'argument', 'plea', 'pitch']);
/** Verbs of talk that form a cue with "of"/"about" even after a manner adverb ("spoke emotionally of"), or with "out". */
export const TALK = new Set(['spoke', 'speaks', 'speaking', 'spoken', 'speak', 'talked', 'talks', 'talking', 'talk']);

/** Strength of a single-word cue, or undefined when the word is no cue on its own. */
export function cueStrength(word: string): CueStrength | undefined {
  const w = word.toLowerCase();
  if (NEVER_ALONE.has(w)) return undefined;
  return STRENGTH.get(w);
}

/** Particle a cue word needs to form a phrasal cue ("pointed" + "out"). */
export function cueParticles(word: string): readonly string[] | undefined {
  return NEEDS_PARTICLE.get(word.toLowerCase());
}

/** Nouns that become cues after "in a …" / "in an …" ("in a statement", "in an interview"). */
export const CUE_NOUNS = new Set([
  'statement', 'interview', 'tweet', 'post', 'letter', 'email', 'e-mail', 'memo', 'speech', 'address', 'op-ed',
  'editorial', 'essay', 'column', 'message', 'release', 'report', 'filing', 'briefing', 'remarks', 'testimony',
]);

/** Verbs whose object is the addressee, before the content ("told reporters that"). */
export const ADDRESSEE_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'assures', 'assure', 'assuring', 'informed', 'informs', 'reminded', 'reminds', 'warned', 'warns', 'urged', 'urges', 'asked', 'asks', 'reassured', 'advised', 'instructed', 'notified', 'promised', 'promises', 'thanked', 'accused', 'accuses', 'called', 'calls', 'calling', 'blamed', 'praised', 'criticized', 'thank', 'tweeted']);

/** Verbs that, combined with a following preposition, form a cue ("called for", "called on"). */
export const PREPOSITIONAL: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  call: ['for', 'on'],
  calls: ['for', 'on'],
  called: ['for', 'on'],
  calling: ['for', 'on'],
  talks: ['about'],
  push: ['for'],
  referring: ['to'],
  referred: ['to'],
  refers: ['to'],
  talking: ['about'],
  talk: ['about'],
  talked: ['about'],
  focused: ['on'],
  focuses: ['on'],
  focusing: ['on'],
  spoke: ['of', 'about'],
  speaks: ['of', 'about'],
  speaking: ['of', 'about'],
  voted: ['for', 'against', 'to'],
  votes: ['for', 'against', 'to'],
  vote: ['for', 'against', 'to'],
  pushed: ['for'],
  pushes: ['for'],
  argued: ['for', 'against'],
  argues: ['for', 'against'],
  expressed: ['concern', 'support', 'hope', 'proposals', 'doubt', 'confidence', 'frustration', 'opposition', 'regret', 'willingness', 'interest'],
  expresses: ['concern', 'support', 'hope', 'proposals', 'doubt', 'confidence', 'frustration', 'opposition', 'regret', 'willingness', 'interest'],
  made: ['clear'],
  makes: ['clear'],
  raised: ['concerns', 'questions', 'doubts'],
  put: ['forward'],
  weighed: ['in'],
  weighs: ['in'],
}));
