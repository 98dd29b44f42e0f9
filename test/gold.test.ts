import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../src/pipeline.ts';
import { Extractor } from '../src/extract.ts';
import { compare, loadGold } from '../src/eval/gold.ts';

const seed = join(ROOT, 'corpus', '2021-12-01-putin-nato-security-guarantees.gold.json');

/** Characters of `a` covered by `b`, over the length of `a`. */
function coverage(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (a.end - a.start);
}

describe('seed article against its hand-made gold fixture', () => {
  const gold = loadGold(seed);
  const { result } = new Extractor('news').extractBytes(gold.bytes, gold.textPath);
  const cmp = compare(gold, result);

  it('has the gold sentence segmentation (15 sentences, the metadata prefix excluded)', () => {
    expect(result.sentences.map((s) => s.text)).toEqual(gold.sentences.map((s) => s.text));
    expect(result.date).toBe(gold.file.date);
    expect(result.headline).toBe(null);
  });

  it('finds exactly the gold quotations', () => {
    expect(result.quotes.map((q) => q.text)).toEqual(gold.quotes);
  });

  it('finds every gold claim and no other', () => {
    const missed = cmp.pairs.filter((p) => p.gold && p.predicted === null).map((p) => gold.sentences[p.sentence].text);
    const extra = cmp.pairs.filter((p) => !p.gold && p.predicted !== null).map((p) => result.claims[p.predicted!].content.text);
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
    expect(cmp.tp).toBe(13);
  });

  it('gets every speaker mention, name, role, cue, label and quotation right', () => {
    for (const p of cmp.pairs) {
      const c = result.claims[p.predicted!];
      const g = p.gold!;
      const where = `sentence ${p.sentence}: ${gold.sentences[p.sentence].text.slice(0, 60)}`;
      expect({ where, speaker: c.speaker?.text, name: c.speaker?.name, role: c.speaker?.role, cue: c.cue?.text, label: c.label }).toEqual({
        where, speaker: g.speaker, name: g.name, role: g.role, cue: g.cue, label: g.label,
      });
      expect(c.quotes.map((i) => result.quotes[i].text), where).toEqual(g.quotes);
      // content: the gold content lies (almost) wholly inside the extracted content
      const at = gold.text.indexOf(g.content, gold.sentences[p.sentence].start);
      expect(coverage({ start: at, end: at + g.content.length }, c.content), where).toBeGreaterThan(0.95);
    }
  });

  it('labels sentences by their strongest claim and leaves narration unlabelled', () => {
    const narration = result.sentences.filter((s) => s.label === null).map((s) => s.text.slice(0, 30));
    expect(narration).toEqual(['Putin’s statements came agains', 'The situation was discussed at']);
  });

  it('gives every claim its evidence and a confidence in (0, 1]', () => {
    for (const c of result.claims) {
      expect(c.evidence.some((e) => e.startsWith('label:'))).toBe(true);
      expect(c.evidence.some((e) => e.startsWith('speaker:'))).toBe(true);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});
