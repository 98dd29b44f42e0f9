/**
 * Benchmark of batch extraction (npm run bench [-- FOLDER] [--runs N] [--articles N]).
 *
 * On a folder of articles (default ../shared/bbc) reports, as medians of N
 * runs (default 5), each measured in a fresh child process:
 * - words/s of wink-nlp's bare readDoc over the texts (the ceiling),
 * - words/s of extraction alone on one thread (no store),
 * - words/s of `claims run` into a fresh database with 1 worker and with all,
 * and the peak RSS of each; the ratios that the targets name; a CPU spin in
 * 1 and in all threads (how much parallelism the machine gives right now);
 * and a memory-growth check: one `claims run` over the corpus repeated to
 * --articles (default 20,000) as JSON Lines on stdin, with its peak RSS
 * after 1,000 articles and at the end.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { ROOT } from '../pipeline.ts';

const RUN_TS = join(ROOT, 'src', 'bin', 'run-ts.js');
const SELF = join(ROOT, 'src', 'scripts', 'bench.ts');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

interface Sample {
  seconds: number;
  words: number;
  articles: number;
  /** KB */
  maxRss: number;
  /** `claims run` only: its own timing, after the workers started */
  startup?: number;
  runSeconds?: number;
  /** extraction only: bare readDoc time over extraction time, passes in turn in the same process (median of 3) */
  sameRunRatio?: number;
  /**
   * extraction only, over its timed passes: CPU seconds of the extracting thread itself and of the
   * process's other threads (V8's platform threads: concurrent compilation and garbage collection)
   */
  threadCpu?: number;
  helperCpu?: number;
  /** writer only: milliseconds per article of the store's writing (saveRows in batches of 32, fresh DB) */
  writerMs?: number;
}

