import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/stages/ingest.ts';
import { tokenize } from '../src/stages/tokenize.ts';

const sentences = (text: string) => {
  const doc = tokenize(ingestText(text, 't', 'id'));
  return { doc, texts: doc.sentences.map((s) => text.slice(s.start, s.end)) };
};

describe('tokenize', () => {
  it('ends a sentence after a closing quotation mark that follows its full stop', () => {
    const { texts } = sentences('The West should give Russia some “security guarantees.” At the same time, Putin mentioned tensions.');
    expect(texts).toEqual(['The West should give Russia some “security guarantees.”', 'At the same time, Putin mentioned tensions.']);
  });

  it('works with straight quotation marks too', () => {
    const { texts } = sentences('"We will appeal." He said it twice.');
    expect(texts).toEqual(['"We will appeal."', 'He said it twice.']);
  });

  it('never runs a sentence across a paragraph break, and keeps the metadata out', () => {
    const text = ' date 2020-01-02 Headline without a stop\n\nFirst paragraph. Second sentence\n\nNew paragraph.';
    const { doc, texts } = sentences(text);
    expect(texts).toEqual(['Headline without a stop', 'First paragraph.', 'Second sentence', 'New paragraph.']);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('gives every token offsets that slice the original text', () => {
    const text = 'Putin’s statements came — as “expected” — on Monday, officials said.';
    const { doc } = sentences(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(doc.tokens.find((t) => t.value === 'said')?.lemma).toBe('say');
  });
});

describe('tokenize: a reporting clause after a quotation’s ? or !', () => {
  it('joins "…?” Trump asked." into one sentence, but not a new sentence that starts with a determiner', () => {
    expect(sentences('“Why now?” Trump asked. He then left.').texts).toEqual(['“Why now?” Trump asked.', 'He then left.']);
    expect(sentences('“Is it over?” The crowd cheered loudly.').texts).toEqual(['“Is it over?”', 'The crowd cheered loudly.']);
  });
});
