/** Common given names with a usual gender, to keep "she" from binding to a man and "he" to a woman. */

const FEMALE_NAMES =
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley ' +
  'kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen ' +
  'amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet ' +
  'catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith ' +
  'megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail ' +
  'alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany ' +
  'charlotte marie kayla alexis lori hillary hilary nancy elena sonia kamala condoleezza madeleine nikki sheryl carly ' +
  'michele huma kellyanne sarah ivanka melania chelsea tulsi elise liz lindsey hope jill dianne debbie claire tammy ' +
  'susana valerie donna loretta janet ruth sonia kirsten amy tammy marsha shelley lisa joni heidi maxine nita yulia ' +
  'angela theresa marine ursula giorgia jacinda sanna kaja annalena federica olena iryna olga natalia svetlana';

const MALE_NAMES =
  'james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark ' +
  'donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary ' +
  'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond ' +
  'jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian ' +
  'keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe ' +
  'logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene ' +
  'barack bernie ted marco jeb chris mike rand ben newt mitch harry bill barney rick reince jim tim hugh vladimir ' +
  'volodymyr denys dmytro oleksii olaf emmanuel rishi boris xi recep viktor benjamin ali mohammed ahmed omar ' +
  'lindsey-not-used tom bob dick jeh ash chuck lamar jared';

const GENDER = new Map<string, 'm' | 'f'>();
for (const n of MALE_NAMES.split(/\s+/)) GENDER.set(n, 'm');
for (const n of FEMALE_NAMES.split(/\s+/)) GENDER.set(n, 'f');

/** Usual gender of a given name, or undefined. */
export function genderOfFirstName(name: string): 'm' | 'f' | undefined {
  return GENDER.get(name.toLowerCase());
}
