import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { Extractor } from '../../extract.ts';
import type { ArticleResult } from '../../types.ts';
import type { Exit } from '../index.ts';
import { table, truncate } from '../util.ts';

export function registerExtract(program: Command, exit: Exit): void {
  program
    .command('extract')
    .description('extract claims from article files and print them (a readable table, --json or --jsonl)')
    .argument('<file...>', 'UTF-8 text files; - reads one article from stdin')
    .option('--json', 'print one ArticleResult as JSON (one file only; see ../shared/OUTPUT.md)')
    .option('--jsonl', 'print one ArticleResult per line, in the order given')
    .option('-p, --pipeline <name>', 'pipeline configuration (pipelines/NAME.json)', 'news')
    .addHelpText(
      'after',
      '\nErrors (unreadable or undecodable files) go to stderr with the path and reason;\n' +
        'the other files are still processed and the exit code is 1.\n\n' +
        'Examples:\n  claims extract corpus/2021-12-01-putin-nato-security-guarantees.txt\n  claims extract a.txt b.txt --jsonl > results.jsonl\n  echo "The minister said prices will fall." | claims extract - --json',
    )
    .action((files: string[], opts: { json?: boolean; jsonl?: boolean; pipeline: string }) => {
      if (opts.json && opts.jsonl) throw new Error('choose one of --json and --jsonl');
      if (opts.json && files.length > 1) throw new Error('--json prints one article; use --jsonl for several files');
      if (files.filter((f) => f === '-').length > 1) throw new Error('stdin (-) holds one article: give - once');
      const ex = new Extractor(opts.pipeline);
      for (const file of files) {
        let result: ArticleResult;
        try {
          // fd 0 is stdin; "-" may be given once
          result = ex.extractBytes(readFileSync(file === '-' ? 0 : file), file).result;
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message.replace(`${file}: `, '');
          process.stderr.write(`claims extract: ${file}: ${reason}\n`);
          exit.code = 1;
          continue;
        }
        if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (opts.jsonl) process.stdout.write(`${JSON.stringify(result)}\n`);
        else process.stdout.write(`${render(result)}\n\n`);
      }
    });
}

export function render(r: ArticleResult): string {
  const head = `${r.file}  (${r.sentences.length} sentences, ${r.quotes.length} quotations, ${r.claims.length} claims${r.date ? `, ${r.date}` : ''})`;
  if (r.claims.length === 0) return `${head}\n  no claims`;
  const rows = r.claims.map((c) => [
    c.sentence,
    c.label,
    c.speaker ? `${c.speaker.name}${c.speaker.role ? ` (${c.speaker.role})` : ''}` : '-',
    c.cue ? c.cue.text : '(follow-on)',
    c.confidence.toFixed(2),
    truncate(c.content.text, 70),
  ]);
  return `${head}\n${table(['sent', 'label', 'speaker', 'cue', 'conf', 'content'], rows)}`;
}
