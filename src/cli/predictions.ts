import type { StatementsFile } from '../domain/statement.ts';

/** One scorer prediction per statement: `{file, start, end, spans?, speaker, kind, cue, text}` as JSON lines. */
export function toPredictionLines(data: StatementsFile): string {
  const files = new Map(data.articles.map((a) => [a.id, a.file]));
  return data.statements
    .map((s) =>
      JSON.stringify({
        file: files.get(s.articleId),
        start: s.start,
        end: s.end,
        ...(s.spans ? { spans: s.spans } : {}),
        speaker: s.speaker,
        kind: s.kind,
        cue: s.cue,
        text: s.quote,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
