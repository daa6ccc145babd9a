/** Titles, role nouns and pronouns used to find and resolve speaker mentions. */
import { wordSet } from './word-set.ts';

/** Words that precede a name as a title or role and are dropped from the canonical name. */
export const TITLES = wordSet(
  'mr mrs ms miss dr prof sen senator rep representative gov governor gen general lt col sgt capt cmdr adm maj ' +
  'president vice prime minister secretary chancellor premier mayor judge justice chief chairman chairwoman chair ' +
  'speaker leader spokesman spokeswoman spokesperson ambassador director commissioner attorney deputy assistant ' +
  'former late acting interim foreign defense defence state house senate white us u.s u.n un gop democratic democrat ' +
  'republican independent presidential candidate nominee hopeful frontrunner front-runner congressman congresswoman ' +
  'councilman councilwoman pastor rev reverend father bishop pope king queen prince princess sir dame lord lady ' +
  'officer sheriff superintendent professor economist analyst pollster strategist adviser advisor aide manager ' +
  'founder ceo cfo executive coordinator counsel minority majority whip ranking member members rabbi imam ' +
  'national security homeland intelligence finance economy interior justice trade labor treasury health education ' +
  'energy transportation agriculture commerce armed forces army navy air force marine marines staff joint ' +
  'parliament parliamentary party campaign committee council board union cabinet first lady mp ministry office ' +
  'federal supreme district circuit county city regional general-secretary head top senior special envoy ' +
  'editor managing admiral rear anchor host chairperson correspondent columnist publisher alderman alderwoman assemblyman ' +
  'assemblywoman treasurer comptroller auditor dean chaplain magistrate'
);

/** Titles that always belong to a person ("Gov.", "President"), stripped even before a lone surname. */
export const PERSON_TITLES = wordSet(
  'mr mrs ms miss dr prof sen senator rep representative gov governor gen general lt col sgt capt cmdr adm maj ' +
  'president pres vice prime minister secretary chancellor premier mayor judge justice chairman chairwoman speaker ' +
  'spokesman spokeswoman spokesperson ambassador director commissioner congressman congresswoman pastor rev ' +
  'reverend bishop pope king queen prince princess sir dame lord lady sheriff professor economist candidate nominee ' +
  'frontrunner front-runner former late acting coach officer detective inspector sergeant captain colonel ' +
  'editor admiral alderman alderwoman assemblyman assemblywoman treasurer comptroller dean chaplain magistrate'
);

/** Nationality / party adjectives ending in these letters may precede a title ("Ukrainian President"). */
export const DEMONYM = /(?:ian|ean|an|ese|ish|ic|i)$/i;

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'who', 'you']);
/** Personal pronouns that open a clause as its subject ("he has", "as she …"). */
export const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Forms of "be" before a passive participle ("was endorsed", "is being reminded"). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const MALE = new Set(['he', 'him', 'his', 'mr', 'mr.', 'himself']);
export const FEMALE = new Set(['she', 'her', 'hers', 'mrs', 'mrs.', 'ms', 'ms.', 'herself']);

/** Role nouns that may stand for a person or body as a speaker ("the senator", "the campaign"). */
export const ROLE_NOUNS = wordSet(
  'president senator governor mayor minister secretary spokesman spokeswoman spokesperson official officials ' +
  'candidate nominee congressman congresswoman lawmaker lawmakers representative chairman chairwoman chair leader ' +
  'ambassador director judge justice attorney lawyer lawyers campaign administration agency ministry department ' +
  'government committee group organization organisation company firm party report poll survey study analysis ' +
  'statement source sources aide aides adviser advisers advisor strategist strategists analyst analysts expert ' +
  'experts economist economists pollster researchers researcher billionaire businessman businesswoman mogul ' +
  'front-runner frontrunner democrat democrats republican republicans voter voters supporter supporters critic ' +
  'critics observer observers white house kremlin pentagon police prosecutors prosecutor investigators officer ' +
  'chancellor premier commander general military army spokesperson press secretary vice-president candidate ' +
  'governor-elect president-elect speaker leaders members member residents people protesters activists ' +
  'manager authorities author authors paper newspaper network website agency statement document memo filing ' +
  'letter lawsuit court ruling data figures estimates polls surveys'
);

