/**
 * The `claims` command line. Each command lives in its own module under
 * commands/ and registers itself here; commands return an exit code.
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../pipeline.ts';
import { registerExtract } from './commands/extract.ts';
import { registerRun } from './commands/run.ts';
import { registerSummary } from './commands/summary.ts';
import { registerExport } from './commands/export.ts';
import { registerPipelines } from './commands/pipelines.ts';
import { registerReview } from './commands/review.ts';
import { registerGold } from './commands/gold.ts';
import { registerDiff } from './commands/diff.ts';
import { registerEval } from './commands/eval.ts';

export type Exit = { code: number };

// The benchmark (src/scripts/bench.ts) measures the extractor as `claims` runs it: from this
// bundle (src/bin/bundle.js), not through tsx's transpiler.
export { Extractor } from '../extract.ts';
export { bareWink } from '../stages/tokenize.ts';

export function buildProgram(exit: Exit): Command {
  const program = new Command('claims')
    .version(VERSION, '-V, --version')
    .description('claimlens: finds who said what in news articles and labels each attributed statement as an assertion, a denial or a warning, with the evidence behind it.')
    .addHelpText(
      'after',
      '\nQuick start:\n' +
        '  claims run corpus/                extract a folder into output/claims.db, print a summary\n' +
        '  claims extract FILE --json        one article as JSON (the contract: ../shared/OUTPUT.md)\n' +
        '  claims review                     review the claims in the browser\n' +
        '  claims eval corpus/               score against the gold fixtures\n' +
        '  sqlite3 output/claims.db "SELECT * FROM claim_rows LIMIT 20"   one claim per row\n\n' +
        'Run "claims COMMAND --help" for a command\'s options.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerExtract(program, exit);
  registerRun(program, exit);
  registerSummary(program, exit);
  registerExport(program, exit);
  registerPipelines(program, exit);
  registerReview(program, exit);
  registerGold(program, exit);
  registerDiff(program, exit);
  registerEval(program, exit);
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const exit: Exit = { code: 0 };
  const program = buildProgram(exit);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed
      return err.exitCode;
    }
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`claims: ${msg}\n`);
    return exit.code || 1;
  }
  return exit.code;
}
