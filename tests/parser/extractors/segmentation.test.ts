import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../../src/domain/lexicon.ts';
import { buildContext } from '../../../src/parser/context.ts';
import { HEADER } from './test-single-case.ts';

function sentences(body: string): string[] {
  const text = HEADER + body;
  const ctx = buildContext(text, HEADER.length, EMPTY_LEXICON);
  return ctx.sentences.map((s) => text.slice(s.start, s.end));
}

function quotes(body: string): string[] {
  const text = HEADER + body;
  return buildContext(text, HEADER.length, EMPTY_LEXICON).quotes.map((q) => text.slice(q.start, q.end));
}

describe('sentence splitting', () => {
  it.each([
    ['Mr. Smith met Sen. Jones in the U.S. capital. They talked.', ['Mr. Smith met Sen. Jones in the U.S. capital.', 'They talked.']],
    ['Gov. Lee spoke on Jan. 5 at St. Mary. J. Smith listened.', ['Gov. Lee spoke on Jan. 5 at St. Mary.', 'J. Smith listened.']],
    ['He left the U.N. He returned later.', ['He left the U.N.', 'He returned later.']],
    ['“We won. We really won,” he said. Then he left.', ['“We won. We really won,” he said.', 'Then he left.']],
    ['Acme Inc. said profits rose. Dr. Ng agreed.', ['Acme Inc. said profits rose.', 'Dr. Ng agreed.']],
  ])('%s', (body, want) => expect(sentences(body)).toEqual(want));
});

describe('quotation marks', () => {
  it('keeps apostrophes and scare quotes inside words apart from quotations', () => {
    expect(quotes('Ukraine’s plan is ‘ridiculous’, he said.')).toEqual(['ridiculous']);
  });
  it('reads nested single quotes as part of the double quotation', () => {
    expect(quotes('“She told me, ‘Go home,’ and left,” he said.')).toEqual(['She told me, ‘Go home,’ and left,']);
  });
  it('reads straight and doubled-apostrophe marks', () => {
    expect(quotes('"Yes," she said. \'\'No,\'\' he said.')).toEqual(['Yes,', 'No,']);
  });
  it('ends an unclosed quotation with its paragraph', () => {
    expect(quotes('“First part.\n\n“Second part.”')).toEqual(['First part.', 'Second part.']);
  });
});