/** Determiners and possessives that open a nominal mention. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'most', 'other', 'both', 'all']);

/** Finite auxiliaries and modals: a clause's own verb, which no noun phrase or cue object contains. */
export const FINITE_AUXILIARIES = wordSet('has have had is was were are am be been being will would could can did does do should shall may might must');

/** Adverbs and auxiliaries that may sit between a subject and its cue verb. */
export const BETWEEN_SUBJECT_AND_CUE = wordSet(
  'also has have had is was were are will would could should may might can did does do not never has also later ' +
  'then again once further previously repeatedly often frequently recently earlier already just even still ' +
  'reportedly publicly privately openly flatly quickly angrily bluntly explicitly specifically simply only ' +
  'long first last separately subsequently since ultimately finally initially originally clearly loudly ' +
  'sharply strongly firmly forcefully emphatically jokingly tersely curtly calmly softly quietly widely ' +
  'been being to be going had\'ve n\'t not ever always consistently herself himself themselves itself ' +
  'mistakenly falsely correctly rightly wrongly apparently allegedly recently famously memorably'
);

/** Time and setting words that may follow a cue before the content ("said Tuesday that"). */
export const AFTER_CUE = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier later ' +
  'also again repeatedly once previously separately publicly privately bluntly flatly'
);

export const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

export const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** Capitalised words that never begin or continue a name. */
export const NOT_NAMES = new Set(
  ('the a an but and or so yet this that these those it its in on at for to from with by as if when while after before since because although though however meanwhile still also then there here we i you they he she his her their our my your what who which where why how asked speaking still even both all some many most one two three four five each every several any no none another other such more less few after before during despite among ' +
    // Sentence adverbs and openers written with a capital only because they start the sentence ("Later, Trump said").
    'later earlier now indeed similarly likewise instead meanwhile moreover furthermore besides nonetheless nevertheless thus hence therefore ultimately eventually finally separately additionally afterward afterwards aside overall again today yesterday tonight recently previously initially originally currently soon perhaps maybe certainly clearly obviously naturally unfortunately fortunately ironically interestingly notably specifically otherwise regardless consequently accordingly subsequently hopefully pressed asked speaking writing responding addressing over under through across inside outside upon against without within toward towards behind beyond well yes no oh instead rather first second third next last nearly roughly almost approximately only just exactly mostly largely mainly partly fully').split(' '),
);
/** Adverbs that may stand between a subject and its cue without ending in "-ly" ("Carter however said"). */
export const INTERJECTED = new Set(['however', 'outright', 'too', 'though', 'meanwhile', 'therefore', 'instead', 'now', 'soon', 'thus', 'also', 'nonetheless', 'nevertheless', 'alone', 'herself', 'himself', 'themselves', 'itself', 'together']);
/** Words ending in "-ly" that are nouns or adjectives heading a subject, never adverbs before a cue. */
export const LY_NOUNS = new Set(['family', 'ally', 'rally', 'supply', 'reply', 'assembly', 'monopoly', 'bully', 'italy', 'july', 'daily', 'weekly', 'monthly', 'quarterly', 'anomaly', 'homily', 'elderly', 'only', 'fly', 'belly', 'lily', 'jelly', 'holly', 'sally']);

/** Verbs whose manner is told by "by …ing" ("responded by saying", "began by arguing"). */
export const MANNER_VERB = /^(?:began|begins|begin|started|starts|opened|opens|ended|ends|closed|closes|responded|responds|reacted|reacts|replied|countered|answered|continued|continues|concluded|followed|kicked off|fired back|hit back|pushed back)$|^(?:respond|react|repl|counter|answer|conclud|follow|open|clos|start|end)\w*ed$/;
