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

  it('ends it there also where wink-nlp does not: doubled apostrophes, a quotation inside a quotation', () => {
    expect(sentences("She said the U.S. should not bear ''the bulk of the responsibility.'' Then she left.").texts).toEqual([
      "She said the U.S. should not bear ''the bulk of the responsibility.''",
      'Then she left.',
    ]);
    expect(sentences("She said ''no.'' He agreed.").texts).toEqual(["She said ''no.''", 'He agreed.']);
    // …and where a line break follows the marks: the last mark stays with its sentence
    expect(sentences("He added, ''It won't happen.''\n\nShe left.").texts).toEqual(["He added, ''It won't happen.''", 'She left.']);
    expect(sentences("She said: \"They told me 'no.'\"\n").texts).toEqual(["She said: \"They told me 'no.'\""]);
    expect(sentences('"It is important for us to win.\" Labour had broken promises, he said.').texts).toEqual(['"It is important for us to win."', 'Labour had broken promises, he said.']);
    // a question inside a quotation that the sentence goes on after stays one sentence
    expect(sentences("\"They ask: 'Will it work?'\" he said.").texts).toEqual(["\"They ask: 'Will it work?'\" he said."]);
  });

  it('opens no sentence with a comma: "…Rock!,” Clinton said Tuesday."', () => {
    const { texts } = sentences('“It is what Black Girls Rock!,” Clinton said Tuesday. She left.');
    expect(texts).toEqual(['“It is what Black Girls Rock!,” Clinton said Tuesday.', 'She left.']);
    // nor with a word in lower case after a title's ! or ?
    expect(sentences('The woman behind the musical Mamma Mia! has joined the list. It grew.').texts).toEqual(['The woman behind the musical Mamma Mia! has joined the list.', 'It grew.']);
    // nor with only the full stop and closing marks after a quotation inside a quotation
    expect(sentences('"Not once has an adviser said, \'Man, we are going to turn this around.\'." Obama left.').texts).toEqual(['"Not once has an adviser said, \'Man, we are going to turn this around.\'."', 'Obama left.']);
    expect(sentences("He said, ''Even then it was 'Who does she think she is?'.''\n\nShe left.").texts).toEqual(["He said, ''Even then it was 'Who does she think she is?'.''", 'She left.']);
  });

  it('splits an opening quotation mark from the article "a" that wink reads as one word, and keeps the sentences', () => {
    const { doc, texts } = sentences("He called it ''a disgrace,'' adding more. She called it 'a record'. They left.");
    expect(doc.tokens.filter((t) => t.value === 'a').map((t) => [t.start, t.pos])).toEqual([[15, 'DET'], [57, 'DET']]);
    expect(doc.tokens.every((t) => doc.text.slice(t.start, t.end) === t.value)).toBe(true);
    expect(texts).toEqual(["He called it ''a disgrace,'' adding more.", "She called it 'a record'.", 'They left.']);
  });

  it('splits a possessive off its word whatever documents were read before (wink caches "Zorbwell’s." whole)', () => {
    const values = (text: string) => sentences(text).doc.tokens.map((t) => t.value);
    expect(values('Zorbwell’s plan works.')).toEqual(['Zorbwell', '’s', 'plan', 'works', '.']);
    // after wink has once read the word before a stop, the same text gives the same tokens
    sentences('They met Zorbwell’s. And Quandrix\'s.');
    expect(values('Zorbwell’s plan works.')).toEqual(['Zorbwell', '’s', 'plan', 'works', '.']);
    expect(values("Quandrix's plan works.")).toEqual(['Quandrix', "'s", 'plan', 'works', '.']);
    // a contraction stays as wink reads it
    expect(values('It’s fine.')).toEqual(['It', '’s', 'fine', '.']);
  });

  it('ends a sentence at the stop that wink reads as part of an abbreviation ("$500m.", "cash in."), but not in "Roe v. Wade"', () => {
    const { doc, texts } = sentences('Stocks fell to 294.3m. On top of that, conmen try to cash in. Critics said Roe v. Wade stands.');
    expect(texts).toEqual(['Stocks fell to 294.3m.', 'On top of that, conmen try to cash in.', 'Critics said Roe v. Wade stands.']);
    // the word and its stop are two tokens
    expect(doc.tokens.filter((t) => t.value === 'in' || t.value === '.').map((t) => t.value)).toEqual(['.', 'in', '.', '.']);
  });

  it('ends no sentence at the full stop of a web address', () => {
    const { texts } = sentences('John Houlihan, editor of Computerandvideogames.com told BBC News. It was close.');
    expect(texts).toEqual(['John Houlihan, editor of Computerandvideogames.com told BBC News.', 'It was close.']);
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

describe('tokenize: reporting clauses that wink-nlp splits off', () => {
  it('joins them after a question inside two closing marks, and after a parenthesis closed on an abbreviation', () => {
    expect(sentences('He asked: ‘What kind of help do you need?’” Weaver said. He left.').texts).toEqual([
      'He asked: ‘What kind of help do you need?’” Weaver said.',
      'He left.',
    ]);
    expect(sentences('It is a host of races,” Rep. Earl Blumenauer (D-Ore.) said. He left.').texts).toEqual([
      'It is a host of races,” Rep. Earl Blumenauer (D-Ore.) said.',
      'He left.',
    ]);
  });
});

describe('tokenize: part-of-speech corrections (retag)', () => {
  const tags = (text: string) => {
    const doc = tokenize(ingestText(text, 't', 'id'));
    return Object.fromEntries(doc.tokens.map((t) => [t.value, t.pos]));
  };
  it('takes a capitalised word before a name as part of the name, but not in a title-case headline or an imperative', () => {
    expect(tags('Ted Cruz said the plan would fail.').Ted).toBe('PROPN');
    expect(tags('A new Morning Consult Poll found that voters were split.').Consult).toBe('PROPN');
    expect(tags('Thank Congress for the plan, he said.').Thank).not.toBe('PROPN');
  });
  it('makes a hyphenated participle before a noun an adjective, and "a third" before a verb a number', () => {
    expect(tags('A teary-eyed Bush said he was proud.').eyed).toBe('ADJ');
    expect(tags('A third said they would vote for him.').third).toBe('NUM');
  });
  it('makes a capitalised auxiliary after a proper noun inside a sentence part of the name', () => {
    expect(tags("Munich Re, the world's biggest reinsurer, said it was a tragedy.").Re).toBe('PROPN');
    expect(tags('Polk County GOP Chairman Will Rogers said the visit would likely earn the party a lot of free media coverage.').Will).toBe('PROPN');
    expect(tags('Trump Will Win, He Says').Will).not.toBe('PROPN');
  });
  it('makes a word in -ed after a name that opens the sentence, before an article or pronoun, the name\'s verb', () => {
    // (wink tags "belittled" an adjective)
    expect(tags('Cruz belittled the issue of the loans, calling it an error.').belittled).toBe('VERB');
    expect(tags('The belittled critics left.').belittled).not.toBe('VERB');
  });
  it('reads the phrase after "according to" as nouns and adjectives, but keeps its participles verbs', () => {
    expect(tags('She won, according to exit polls.').exit).toBe('NOUN');
    expect(tags('He resigned, according to press reports.').press).toBe('NOUN');
    expect(tags('He leads, according to recent polling.').polling).toBe('NOUN');
    expect(tags('He leads, according to a poll taken last week.').taken).toBe('VERB');
    expect(tags('He leads, according to a poll posing the question.').posing).toBe('VERB');
  });
});
