#!/usr/bin/env node
// Entry point of the `claims` command. It runs the CLI bundled by esbuild
// (see bundle.js), or the TypeScript sources through tsx when bundles are off.
// natural (imported later) loads dotenv, which would print to stdout: keep it quiet.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { bundledCli } = await import('./bundle.js');
const bundle = await bundledCli();
let main;
if (bundle) {
  // stack traces point into src/, not into the bundle
  process.setSourceMapsEnabled(true);
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/index.ts'));
}
process.exitCode = await main(process.argv);
