/**
 * Stage 3, quotes: quotation spans (marks excluded) for “…”, "…", ‘…’, «…»
 * and „…“, paragraph by paragraph. Tolerates writers' errors: a closing mark
 * used to open (`”spheres of influence”`) or an opening mark used to close
 * (`“Apparently not,“ he said`), a straight mark that reopens before
 * the last one closed, a paragraph that opens a quotation and never closes it
 * (the multi-paragraph convention), stray marks. Never throws on marks; odd
 * cases leave a message on the doc.
 */
import type { Doc, Quote, QuoteMark, Range } from '../types.ts';

interface Open {
  mark: QuoteMark;
  at: number;
  /** Length of the opening mark (2 for two apostrophes). */
  width: number;
  evidence: string[];
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Before an opening mark: start of paragraph, space, or an opening bracket/dash. */
const opensAfter = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-\/:]/.test(c);
/** After an opening mark: something that can start quoted text. */
const opensBefore = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}.…$£€'‘(\[]/u.test(c);

export function findQuotes(doc: Doc): Doc {
  const { text } = doc;
  const quotes: Quote[] = [];
  doc.paragraphs.forEach((para, p) => {
    let open: Open | null = null;
    const push = (o: Open, end: number, close: number | null, extra?: string) => {
      let s = o.at + o.width;
      let e = end;
      if (close === null) {
        while (e > s && isSpace(text[e - 1])) e--;
      }
      if (e <= s) return;
      quotes.push({ start: s, end: e, open: o.at, close, mark: o.mark, paragraph: p, evidence: extra ? [...o.evidence, extra] : o.evidence });
    };
    const warn = (at: number, rule: string, reason: string) =>
      doc.messages.push({ start: at, end: at + 1, stage: 'quotes', rule, reason });

    for (let i = para.start; i < para.end; i++) {
      let c = text[i];
      // two apostrophes stand for a straight double mark (newswire style: ''quote,'' he said)
      if (c === "'" && text[i + 1] === "'") c = '"';
      const width = c === '"' && text[i] === "'" ? 2 : 1;
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + width < para.end ? text[i + width] : undefined;
      const openDouble = open !== null && (open.mark === 'double' || open.mark === 'straight' || open.mark === 'low');
      switch (c) {
        case '“':
          if (open && open.mark === 'low') { push(open, i, i); open = null; }
          else if (openDouble && open && !isSpace(prev) && !opensBefore(next)) {
            // glued to the text before it and followed by a space or punctuation, an opening mark closes:
            // `“Apparently not,“ he said`
            push(open, i, i, 'quote:reversed-close');
            warn(i, 'quote:reversed-close', 'opening mark used to close a quotation');
            open = null;
          } else if (openDouble && open) {
            // a new opening mark before the last one closed: end the last one here
            push(open, trimBack(text, i, open.at), null, 'quote:reopened');
            warn(i, 'quote:reopened', 'opening mark inside an open quotation');
            open = { mark: 'double', at: i, width: 1, evidence: ['quote:double'] };
          } else if (!open) open = { mark: 'double', at: i, width: 1, evidence: ['quote:double'] };
          break;
        case '”':
          if (openDouble && open) { push(open, i, i); open = null; }
          else if (!open && opensAfter(prev) && opensBefore(next)) {
            open = { mark: 'double', at: i, width: 1, evidence: ['quote:double', 'quote:reversed-open'] };
            warn(i, 'quote:reversed-open', 'closing mark used to open a quotation');
          } else if (!open) warn(i, 'quote:stray-close', 'closing mark with no quotation open');
          break;
        case '"':
          if (openDouble && open) {
            if (open.mark === 'straight' && opensAfter(prev) && opensBefore(next) && !isSpace(next)) {
              // `"… weeks. "We are …`: the writer forgot a closing mark
              // (…and when a reporting frame opens the new one, `… seconds. Wenger said: "Freddie …`, the frame's
              // sentence is the reporter's: the forgotten mark stood before it)
              const frame = text.slice(para.start, i).trimEnd().endsWith(':') ? sentenceStartBefore(doc, i) : -1;
              // (…or before a sentence of the reporter's that came between: "… of some people. All companies said they …")
              const narration = narrationStart(doc, open.at + open.width, i);
              const end = narration >= 0 ? narration : frame > open.at + open.width ? frame : i;
              push(open, trimBack(text, end, open.at), null, 'quote:missing-close');
              warn(i, 'quote:missing-close', 'straight mark reopens before the quotation closed');
              open = { mark: 'straight', at: i, width, evidence: ['quote:straight'] };
            } else { push(open, i, i); open = null; }
          } else if (!open) {
            if (isWordChar(prev) && isSpace(next)) warn(i, 'quote:stray-close', 'closing mark with no quotation open');
            else open = { mark: 'straight', at: i, width, evidence: ['quote:straight'] };
          }
          break;
        case '‘':
          if (!open && opensAfter(prev) && opensBefore(next)) open = { mark: 'single', at: i, width: 1, evidence: ['quote:single'] };
          break;
        case '’':
          // inside a single quotation, ’ closes unless it is an apostrophe between letters
          if (open && open.mark === 'single' && !(isWordChar(prev) && isWordChar(next))) { push(open, i, i); open = null; }
          break;
        case '«':
          if (!open) open = { mark: 'guillemet', at: i, width: 1, evidence: ['quote:guillemet'] };
          break;
        case '»':
          if (open && open.mark === 'guillemet') { push(open, i, i); open = null; }
          break;
        case '„':
          if (!open) open = { mark: 'low', at: i, width: 1, evidence: ['quote:low'] };
          break;
      }
      i += width - 1;
    }
    if (open) {
      const nextPara: Range | undefined = doc.paragraphs[p + 1];
      const continues = nextPara !== undefined && /^(["“«„‘]|'')/.test(text.slice(nextPara.start, nextPara.start + 2));
      const rule = continues ? 'quote:paragraph-continues' : 'quote:unclosed';
      if (open.mark === 'single' && !continues) {
        // an unmatched ‘ is far more often a stray apostrophe than a quotation
        warn(open.at, 'quote:unclosed-single', 'single opening mark never closed: not taken as a quotation');
      } else {
        if (!continues) warn(open.at, rule, 'quotation runs to the end of its paragraph without a closing mark');
        const narration = narrationStart(doc, open.at + open.width, para.end);
        push(open, narration >= 0 ? narration : para.end, null, rule);
      }
    }
    quotes.push(...straightSingles(doc, para, p, quotes));
  });
  quotes.sort((a, b) => a.start - b.start);
  doc.quotes = quotes;
  return doc;
}

/** Words that a straight apostrophe opens by elision, not a quotation: 'em, 'til, rock 'n' roll, the '90s. */
const ELISION_AFTER = /^(?:em|til|cause|n|tis|twas|bout|\d0s|\d\ds)\b/i;

/**
 * Quotations between straight single marks ('grey vote', 'Strong dollar' call …), also inside a double
 * quotation ("… hoping that 'one thing leads to another' …"). The mark is also the apostrophe, so only a
 * clear pair counts: an opening mark after a space, an opening bracket, dash or double mark and before a
 * letter or digit (not an elision), a closing mark after text and before no letter or digit, both on the same
 * side of any double quotation, at most 300 characters apart. A closing mark that reads as a plural possessive
 * ("the players' union") gives way to a later one before the next opening mark. An unpaired mark is an
 * apostrophe and leaves nothing.
 */
function straightSingles(doc: Doc, para: Range, p: number, found: Quote[]): Quote[] {
  const { text } = doc;
  const firstMark = text.indexOf("'", para.start);
  if (firstMark < 0 || firstMark >= para.end) return [];
  const doubles = found.filter((q) => q.paragraph === p);
  const inside = (i: number) => doubles.find((q) => i >= q.start && i < q.end) ?? null;
  const openers: number[] = [];
  const closers: number[] = [];
  for (let i = para.start; i < para.end; i++) {
    if (text[i] !== "'" || text[i + 1] === "'" || text[i - 1] === "'") continue;
    const prev = i > para.start ? text[i - 1] : undefined;
    const next = i + 1 < para.end ? text[i + 1] : undefined;
    if ((opensAfter(prev) || prev === '"' || prev === '“') && isWordChar(next) && !ELISION_AFTER.test(text.slice(i + 1, i + 5))) openers.push(i);
    else if (!isSpace(prev) && !isWordChar(next)) closers.push(i);
  }
  const out: Quote[] = [];
  let c = 0;
  for (let o = 0; o < openers.length; o++) {
    const at = openers[o];
    if (out.length > 0 && at < (out[out.length - 1].close ?? 0)) continue;
    const nextOpen = openers[o + 1] ?? para.end;
    while (c < closers.length && closers[c] <= at) c++;
    const box = inside(at);
    let close = -1;
    for (let k = c; k < closers.length && closers[k] - at <= 300; k++) {
      const i = closers[k];
      if (inside(i) !== box) break;
      // "the players' union": a plural possessive, when another closing mark follows before the next opening one
      const possessive = text[i - 1] === 's' && text[i + 1] === ' ' && /[a-z]/.test(text[i + 2] ?? '');
      if (possessive && closers[k + 1] !== undefined && closers[k + 1] < nextOpen && closers[k + 1] - at <= 300 && inside(closers[k + 1]) === box) continue;
      close = i;
      break;
    }
    if (close < 0 || close - at < 3) continue;
    out.push({ start: at + 1, end: close, open: at, close, mark: 'single', paragraph: p, evidence: ['quote:straight-single'] });
  }
  return out;
}

/**
 * The start of the first sentence after the first one in [from, to) that reads as the reporter's, not as more of an
 * unclosed quotation: it names a third party and a reporting verb before any quotation mark ("All companies said they
 * …", "Mr Hopkins said that …"), or -1. A first or second person, "he", "she", "they", a quotation mark in it, keep it
 * quoted ("I always said …", "Nicolas told me …" stays: a name then a first person).
 */
function narrationStart(doc: Doc, from: number, to: number): number {
  const { text } = doc;
  let first = true;
  for (const s of doc.sentences ?? []) {
    if (s.end <= from) continue;
    if (s.start >= to) break;
    if (first) { first = false; continue; }
    const t = text.slice(s.start, Math.min(s.end, to));
    if (/["“”«»„]/.test(t)) continue;
    if (/^(?:I|We|You|He|She|They|It|This|That|There|But|And|So|No-one|No one|Nobody|Someone|Somebody|Everyone|Everybody|Anyone|People|Nothing|Everything)\b/.test(t)) continue;
    if (/^[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?\s+(?:said|says|told|tells|added|warned|insisted|explained|claimed|argued)\b(?!\s+(?:me|us|you)\b)/.test(t)) return s.start;
  }
  return -1;
}

/** The start of the sentence that holds offset `at` (-1 when none is known: quotes run before tokenize in tests). */
function sentenceStartBefore(doc: Doc, at: number): number {
  let best = -1;
  for (const s of doc.sentences ?? []) {
    if (s.start > at) break;
    best = s.start;
  }
  return best;
}

/** End of the quoted text before a mark at `i`: back over white space, never before the opening. */
function trimBack(text: string, i: number, openAt: number): number {
  let e = i;
  while (e > openAt + 1 && isSpace(text[e - 1])) e--;
  return e;
}
