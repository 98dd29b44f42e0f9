/**
 * A run's lock file (`DB.run-lock`, holding the pid) tells a new run whether
 * runs still marked 'running' in the store are alive (another `claims run` on
 * the same store) or were killed, so that it may mark them 'interrupted'.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface RunLock {
  /** True when no other live run holds the store: runs left 'running' were killed. */
  owned: boolean;
  release(): void;
}

export function lockRun(dbPath: string): RunLock {
  const file = `${dbPath}.run-lock`;
  const take = (flag: 'wx' | 'w'): boolean => {
    try {
      writeFileSync(file, String(process.pid), { flag });
      return true;
    } catch {
      return false;
    }
  };
  let owned = take('wx');
  if (!owned) {
    let pid = NaN;
    try {
      pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      // unreadable: treat as stale
    }
    if (!(Number.isInteger(pid) && pid !== process.pid && alive(pid))) owned = take('w');
  }
  return {
    owned,
    release() {
      if (!owned) return;
      try {
        if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}
