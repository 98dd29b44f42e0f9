import { InvalidArgumentError, type Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor } from '../../extract.ts';
import { ROOT } from '../../pipeline.ts';
import { SHARED } from '../../eval/gold.ts';
import { BratError } from '../../eval/brat.ts';
import { runBrat, runFixtures, type ErrorCaps } from '../../eval/runner.ts';
import { compareReports, renderErrors, renderReport, type EvalReport } from '../../eval/report.ts';
import type { Exit } from '../index.ts';
import { expandInputs } from '../util.ts';

const DEFAULT_POLNEAR = join(SHARED, 'polnear', 'train');

interface EvalOptions {
  polnear?: string | boolean;
  annotators: string;
  limit?: number;
  sample?: number;
  seed: number;
  json?: boolean;
  errors?: boolean;
  errorsPerArticle: number;
  errorsMax: number;
  errorKinds?: string;
  baseline?: string;
  save?: string;
  pipeline: string;
}

const count = (v: string): number => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a whole number');
  return Number(v);
};

const KINDS = ['miss', 'false-alarm', 'mismatch', 'speaker', 'label', 'quote-miss', 'quote-extra'];

const HELP = `
Gold fixtures (*.gold.json, format in corpus/README.md): each article is
extracted and compared claim by claim; a claim matches a gold claim on its
sentence. Printed: claim P/R/F1; per-label P/R/F1 (a claim counts for its
label, so a wrong label is a miss of one label and a false alarm of another);
speaker accuracy (resolved name) and label accuracy on matched claims; the
gold x predicted label confusion matrix; quotation P/R/F1 (texts).

Brat attribution spans (--polnear, PolNeAR layout: text/NAME.txt and
attributions/NAME_<annotator>.ann): for each role (source = claim speaker
mention, cue, content), exact and overlap-weighted P/R/F1, micro-averaged.
  - Claims sharing a group (one statement over several sentences, follow-on
    quotations) are ONE relation: contents united (over the full stops
    between them), first speaker and first cue.
  - A claim with otherCues (the speaker's later cues in the sentence: "said
    Y, adding that Z") is one relation per cue, as PolNeAR marks them: each
    later cue takes the content after it, and the content before it ends
    there (before ", adding", "and said", ", but he said"); a cue embedded
    in the statement ("what she calls") is a relation of its own and the
    statement runs on through it.
  - Spans are compared on their non-white-space characters, after the commas,
    semicolons, colons and dashes at a span's edges (an apposition's closing
    comma) are set aside; a span of punctuation alone keeps it. Exact: the same
    characters. Overlap-weighted: predicted and gold spans are paired one to
    one, greedily by Dice overlap; a pair credits the predicted span with
    |p∩g|/|p| and the gold span with |p∩g|/|g|; P = sum of predicted credits
    / #predicted, R = sum of gold credits / #gold.
  - Distinct spans per role and article (a source shared by two relations is
    one span).
  - Gold relations with no source (Attribution-no-source) count for cue and
    content; the source of a predicted relation aligned with one is not
    counted. Predictions found only inside Discard/Discuss regions are not
    counted. One annotation per article unless --annotators all.

--errors lists, per article, each miss and false alarm with its sentence,
what was expected and what was produced (speaker, cue, label, content, and
the rules that fired); for fixtures also wrong speakers, wrong labels and
quotation errors; for PolNeAR also aligned relations whose spans differ
(mismatch). Kinds: ${KINDS.join(', ')}.

Exit code 0, or 1 when an input is missing or unreadable (reported on stderr;
the other inputs are still scored).

Examples:
  claims eval                                   gold fixtures under corpus/
  claims eval corpus/dev-gold --errors          misses and false alarms, why
  claims eval --polnear --sample 50             a quick PolNeAR run (50 random articles)
  claims eval --polnear --save output/eval.json  full PolNeAR train, saved
  claims eval --polnear --baseline output/eval.json   what got better or worse
  claims eval corpus/ --polnear --json > scores.json`;

