import { CommanderError, type Command } from 'commander';
import { InputError, diffSets, loadResultSet, renderDiff } from '../../review/diff.ts';
import type { Exit } from '../index.ts';

export function registerDiff(program: Command, exit: Exit): void {
  program
    .command('diff')
    .description('compare two result sets claim by claim: added, removed, changed (label, speaker, span)')
    .argument('<a>', 'store (store.db, store.db#pipeline=strict, #version=V, #run=N, #reviewed), JSONL of results, or gold directory')
    .argument('<b>', 'the same kinds')
    .option('--json', 'print the differences as JSON')
    .option('--pipeline-a <name>', 'narrow store A to this pipeline (like A#pipeline=NAME)')
    .option('--pipeline-b <name>', 'narrow store B to this pipeline')
    .addHelpText(
      'after',
      '\nArticles match by sha256 id; claims by sentence span and speaker name. With a gold directory on\n' +
        'one side, only the articles it covers are compared.\n' +
        'Exit status: 0 no differences, 1 differences, 2 bad input.\n\n' +
        'Examples:\n' +
        '  claims diff output/claims.db#pipeline=news output/claims.db#pipeline=strict\n' +
        '  claims diff corpus/reviewed output/claims.db#pipeline=news\n' +
        '  claims diff before.jsonl after.jsonl --json',
    )
    .exitOverride((err) => {
      // usage errors are bad input too
      throw err.exitCode === 0 ? err : new CommanderError(2, err.code, err.message);
    })
    .action((a: string, b: string, opts: { json?: boolean; pipelineA?: string; pipelineB?: string }) => {
      let report;
      try {
        report = diffSets(loadResultSet(a, { pipeline: opts.pipelineA }), loadResultSet(b, { pipeline: opts.pipelineB }));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        process.stderr.write(`claims diff: ${e.message}\n`);
        exit.code = 2;
        return;
      }
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderDiff(report)}\n`);
      exit.code = report.summary.differences ? 1 : 0;
    });
}
