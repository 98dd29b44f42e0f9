import { describe, expect, it } from 'vitest';
import { claimsOf, extract } from './helpers.ts';

describe('classify: labels by what the source does', () => {
  it('labels by the cue lexicon', () => {
    expect(claimsOf('The company denied that it had broken the rules.')[0][1]).toBe('denial');
    expect(claimsOf('Analysts warned that prices could fall.')[0][1]).toBe('warning');
    expect(claimsOf('The minister said that prices will fall.')[0][1]).toBe('assertion');
  });

  it('does not make a negation a denial', () => {
    expect(claimsOf('At the same time, he noted that Ukraine is not covered by the guarantees.')[0][1]).toBe('assertion');
    expect(claimsOf('The mayor said the road would not open before May.')[0][1]).toBe('assertion');
  });

  it('takes denials and warnings from the content: a right refused, consequences threatened, a word quoted', () => {
    const r = extract('Foreign Minister Dmytro Kuleba said that Russia has no right to block the talks.');
    expect(r.claims[0].label).toBe('denial');
    expect(r.claims[0].evidence).toContain('label:content-phrase:has-no-right');
    expect(claimsOf('Stoltenberg stated that “any invasion will have a high cost” for Russia.')[0][1]).toBe('warning');
    expect(claimsOf('He called the proposals “illegal”.')[0][1]).toBe('denial');
  });

  it('lets the strongest act of one source win: denial, then warning, then assertion', () => {
    const r = extract('Kiev and Western countries claim that troops have massed, and express fears that an attack may come.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0].label).toBe('warning');
    expect(r.claims[0].cue?.text).toBe('claim');
  });

  it('labels nothing in the strict pipeline from content phrases', async () => {
    const { Extractor } = await import('../src/extract.ts');
    const strict = new Extractor('strict');
    const r = strict.extractText('Foreign Minister Dmytro Kuleba said that Russia has no right to block the talks.').result;
    expect(r.claims[0].label).toBe('assertion');
    expect(r.extractor.pipeline).toBe('strict');
  });
});
