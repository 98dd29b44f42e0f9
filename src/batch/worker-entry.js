// Entry of a batch worker thread: plain JS, so that it can register tsx
// (worker threads do not inherit the main thread's loader) before it imports
// the TypeScript worker. natural loads dotenv, which prints to stdout: quiet.
process.env.DOTENV_CONFIG_QUIET = 'true';
const { register } = await import('tsx/esm/api');
register();
await import('./worker.ts');