/** CPU seconds of the calling thread (Linux: /proc/thread-self/stat; utime + stime in clock ticks of 1/100 s). */
function threadCpuSeconds(): number {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
/** CPU seconds of the whole process, every thread. */
const processCpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/* ---------------- child side: one measurement, printed as JSON ---------------- */

/**
 * The extractor and bare wink-nlp as `claims` runs them: from the bundled CLI
 * (src/bin/bundle.js), or from the sources when bundles are off.
 */
async function cliModule(): Promise<typeof import('../cli/index.ts')> {
  const url = await bundleUrl();
  return url ? import(url) : import('../cli/index.ts');
}

/** The bundled CLI's URL (built if the sources changed), or null when bundles are off. */
async function bundleUrl(): Promise<string | null> {
  const { bundledCli } = (await import(pathToFileURL(join(ROOT, 'src', 'bin', 'bundle.js')).href)) as { bundledCli: () => Promise<string | null> };
  return bundledCli();
}

async function child(mode: string, folder: string): Promise<void> {
  const { countWords } = await import('../store/store.ts');
  const { bareWink, Extractor } = await cliModule();
  const paths = files(folder);
  const bytes = paths.map((p) => readFileSync(p));
  const texts = bytes.map((b) => b.toString('utf8'));
  const words = texts.reduce((s, t) => s + countWords(t), 0);
  const bare = (i: number) => void bareWink(texts[i]);
  let work: (i: number) => void = bare;
  if (mode === 'extract') {
    const ex = new Extractor('news');
    work = (i) => {
      try {
        ex.extractBytes(bytes[i], paths[i]);
      } catch {
        // a bad file costs what it costs
      }
    };
  } else if (mode !== 'bare') throw new Error(`unknown child mode ${mode}`);
  // warm-up (JIT) on the first 5 %
  for (let i = 0; i < Math.ceil(paths.length / 20); i++) {
    bare(i);
    work(i);
  }
  const pass = (f: (i: number) => void): number => {
    const t = performance.now();
    for (let i = 0; i < paths.length; i++) f(i);
    return (performance.now() - t) / 1000;
  };
  let seconds: number;
  let ratio: number | undefined;
  let threadCpu: number | undefined;
  let helperCpu: number | undefined;
  if (mode === 'extract') {
    // whole passes in turn, bare then extraction, three times: each ratio is
    // taken under the same load (passes, not articles, so that neither pollutes
    // the other's caches); the median ratio and extraction time are reported
    const ratios: number[] = [];
    const times: number[] = [];
    const own: number[] = [];
    const helpers: number[] = [];
    for (let r = 0; r < 3; r++) {
      const b = pass(bare);
      const t0 = threadCpuSeconds();
      const p0 = processCpuSeconds();
      const e = pass(work);
      const t = threadCpuSeconds() - t0;
      own.push(t);
      helpers.push(processCpuSeconds() - p0 - t);
      ratios.push(b / e);
      times.push(e);
    }
    seconds = median(times);
    ratio = median(ratios);
    threadCpu = median(own);
    helperCpu = median(helpers);
  } else seconds = pass(work);
  const s: Sample = { seconds, words, articles: paths.length, maxRss: process.resourceUsage().maxRSS, sameRunRatio: ratio, threadCpu, helperCpu };
  process.stdout.write(`${JSON.stringify(s)}\n`);
}

/** Extraction alone (no store, no writer) in `threads` worker threads at once, each over the whole corpus: seconds per thread. */
async function childThreads(threads: number, folder: string): Promise<void> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    (async () => {
      if (!workerData.bundle) (await import('tsx/esm/api')).register();
      const { Extractor } = await import(workerData.bundle ?? workerData.extract);
      const ex = new Extractor('news');
      const bytes = workerData.paths.map((p) => readFileSync(p));
      for (let i = 0; i < Math.ceil(bytes.length / 20); i++) try { ex.extractBytes(bytes[i], 'x'); } catch {}
      parentPort.postMessage('warm');
      await new Promise((r) => parentPort.once('message', r));
      const t = performance.now();
      for (const b of bytes) try { ex.extractBytes(b, 'x'); } catch {}
      parentPort.postMessage((performance.now() - t) / 1000);
    })();`;
  const data = { paths: files(folder), extract: pathToFileURL(join(ROOT, 'src', 'extract.ts')).href, bundle: await bundleUrl() };
  const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true, workerData: data, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } }));
  // start the timed passes together, once every thread is warm
  await Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))));
  const secs = await Promise.all(workers.map((w) => new Promise<number>((r) => (w.once('message', r), w.postMessage('go')))));
  await Promise.all(workers.map((w) => w.terminate()));
  process.stdout.write(`${JSON.stringify({ seconds: median(secs) })}\n`);
}

/** Runs `claims run` in this process (so that its peak RSS is ours), then prints the sample. */
async function childRun(args: string[]): Promise<void> {
  // the bundled CLI, as `claims` runs it (src/bin/bundle.js); the sources if bundles are off
  const { main } = await cliModule();
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
  const t = performance.now();
  const code = await main([process.argv[0], 'claims', 'run', ...args]);
  const seconds = (performance.now() - t) / 1000;
  process.stdout.write = write;
  const out = lines.join('');
  const m = /run \d+: (\d+) extracted.*\(([\d.]+) s.*started in ([\d.]+) s\)/.exec(out);
  if (code !== 0 && code !== 1) throw new Error(`claims run exited ${code}: ${out}`);
  const dbPath = args[args.indexOf('--db') + 1];
  const db = new Database(dbPath, { readonly: true });
  const words = db.prepare('SELECT coalesce(sum(words), 0) FROM articles').pluck().get() as number;
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  db.close();
  const s: Sample = { seconds, words, articles, maxRss: process.resourceUsage().maxRSS, startup: m ? Number(m[3]) : undefined, runSeconds: m ? Number(m[2]) : undefined };
  process.stdout.write(`${JSON.stringify(s)}\n`);
}

/**
 * The writer's share: every article of the folder extracted first (not timed), then stored into a
 * fresh database in transactions of 32 articles, as `claims run`'s writer does in the main thread
 * (three times, each into a new database; the median).
 */
async function childWriter(folder: string, tmp: string): Promise<void> {
  const { articleRow, countWords, openDb, Store } = await import('../store/store.ts');
  const { Extractor } = await cliModule();
  const ex = new Extractor('news');
  const rows: import('../store/store.ts').ArticleRow[] = [];
  const seen = new Set<string>();
  for (const p of files(folder)) {
    try {
      const { result, doc } = ex.extractBytes(readFileSync(p), p);
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      rows.push(articleRow(result, doc.text, countWords(doc.text)));
    } catch {
      // a bad file is no row
    }
  }
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const path = join(tmp, `writer-${process.pid}-${r}.db`);
    const store = new Store(openDb(path));
    const runId = store.startRun({ extractorVersion: ex.version, pipeline: ex.pipeline.config.name, configHash: ex.configHash, args: [] });
    const t = performance.now();
    for (let i = 0; i < rows.length; i += 32) store.saveRows(rows.slice(i, i + 32), runId, ex.configHash);
    times.push((performance.now() - t) / rows.length);
    store.close();
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  }
  const s: Sample = { seconds: 0, words: 0, articles: rows.length, maxRss: process.resourceUsage().maxRSS, writerMs: median(times) };
  process.stdout.write(`${JSON.stringify(s)}\n`);
}

/** Spins in `threads` threads at once; prints the spins per second of them all. */
async function childSpin(threads: number): Promise<void> {
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; const t = Date.now(); let n = 0;
    while (Date.now() - t < 3000) { for (let i = 0; i < 1e6; i++) x += i; n++; } parentPort.postMessage(n);`;
  const counts = await Promise.all(
    Array.from({ length: threads }, () => new Promise<number>((res) => new Worker(code, { eval: true }).once('message', res))),
  );
  process.stdout.write(`${JSON.stringify({ perSecond: counts.reduce((a, b) => a + b, 0) / 3 })}\n`);
}

