#!/usr/bin/env node
// Runs a TypeScript script through tsx: node src/bin/run-ts.js SCRIPT.ts [args...]
process.env.DOTENV_CONFIG_QUIET ??= 'true';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
const { register } = await import('tsx/esm/api');
register();
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node src/bin/run-ts.js SCRIPT.ts [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], script, ...rest];
await import(pathToFileURL(resolve(script)).href);
