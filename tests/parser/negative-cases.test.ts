import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/parse-article.ts';
import { loadLexicon } from '../fixtures/load.ts';

// Sentences a careful reader would not mark as anyone's statement. Each is parsed as the whole
// body of an article; the parser must return no statement for it.
const CASES: readonly [kind: string, body: string][] = [
  ['scare quotes', 'The so-called ‘peace plan’ would freeze the front line for at least a year.'],
  ['scare quotes', 'The government’s “reform” has left thousands of families without benefits.'],
  ['scare quotes', 'The “temporary” checkpoints on the ring road have now stood for three years.'],
  ['title of a film', 'He starred in “The Long Night” in 2019.'],
  ['title of a book', 'Her novel "A House of Rain" sold more than a million copies.'],
  ['title of a song', 'The band closed the concert with “Hold On Tight, Brother” as an encore.'],
  ['title of a report', 'The ministry published “Fit for the Future: Hospitals in 2030” in March.'],
  ['title of a show', 'The series "Good Morning, Harbour Town" ran for six seasons on local television.'],
  ['headline', 'Kyiv slams plan to trade territory for membership as ‘absurd’'],
  ['headline', 'Senate panel says budget deal within reach as deadline looms'],
  ['headline', 'Read more: Mayor says new stadium deal is “done” as council vote looms'],
  ['quoted single word', 'The word “resilience” appears 40 times in the report.'],
  ['quoted single word', 'Her column on the vote ran under a one-word headline, “Ridiculous”.'],
  ['quoted short phrase', 'Residents have started calling the tower “the Needle”.'],
  ['nickname', 'Former boxer Tommy “The Hammer” Reyes opened a gym in March.'],
  ['nickname', 'Fans still remember Earvin "Magic" Johnson at the old arena.'],
  ['definition', 'The term "gig economy" refers to short-term, freelance work arranged through apps.'],
  ['definition', '“Stagflation” means slow growth combined with high inflation.'],
  ['name of a policy', 'The policy, known as “Buy Local”, took effect in May.'],
  ['code name', 'The operation, code-named “Northern Wind”, began at dawn.'],
  ['sign text', 'Signs reading “No Entry” were posted at every gate.'],
  ['idiom with according to', 'Everything went according to plan, and the bridge opened on time.'],
  ['idiom with say', 'Needless to say, the negotiations collapsed within a week.'],
  ['idiom with say', 'That is to say, nothing changed for the workers on the night shift.'],
  ['no speech at all', 'Sales rose 4 percent in the second quarter as exports recovered.'],
  ['list of links', 'Read more:\n\nRussia may reconsider its position on cluster munitions\n\nUkraine will spend $30 million reinforcing its borders'],
];

const lexicon = loadLexicon();

describe('sentences that hold no statement', () => {
  it.each(CASES)('%s: %s', (_kind, body) => {
    const result = parseArticle(` date 2024-05-01 ${body}\n`, { file: 'negative.txt', lexicon });
    expect(result.article).not.toBeNull();
    expect(result.statements.map((s) => `${s.speaker}: ${s.quote}`)).toEqual([]);
  });
});
