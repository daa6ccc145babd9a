import { z } from 'zod';

export const speakerEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  roles: z.array(z.string().min(1)).default([]),
  kind: z.enum(['person', 'organization']).default('person'),
});
export type SpeakerEntry = z.infer<typeof speakerEntrySchema>;

export const speakerLexiconSchema = z.object({ speakers: z.array(speakerEntrySchema) });
export type SpeakerLexicon = z.infer<typeof speakerLexiconSchema>;

export const themeEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'theme ids are kebab-case'),
  label: z.string().min(1),
  terms: z.array(z.string().min(1)).min(1),
});
export type ThemeEntry = z.infer<typeof themeEntrySchema>;

export const themeLexiconSchema = z.object({ themes: z.array(themeEntrySchema) });
export type ThemeLexicon = z.infer<typeof themeLexiconSchema>;

export interface Lexicon {
  speakers: SpeakerLexicon;
  themes: ThemeLexicon;
}

export const EMPTY_LEXICON: Lexicon = { speakers: { speakers: [] }, themes: { themes: [] } };