/* ---------------- parent side ---------------- */

function spawnChild(args: string[], opts: { stdin?: (w: NodeJS.WritableStream) => Promise<void>; watch?: (pid: number) => () => void } = {}): Promise<string> {
  return new Promise((res, rej) => {
    const c = spawn(process.execPath, [RUN_TS, SELF, ...args], {
      cwd: ROOT,
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
      stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    c.stdout!.on('data', (d) => (out += d));
    c.stderr!.on('data', (d) => (err += d));
    const stop = opts.watch?.(c.pid!);
    if (opts.stdin) opts.stdin(c.stdin!).then(() => c.stdin!.end(), rej);
    c.on('exit', (code) => {
      stop?.();
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) res(last);
      else rej(new Error(`bench child ${args.join(' ')} failed (${code}):\n${err.slice(-2000)}`));
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (kb: number): string => `${fmt(kb / 1024)} MB`;

async function parent(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string, dflt: number): number => {
    const i = argv.indexOf(name);
    if (i < 0) return dflt;
    const v = Number(argv.splice(i, 2)[1]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} wants a positive integer`);
    return v;
  };
  const runs = opt('--runs', 5);
  const scale = opt('--articles', 20000);
  const folder = resolve(argv[0] ?? join(ROOT, '..', 'shared', 'bbc'));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    process.stderr.write(`bench: no folder of articles at ${folder}\n  (the default is ../shared/bbc, the BBC corpus; give another folder of *.txt: npm run bench -- FOLDER)\n`);
    process.exit(2);
  }
  const n = files(folder).length;
  if (!n) {
    process.stderr.write(`bench: no *.txt under ${folder}\n`);
    process.exit(2);
  }
  const cores = availableParallelism();
  const tmp = mkdtempSync(join(tmpdir(), 'claims-bench-'));
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  log(`${n} articles in ${folder}; ${runs} runs each; ${cores} cores; scratch ${tmp}`);

  const rows: Record<string, Sample[]> = { bare: [], extract: [], w1: [], wAll: [], wLow: [], writer: [] };
  const spin: { one: number[]; all: number[] } = { one: [], all: [] };
  const threads: { one: number[]; all: number[] } = { one: [], all: [] };
  let k = 0;
  for (let r = 0; r < runs; r++) {
    // interleaved, so that a noisy neighbour hits every figure alike
    spin.one.push(JSON.parse(await spawnChild(['--child', 'spin', '1'])).perSecond);
    spin.all.push(JSON.parse(await spawnChild(['--child', 'spin', String(cores)])).perSecond);
    threads.one.push(JSON.parse(await spawnChild(['--child', 'threads', '1', folder])).seconds);
    threads.all.push(JSON.parse(await spawnChild(['--child', 'threads', String(cores), folder])).seconds);
    rows.bare.push(JSON.parse(await spawnChild(['--child', 'bare', folder])));
    rows.extract.push(JSON.parse(await spawnChild(['--child', 'extract', folder])));
    rows.writer.push(JSON.parse(await spawnChild(['--child', 'writer', folder, tmp])));
    for (const [key, w, extra] of [['w1', 1, []], ['wAll', cores, []], ['wLow', cores, ['--low-memory']]] as const) {
      const db = join(tmp, `run-${k++}.db`);
      rows[key].push(JSON.parse(await spawnChild(['--child', 'run', folder, '--db', db, '--workers', String(w), '--no-progress', ...extra])));
      rmSync(db, { force: true });
      rmSync(`${db}-wal`, { force: true });
      rmSync(`${db}-shm`, { force: true });
    }
    const last = (key: string) => rows[key][r];
    log(
      `run ${r + 1}/${runs}: bare ${fmt(last('bare').words / last('bare').seconds)}, extract ${fmt(last('extract').words / last('extract').seconds)}, ` +
        `w1 ${fmt(last('w1').words / last('w1').runSeconds!)}, w${cores} ${fmt(last('wAll').words / last('wAll').runSeconds!)} words/s`,
    );
  }

  const wps = (s: Sample) => s.words / s.seconds;
  const steady = (s: Sample) => s.words / (s.runSeconds ?? s.seconds);
  const med = (key: string, f: (s: Sample) => number) => median(rows[key].map(f));
  const bare = med('bare', wps);
  const extract = med('extract', wps);
  const w1 = med('w1', steady);
  const wAll = med('wAll', steady);
  const w1Wall = med('w1', wps);
  const wAllWall = med('wAll', wps);
  const ratio = (a: Sample[], b: Sample[], f: (s: Sample) => number) => median(a.map((x, i) => f(x) / f(b[i])));
  // same process, whole passes in turn: robust to a noisy neighbour
  const extractRatio = median(rows.extract.map((x) => x.sameRunRatio!));
  const separateRatio = ratio(rows.extract, rows.bare, wps);
  const threadSpeedup = median(threads.all.map((x, i) => (cores * threads.one[i]) / x));
  const speedup = ratio(rows.wAll, rows.w1, steady);
  const speedupWall = ratio(rows.wAll, rows.w1, wps);
  const spinRatio = median(spin.all.map((x, i) => x / spin.one[i]));
  // What the machine allows, from CPU per article: the extracting thread's own (X), V8's platform
  // threads' for it (H: compilation, garbage collection) and the writer's in the main thread (W).
  // One worker runs at most at 1/X, and no more than the cores allow for everything, cores/(X+H+W);
  // N workers at most at min(N/X, cores/(X+H+W), 1/W). Their ratio bounds the speedup.
  const perArticle = (key: string, f: (s: Sample) => number) => med(key, (s) => (1000 * f(s)) / s.articles);
  const X = perArticle('extract', (s) => s.threadCpu ?? Number.NaN);
  const H = perArticle('extract', (s) => s.helperCpu ?? Number.NaN);
  const W = med('writer', (s) => s.writerMs ?? Number.NaN);
  const all = X + H + W;
  const bound = Math.min(cores / X, cores / all, 1 / W) / Math.min(1 / X, cores / all);

  log(`memory growth: ${fmt(scale)} articles (the corpus repeated, each copy made distinct) as JSON Lines on stdin`);
  const growth = await growthCheck(folder, scale, cores, tmp);
  log(`memory growth again with --low-memory`);
  const growthLow = await growthCheck(folder, scale, cores, tmp, ['--low-memory']);
  rmSync(tmp, { recursive: true, force: true });

  const ok = (b: boolean) => (b ? 'met' : '**missed**');
  const rss = (key: string) => mb(med(key, (s) => s.maxRss));
  const lines = [
    `Corpus: ${n} articles (${fmt(rows.bare[0].words)} words), ${folder.startsWith(resolve(ROOT, '..')) ? folder.slice(resolve(ROOT, '..').length + 1) : folder}; medians of ${runs} runs; ${cores} cores; Node ${process.versions.node}.`,
    '',
    '| measurement | words/s | articles/s | peak RSS |',
    '|---|---:|---:|---:|',
    `| wink-nlp bare \`readDoc\` (ceiling) | ${fmt(bare)} | ${fmt(med('bare', (s) => s.articles / s.seconds))} | ${rss('bare')} |`,
    `| extraction alone, 1 thread, no store | ${fmt(extract)} | ${fmt(med('extract', (s) => s.articles / s.seconds))} | ${rss('extract')} |`,
    `| \`claims run\`, 1 worker, fresh DB | ${fmt(w1)} (${fmt(w1Wall)} incl. startup) | ${fmt(med('w1', (s) => s.articles / (s.runSeconds ?? s.seconds)))} | ${rss('w1')} |`,
    `| \`claims run\`, ${cores} workers, fresh DB | ${fmt(wAll)} (${fmt(wAllWall)} incl. startup) | ${fmt(med('wAll', (s) => s.articles / (s.runSeconds ?? s.seconds)))} | ${rss('wAll')} |`,
    `| \`claims run\`, ${cores} workers, \`--low-memory\` | ${fmt(med('wLow', steady))} (${fmt(med('wLow', wps))} incl. startup) | ${fmt(med('wLow', (s) => s.articles / (s.runSeconds ?? s.seconds)))} | ${rss('wLow')} |`,
    ...([['', growth], [', `--low-memory`', growthLow]] as const).map(
      ([how, g]) => `| \`claims run\`, ${cores} workers${how}, ${fmt(g.articles)} articles on stdin | ${fmt(g.words / g.seconds)} | ${fmt(g.articles / g.seconds)} | ${[...g.at].map(([n, kb]) => `${mb(kb)} after ${fmt(n)}`).join('; ')}; ${mb(g.peak)} at ${fmt(g.articles)} |`,
    ),
    '',
    '| target | measured | |',
    '|---|---:|---|',
    `| extraction ≥ 50 % of bare wink-nlp | ${(100 * extractRatio).toFixed(0)} % (same process, bare and extraction passes in turn; ${(100 * separateRatio).toFixed(0)} % from the two rows above, separate processes) | ${ok(extractRatio >= 0.5)} |`,
    `| ${cores} workers ≥ 1.8x 1 worker | ${speedup.toFixed(2)}x (${speedupWall.toFixed(2)}x incl. startup). Ceilings on this machine: extraction alone in ${cores} threads ${threadSpeedup.toFixed(2)}x, CPU spin ${spinRatio.toFixed(2)}x; bound from CPU per article ${bound.toFixed(2)}x (below) | ${ok(speedup >= 1.8)} |`,
    `| peak RSS < 300 MB | ${rss('wAll')} (${cores} workers), ${rss('w1')} (1 worker); with \`--low-memory\` ${rss('wLow')} | ${ok(med('wAll', (s) => s.maxRss) < 300 * 1024)} by default${med('wLow', (s) => s.maxRss) < 300 * 1024 ? ', met with `--low-memory`' : ''} |`,
    ...([['', growth], [' (`--low-memory`)', growthLow]] as const).map(([how, g]) => {
      const signed = (kb: number) => `${kb >= 0 ? '+' : ''}${fmt(kb / 1024)} MB`;
      return `| no growth 1,000 → ${fmt(g.articles)} articles${how} | ${mb(g.at1000)} → ${mb(g.peak)} (${signed(g.peak - g.at1000)}; from ${fmt(5000)}: ${signed(g.peak - (g.at.get(5000) ?? 0))}) | ${ok(g.peak - g.at1000 < 20 * 1024)} |`;
    }),
    '',
    `Worker startup (pipeline + wink model per worker, in parallel): ${med('w1', (s) => s.startup ?? 0).toFixed(2)} s with 1, ${med('wAll', (s) => s.startup ?? 0).toFixed(2)} s with ${cores}.`,
    '',
    `CPU per article (medians): the extracting thread X = ${X.toFixed(2)} ms, V8's platform threads for it (compilation, garbage collection) H = ${H.toFixed(2)} ms, ` +
      `the writer in the main thread (SQLite, transactions of 32) W = ${W.toFixed(2)} ms. One worker runs at most at min(1/X, ${cores}/(X+H+W)), ` +
      `${cores} workers at most at min(${cores}/X, ${cores}/(X+H+W), 1/W): a speedup of at most ${bound.toFixed(2)}x on ${cores} cores` +
      (bound < 1.8 ? `; 1.8x would need H + W ≤ ${((cores / 1.8 - 1) * X).toFixed(2)} ms.` : '.'),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** One run over `total` articles (the corpus repeated, a counter line making each copy distinct), streamed as JSONL on stdin. */
async function growthCheck(folder: string, total: number, cores: number, tmp: string, extra: string[] = []) {
  const texts = files(folder).map((p) => readFileSync(p, 'utf8'));
  const db = join(tmp, `growth${extra.join('')}.db`);
  // peak RSS so far when the store first holds each checkpoint's number of articles
  const checkpoints = [1000, 5000, 10000].filter((c) => c < total);
  const at = new Map<number, number>();
  let hwm = 0;
  const vmHwm = (pid: number): number => {
    // the child is run-ts.js running this script: its own /proc entry
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) : 0;
    } catch {
      return 0;
    }
  };
  const watch = (pid: number) => {
    const timer = setInterval(() => {
      hwm = Math.max(hwm, vmHwm(pid));
      if (at.size === checkpoints.length) return;
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        const n = d.prepare('SELECT count(*) FROM extractions').pluck().get() as number;
        d.close();
        for (const c of checkpoints) if (n >= c && !at.has(c)) at.set(c, hwm);
      } catch {
        // not created yet
      }
    }, 200);
    return () => clearInterval(timer);
  };
  const feed = async (w: NodeJS.WritableStream) => {
    for (let i = 0; i < total; i++) {
      const text = `${texts[i % texts.length]}\n(copy ${Math.floor(i / texts.length)})\n`;
      if (!w.write(`${JSON.stringify({ text, id: `copy-${i}` })}\n`)) await new Promise((r) => w.once('drain', r));
    }
  };
  const s = JSON.parse(await spawnChild(['--child', 'run', '-', '--db', db, '--workers', String(cores), '--no-progress', ...extra], { stdin: feed, watch })) as Sample;
  return { articles: s.articles, words: s.words, seconds: s.runSeconds ?? s.seconds, at1000: at.get(1000) ?? 0, at, peak: s.maxRss };
}

const ci = process.argv.indexOf('--child');
if (ci >= 0) {
  const [mode, ...rest] = process.argv.slice(ci + 1);
  if (mode === 'run') await childRun(rest);
  else if (mode === 'spin') await childSpin(Number(rest[0]));
  else if (mode === 'threads') await childThreads(Number(rest[0]), rest[1]);
  else if (mode === 'writer') await childWriter(rest[0], rest[1]);
  else await child(mode, rest[0]);
} else {
  await parent();
}
