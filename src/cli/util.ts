import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { openDb, type DB } from '../store/store.ts';
import { join } from 'node:path';

/** Expands files and directories (recursively, files ending in `ext`) into a sorted list of files; missing paths are reported, not thrown. */
export function expandInputs(paths: string[], onMissing: (path: string, reason: string) => void, ext = '.txt'): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      onMissing(p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message);
      continue;
    }
    if (st.isDirectory()) out.push(...walk(p, ext));
    else out.push(p);
  }
  return out;
}

function walk(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, ext));
    else if (e.isFile() && e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** A plain text table with aligned columns. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (typeof rows[0]?.[i] === 'number' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

/** The options of commands that read a store: --db, --pipeline, --extractor-version. */
export function storeReadOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'SQLite store', 'output/claims.db')
    .option('-p, --pipeline <name>', 'only extractions by this pipeline')
    .option('--extractor-version <v>', 'only extractions by this extractor version');
}

/** Opens an existing store (read-only unless asked), or says on stderr that there is none and sets the exit code. */
export function openExistingStore(command: string, path: string, exit: { code: number }, opts: { readonly?: boolean } = {}): DB | null {
  if (!existsSync(path)) {
    process.stderr.write(`claims ${command}: no store at ${path} (run "claims run" first)\n`);
    exit.code = 1;
    return null;
  }
  return openDb(path, { readonly: opts.readonly ?? true });
}
