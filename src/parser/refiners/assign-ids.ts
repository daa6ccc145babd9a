import { statementId, type Statement } from '../../domain/statement.ts';
import type { ThemeLexicon } from '../../domain/lexicon.ts';
import type { Resolved } from './resolve-speaker.ts';
import { tagThemes } from './tag-themes.ts';

/** Turns resolved candidates into statements with quote text, themes and stable ids unique within the article (the quote's hash, plus the speaker when another speaker said the same words first). */
export function toStatements(text: string, articleId: string, date: string, resolved: readonly Resolved[], themes: ThemeLexicon): Statement[] {
  const used = new Set<string>();
  const spoken = new Map<string, string>();
  const out: Statement[] = [];
  for (const r of [...resolved].sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0))) {
    const spans = r.spans.filter(([s, e]) => e > s);
    const first = spans[0];
    const last = spans.at(-1);
    if (!first || !last) continue;
    const quote = spans.map(([s, e]) => text.slice(s, e)).join(' \u2026 ');
    // The same words said twice by one speaker are one statement; said by someone else ("declined to comment"), another.
    const plain = statementId(articleId, quote);
    const speakerOf = spoken.get(plain);
    if (speakerOf === r.speaker) continue;
    const id = speakerOf === undefined ? plain : statementId(articleId, `${quote}\u0000${r.speaker}`);
    if (used.has(id)) continue;
    used.add(id);
    if (speakerOf === undefined) spoken.set(plain, r.speaker);
    const themeIds = tagThemes(quote, themes);
    // Two literals rather than a spread of an optional `spans` (V8 copies spread objects through a slow path); the keys keep one order.
    const { speaker, speakerMention, cue, kind } = r;
    const start = first[0];
    const end = last[1];
    out.push(
      spans.length > 1
        ? { id, articleId, date, speaker, speakerMention, quote, start, end, spans, cue, kind, themes: themeIds }
        : { id, articleId, date, speaker, speakerMention, quote, start, end, cue, kind, themes: themeIds },
    );
  }
  return out;
}