export function registerEval(program: Command, exit: Exit): void {
  program
    .command('eval')
    .description('score the extractor against gold: our *.gold.json fixtures and/or brat attribution spans (PolNeAR)')
    .argument('[path...]', 'gold fixtures (*.gold.json) or folders searched recursively (default: corpus/ unless --polnear)')
    .option('--polnear [dir]', `score against brat attribution spans in DIR (default ${DEFAULT_POLNEAR})`)
    .option('--annotators <which>', 'PolNeAR articles with several annotations: "first", "all", or one annotator id', 'first')
    .option('--limit <n>', 'PolNeAR: only the first N articles (in name order)', count)
    .option('--sample <n>', 'PolNeAR: N articles drawn at random (see --seed)', count)
    .option('--seed <n>', 'random seed for --sample', count, 1)
    .option('--json', 'print the report as JSON (nothing else on stdout)')
    .option('--errors', 'list each miss, false alarm and mismatch with its sentence, expected and produced')
    .option('--errors-per-article <n>', 'at most N errors per article', count, 10)
    .option('--errors-max <n>', 'at most N errors in all', count, 200)
    .option('--error-kinds <list>', `only these kinds, comma-separated (${KINDS.join(',')})`)
    .option('--save <file>', 'write the JSON report to FILE (for a later --baseline)')
    .option('--baseline <file>', 'compare with a report saved earlier (--save or --json) and show each score\'s change')
    .option('-p, --pipeline <name>', 'pipeline configuration (pipelines/NAME.json)', 'news')
    .addHelpText('after', HELP)
    .action((paths: string[], opts: EvalOptions) => {
      const problem = (path: string, reason: string) => {
        process.stderr.write(`claims eval: ${path}: ${reason}\n`);
        exit.code = 1;
      };
      let baseline: EvalReport | null = null;
      if (opts.baseline) {
        try {
          baseline = JSON.parse(readFileSync(opts.baseline, 'utf8')) as EvalReport;
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          throw new Error(`--baseline ${opts.baseline}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
        }
        if (baseline?.kind !== 'claimlens-eval') throw new Error(`--baseline ${opts.baseline}: not a claims eval report (save one with --save or --json)`);
      }
      const kinds = opts.errorKinds ? new Set(opts.errorKinds.split(',').map((k) => k.trim())) : null;
      for (const k of kinds ?? []) if (!KINDS.includes(k)) throw new Error(`--error-kinds: unknown kind "${k}" (known: ${KINDS.join(', ')})`);
      const caps: ErrorCaps = { on: !!opts.errors, perArticle: opts.errorsPerArticle, total: opts.errorsMax, kinds };
      const ex = new Extractor(opts.pipeline);
      const report: EvalReport = { schema: 1, kind: 'claimlens-eval', extractor: { version: ex.version, pipeline: ex.pipeline.config.name } };
      const errors: NonNullable<EvalReport['errors']> = {};

      const goldInputs = paths.length ? paths : opts.polnear ? [] : [join(ROOT, 'corpus')];
      if (goldInputs.length) {
        const files = expandInputs(goldInputs, problem, '.gold.json');
        if (!files.length && exit.code === 0) problem(goldInputs.join(' '), 'no *.gold.json files found');
        if (files.length) {
          const { errors: errs, ...run } = runFixtures(files, ex, caps, problem);
          if (run.files.length) report.fixtures = run;
          if (opts.errors) errors.fixtures = errs;
        }
      }
      if (opts.polnear) {
        const dir = typeof opts.polnear === 'string' ? opts.polnear : DEFAULT_POLNEAR;
        const tty = process.stderr.isTTY && !opts.json;
        try {
          const { errors: errs, ...run } = runBrat(dir, ex, { annotators: opts.annotators, limit: opts.limit, sample: opts.sample, seed: opts.seed }, { ...caps, total: caps.total - countErrors(errors.fixtures) }, problem, tty ? (n, total) => {
            if (n % 20 === 0 || n === total) process.stderr.write(`\r  PolNeAR ${n}/${total}${n === total ? '\r\x1b[K' : ''}`);
          } : undefined);
          if (run.annotations === 0) problem(dir, `no annotations to score${opts.annotators !== 'first' && opts.annotators !== 'all' ? ` (annotator "${opts.annotators}"?)` : ''}`);
          else report.polnear = run;
          if (opts.errors) errors.polnear = errs;
        } catch (e) {
          if (!(e instanceof BratError)) throw e;
          problem(dir, e.message.replace(`${dir}: `, ''));
        }
      }
      if (!report.fixtures && !report.polnear) {
        exit.code = 1;
        return;
      }
      if (baseline) report.baseline = compareReports(baseline, report, opts.baseline!);
      if (opts.errors) report.errors = errors;
      if (opts.save) {
        const { errors: _omit, baseline: _b, ...saved } = report;
        writeFileSync(opts.save, `${JSON.stringify(saved, null, 2)}\n`);
      }
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const listing = opts.errors ? renderErrors(report) : '';
      if (opts.errors) process.stdout.write(listing ? `${listing}\n\n` : 'no errors\n\n');
      process.stdout.write(`${renderReport(report)}\n`);
      if (opts.save && existsSync(opts.save)) process.stdout.write(`\nsaved to ${opts.save}\n`);
    });
}

const countErrors = (groups: Array<{ errors: unknown[] }> | undefined): number => (groups ?? []).reduce((n, g) => n + g.errors.length, 0);
