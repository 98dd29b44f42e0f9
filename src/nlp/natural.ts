/**
 * The one place that imports `natural`. natural loads dotenv on import, which
 * prints to stdout and reads a `.env`: quiet it first, so `--json` output stays
 * clean. Import natural from here, never directly.
 */
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const mod = await import('natural');
const natural = (mod as unknown as { default: typeof import('natural') }).default ?? mod;
export default natural;
