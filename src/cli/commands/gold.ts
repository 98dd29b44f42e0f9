import type { Command } from 'commander';
import { relative } from 'node:path';
import { exportGold } from '../../review/gold-export.ts';
import { Reviews } from '../../review/reviews.ts';
import type { Exit } from '../index.ts';
import { openExistingStore } from '../util.ts';

export function registerGold(program: Command, exit: Exit): void {
  const gold = program.command('gold').description('gold fixtures made from reviews');
  gold
    .command('export')
    .description('write every fully reviewed article as a gold fixture (the seed\'s format, corpus/README.md)')
    .option('--db <path>', 'SQLite store', 'output/claims.db')
    .option('--out <dir>', 'where the fixtures go', 'corpus/reviewed/')
    .option('-p, --pipeline <name>', 'the extraction the reviews apply to (news when stored, else the most used)', 'news')
    .option('--annotator <name>', 'the fixtures\' "annotator"', 'claims review')
    .addHelpText(
      'after',
      '\nAn article is exported when every claim of its current extraction has a verdict. Texts under\n' +
        '../shared are anchored by offsets ("text": "shared:<path>") and never copied; other texts are\n' +
        'anchored on their text, by path relative to the fixture; a text that is no longer on disk is\n' +
        'written beside the fixture from the store.',
    )
    .action((opts: { db: string; out: string; pipeline: string; annotator: string }) => {
      const db = openExistingStore('gold export', opts.db, exit, { readonly: false });
      if (!db) return;
      try {
        const pipeline = new Reviews(db).defaultPipeline(opts.pipeline);
        const r = exportGold({ db, out: opts.out, pipeline, annotator: opts.annotator });
        for (const w of r.written) process.stdout.write(`${relative(process.cwd(), w.gold)}  ${w.claims} claims, ${w.form === 'offsets' ? 'offset-anchored (shared text)' : w.form === 'copied' ? 'text-anchored (text copied from the store)' : 'text-anchored'}  <- ${w.article}\n`);
        for (const s of r.skipped) process.stderr.write(`claims gold export: skipped ${s.article}: ${s.reason}\n`);
        process.stdout.write(`${r.written.length} fixtures written to ${opts.out} (pipeline ${pipeline})${r.written.length ? '' : ': no article is fully reviewed'}\n`);
        if (r.skipped.length) exit.code = 1;
      } finally {
        db.close();
      }
    });
}
