/**
 * The extractor: runs a pipeline's stages over one article and turns the
 * finished Doc into the public ArticleResult (../shared/OUTPUT.md).
 */
import { readFileSync } from 'node:fs';
import { ingest, ingestText, sha256 } from './stages/ingest.ts';
import { tokenize } from './stages/tokenize.ts';
import { findQuotes } from './stages/quotes.ts';
import { attribute } from './stages/attribute/index.ts';
import { classify } from './stages/classify.ts';
import { compileLexicon } from './stages/lexicon.ts';
import { loadPipeline, VERSION, type Pipeline } from './pipeline.ts';
import type { ArticleResult, Doc, Label, Range, Span } from './types.ts';

export interface Extraction {
  doc: Doc;
  result: ArticleResult;
}

export class Extractor {
  readonly pipeline: Pipeline;
  readonly version = VERSION;

  constructor(pipeline: Pipeline | string = 'news') {
    this.pipeline = typeof pipeline === 'string' ? loadPipeline(pipeline) : pipeline;
  }

  get configHash(): string {
    return this.pipeline.hash;
  }

  /** Runs the stages over a Doc that ingest produced. */
  run(doc: Doc): Extraction {
    const { stages, options } = this.pipeline.config;
    const lex = compileLexicon(this.pipeline);
    const on = (s: string) => stages.includes(s);
    if (on('tokenize')) tokenize(doc);
    if (on('quotes')) findQuotes(doc);
    if (on('attribute')) attribute(doc, lex, { followOnQuotes: options.followOnQuotes });
    if (on('classify')) classify(doc, lex, { contentLabels: options.contentLabels });
    return { doc, result: toResult(doc, this.version, this.pipeline.config.name) };
  }

  /** Extracts from the file's bytes; `file` is the path as given (it goes into the result). */
  extractBytes(bytes: Uint8Array, file: string): Extraction {
    return this.run(ingest(bytes, file, { headlineMaxWords: this.pipeline.config.options.headlineMaxWords }));
  }

  extractText(text: string, file = '<text>'): Extraction {
    return this.run(ingestText(text, file, sha256(Buffer.from(text, 'utf8')), { headlineMaxWords: this.pipeline.config.options.headlineMaxWords }));
  }

  extractFile(path: string): Extraction {
    return this.extractBytes(readFileSync(path), path);
  }
}

const span = (text: string, r: Range): Span => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });

/** The index of the first range (sorted by start) that starts at or after `at`. */
function firstFrom(ranges: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toResult(doc: Doc, version: string, pipeline: string): ArticleResult {
  const { text } = doc;
  const sentenceLabel: Array<Label | null> = doc.sentences.map(() => null);
  const strength: Record<Label, number> = { assertion: 0, warning: 1, denial: 2 };
  const quoteClaim: Array<number | null> = doc.quotes.map(() => null);
  const claims = doc.claims.map((c, ci) => {
    const prev = sentenceLabel[c.sentence];
    if (prev === null || strength[c.label] > strength[prev]) sentenceLabel[c.sentence] = c.label;
    // the quotations inside the content (doc.quotes is in text order: the first at or after its start, on)
    const quotes: number[] = [];
    for (let qi = firstFrom(doc.quotes, c.content.start); qi < doc.quotes.length && doc.quotes[qi].start < c.content.end; qi++) {
      if (doc.quotes[qi].end > c.content.end) continue;
      quotes.push(qi);
      if (quoteClaim[qi] === null) quoteClaim[qi] = ci;
    }
    return {
      sentence: c.sentence,
      group: c.group,
      label: c.label,
      confidence: c.confidence,
      speaker: c.speaker ? { start: c.speaker.start, end: c.speaker.end, text: text.slice(c.speaker.start, c.speaker.end), name: c.speaker.name, role: c.speaker.role } : null,
      cue: c.cue ? span(text, c.cue) : null,
      content: span(text, c.content),
      quotes,
      otherCues: c.otherCues.map((r) => span(text, r)),
      evidence: c.evidence,
    };
  });
  return {
    schema: 1,
    file: doc.file,
    id: doc.id,
    date: doc.date,
    headline: doc.headline ? span(text, doc.headline) : null,
    // (literals, not spreads of span(): this runs for every sentence of every article)
    sentences: doc.sentences.map((s, i) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), label: sentenceLabel[i] })),
    quotes: doc.quotes.map((q, i) => ({ start: q.start, end: q.end, text: text.slice(q.start, q.end), claim: quoteClaim[i] })),
    claims,
    extractor: { version, pipeline },
  };
}
