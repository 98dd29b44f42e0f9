import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/stages/ingest.ts';
import { findQuotes } from '../src/stages/quotes.ts';
import { tokenize } from '../src/stages/tokenize.ts';

const quotes = (text: string) => {
  const doc = findQuotes(ingestText(text, 't', 'id'));
  return { doc, texts: doc.quotes.map((q) => text.slice(q.start, q.end)) };
};

describe('quotes', () => {
  it('closes a quotation at an opening mark glued to its last word: “Apparently not,“ he said', () => {
    const { doc, texts } = quotes('“Apparently not,“ he said. “A leopard does not change its spots.”');
    expect(texts).toEqual(['Apparently not,', 'A leopard does not change its spots.']);
    expect(doc.quotes[0].evidence).toContain('quote:reversed-close');
    // an opening mark after a space still opens (here it reopens, as before)
    expect(quotes('He said “we will call it “crazy” and go”.').texts).toEqual(['we will call it', 'crazy']);
  });
  it('finds curly, straight, guillemet and low-high quotations, marks excluded', () => {
    expect(quotes('He called it “illegal” and "baseless", «non» and „nein“.').texts).toEqual(['illegal', 'baseless', 'non', 'nein']);
  });

  it('finds quotations between straight single marks, also inside a double quotation, and leaves apostrophes alone', () => {
    expect(quotes("Parties warned over 'grey vote'").texts).toEqual(['grey vote']);
    expect(quotes("'Strong dollar' call halts slide").texts).toEqual(['Strong dollar']);
    const { doc, texts } = quotes('"They will be hoping that \'one thing leads to another\' but it won\'t," he said.');
    expect(texts).toEqual(["They will be hoping that 'one thing leads to another' but it won't,", 'one thing leads to another']);
    expect(doc.quotes[1].evidence).toEqual(['quote:straight-single']);
    // apostrophes: contractions, possessives, elisions, decades
    expect(quotes("It's the players' union's view that rock 'n' roll of the '60s won't last, James' aide said.").texts).toEqual([]);
    // a plural possessive inside gives way to the closing mark after it
    expect(quotes("He called it 'the voters' revenge' on Thursday.").texts).toEqual(["the voters' revenge"]);
    // an unpaired mark, or one whose pair is across a double quotation's edge, is no quotation
    expect(quotes("The 'plan was never agreed.").texts).toEqual([]);
    expect(quotes('He said \'no "to the plan\' and left".').texts).toEqual(['to the plan\' and left']);
  });

  it('takes a closing mark used to open as an opening mark', () => {
    const { doc, texts } = quotes('Stoltenberg rejected the idea of ”spheres of influence” in Europe.');
    expect(texts).toEqual(['spheres of influence']);
    expect(doc.quotes[0].evidence).toContain('quote:reversed-open');
  });

  it('keeps the full stop inside the marks with the quotation', () => {
    expect(quotes('some “security guarantees.” At the same time').texts).toEqual(['security guarantees.']);
  });

  it('does not take apostrophes for single quotation marks', () => {
    expect(quotes('Putin’s plan and Kiev’s reply, the ‘red line’ and the countries’ view.').texts).toEqual(['red line']);
  });

  it('runs a quotation to the end of a paragraph that never closes it, one quotation per paragraph', () => {
    const text = 'She said: “We will go on.\n\n“And we will win,” she added.';
    const { doc, texts } = quotes(text);
    expect(texts).toEqual(['We will go on.', 'And we will win,']);
    expect(doc.quotes[0].evidence).toContain('quote:paragraph-continues');
    expect(doc.quotes[0].close).toBe(null);
  });

  it('closes a straight quotation the writer forgot to close when a new one opens', () => {
    const text = 'Ms Hewitt said: "We have doubled it. "We are going to extend it."';
    const { doc, texts } = quotes(text);
    expect(texts).toEqual(['We have doubled it.', 'We are going to extend it.']);
    expect(doc.messages.map((m) => m.rule)).toContain('quote:missing-close');
  });

  it('ends a forgotten quotation before the sentence of a reporting frame that opens the next one (`… seconds. Wenger said: "…`)', () => {
    const text = 'Cole added: "Of course he\'ll learn. I go a bit crazy for a second. Gunners boss Arsene Wenger said: "Freddie is an option."';
    const doc = findQuotes(tokenize(ingestText(text, 't', 'id')));
    expect(doc.quotes.map((q) => text.slice(q.start, q.end))).toEqual(["Of course he'll learn. I go a bit crazy for a second.", 'Freddie is an option.']);
  });

  it('ends an unclosed quotation before a sentence of the reporter\'s in it ("… of some people. All companies said they …")', () => {
    const text = 'Mr Kingsley said: "Each one has involved the death of some people. All companies said they were investing in new tools. "We are hiring."';
    const doc = findQuotes(tokenize(ingestText(text, 't', 'id')));
    expect(doc.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['Each one has involved the death of some people.', 'We are hiring.']);
    // (a name that tells the speaker something, or a first person, stays quoted)
    const own = 'He said: "I was there. Nicolas told me that he agrees with me. No-one has come to me and said it.';
    expect(findQuotes(tokenize(ingestText(own, 't', 'id'))).quotes.map((q) => own.slice(q.start, q.end))).toEqual(['I was there. Nicolas told me that he agrees with me. No-one has come to me and said it.']);
  });

  it('never throws on odd or stray marks', () => {
    for (const t of ['”', '“', '"', '“a', 'a”', '" " "', '‘', '’’’', '«', '»»', '„', '“”', '"a "b "c']) {
      expect(() => quotes(t)).not.toThrow();
    }
    expect(quotes('A stray” mark and an odd "one.').texts).toEqual(['one.']);
  });
});
