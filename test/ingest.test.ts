import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8, ingest, InputError } from '../src/stages/ingest.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('ingest', () => {
  it('reads a leading date metadata line (leading white space allowed) and keeps the text as decoded', () => {
    const text = ' date 2021-12-01 Russian President Vladimir Putin said that talks will go on.';
    const doc = ingest(bytes(text), 'a.txt');
    expect(doc.date).toBe('2021-12-01');
    expect(doc.text).toBe(text);
    expect(doc.text.slice(doc.bodyStart)).toBe('Russian President Vladimir Putin said that talks will go on.');
    expect(doc.headline).toBe(null);
  });

  it('recognises a short first line followed by a blank line as the headline', () => {
    const text = 'Labour plans maternity pay rise\n\nMaternity pay is to rise, Ms Hewitt said.\n';
    const doc = ingest(bytes(text), 'a.txt');
    expect(doc.headline && text.slice(doc.headline.start, doc.headline.end)).toBe('Labour plans maternity pay rise');
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Labour plans maternity pay rise',
      'Maternity pay is to rise, Ms Hewitt said.',
    ]);
  });

  it('does not take a long first line as a headline', () => {
    const long = 'word '.repeat(30).trim();
    expect(ingest(bytes(`${long}\n\nNext.`), 'a.txt').headline).toBe(null);
  });

  it('strips a BOM, so offsets index the text after it', () => {
    const doc = ingest(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('He said so.')]), 'a.txt');
    expect(doc.text).toBe('He said so.');
  });

  it('rejects undecodable bytes with the file and the byte offset', () => {
    const bad = new Uint8Array([...bytes('abc '), 0xff, ...bytes(' def')]);
    expect(firstInvalidUtf8(bad)).toBe(4);
    expect(() => decode(bad, 'x.txt')).toThrow(InputError);
    expect(() => decode(bad, 'x.txt')).toThrow(/x\.txt: not valid UTF-8 at byte offset 4/);
    // a truncated multi-byte sequence at the end
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x80]))).toBe(1);
    // an overlong encoding
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
  });

  it('rejects an empty article', () => {
    expect(() => ingest(bytes('  \n\n '), 'e.txt')).toThrow(/e\.txt: empty article/);
  });

  it('gives the same id for the same bytes', () => {
    expect(ingest(bytes('Same.'), 'a').id).toBe(ingest(bytes('Same.'), 'b').id);
    expect(ingest(bytes('Same.'), 'a').id).toMatch(/^[0-9a-f]{64}$/);
  });
});
