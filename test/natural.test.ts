import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../src/pipeline.ts';

describe('natural', () => {
  it('imports through src/nlp/natural.ts without writing to stdout (it loads dotenv), and works', () => {
    // a fresh process, without the variable the wrapper sets, as a user's shell would run it
    const env = { ...process.env };
    delete env.DOTENV_CONFIG_QUIET;
    const script = `import natural from ${JSON.stringify(join(ROOT, 'src/nlp/natural.ts'))}; process.stderr.write(String(natural.PorterStemmer.stem('warnings')));`;
    const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env, encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('warn');
  });
});
