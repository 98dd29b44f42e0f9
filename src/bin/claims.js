#!/usr/bin/env node
// Entry point of the `claims` command: runs the TypeScript sources through tsx.
// natural (imported later) loads dotenv, which would print to stdout: keep it quiet.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/index.ts');
process.exitCode = await main(process.argv);
