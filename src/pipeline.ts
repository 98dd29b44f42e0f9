/**
 * Named pipeline configurations (pipelines/NAME.json): which stages run, which
 * lexicons they read, and their options. The configuration hash covers the
 * JSON and every lexicon it names, so a changed rule file re-extracts.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

/**
 * The package's root: the nearest folder above this module with a
 * package.json and a pipelines/ folder (this module runs from src/ or from a
 * bundle under node_modules/.cache).
 */
export const ROOT = ((): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'pipelines'))) return dir;
    if (dirname(dir) === dir) return resolve(here, '..');
  }
})();
export const PIPELINES_DIR = join(ROOT, 'pipelines');

export interface CueLexicon {
  verbs: Record<string, string[]>;
  nouns: Record<string, string[]>;
  lightVerbs: string[];
  phrases: Array<{ words: string[]; label: string; rule: string; cue: [number, number]; possessive?: boolean }>;
  complementVerbs: string[];
  namingVerbs?: string[];
  /** Verbs of naming that also report with a clause opened by a question word ("described how …"). */
  questionComplementVerbs?: string[];
  /** Verbs of naming whose object may be followed by an adjective that names it ("called the decision disgraceful"), and adjectives that never do ("called the meeting early"). */
  adjectiveComplementVerbs?: string[];
  notNamingAdjectives?: string[];
  passiveAgentCues?: string[];
  /** A verb and an adjective of making known, "it" between or not, before what is made known ("made it clear that …"). */
  makeKnown?: { verbs: string[]; adjectives: string[] };
  /** Verbs that report a statement only before one of `next` or an object headed by one of `objects`, and only of a source ("threatened to sue", "threatened legal action"; not "cold weather threatened stocks"). */
  actOnlyWith?: Record<string, { next: string[]; objects: string[]; afterObject?: string[] }>;
  /** Word forms of cue verbs that are more often a plural noun ("states"): a cue only of a source, or of a singular noun with its article ("The rule states that"), and never after a number or an adjective. */
  sourceOnlyForms?: string[];
  notCueAfter: string[];
  cueExtensions: string[];
  needComplement: string[];
  prepositionCues?: Record<string, string[]>;
  cueNeedsNext?: Record<string, string[]>;
  cueNeverBefore?: Record<string, string[]>;
  cueNeverWithObject?: Record<string, string[]>;
  passiveBefore?: Record<string, string[]>;
  bylineVerbs?: string[];
  headlineVerbs?: string[];
  resumptiveNouns?: string[];
  writerConnectives?: string[];
  discourseVerbs?: string[];
  authorshipVerbs?: string[];
  smallClauseVerbs?: string[];
  findingVerbs?: string[];
  findingNouns?: string[];
  addresseeVerbs?: string[];
  perceptionVerbs?: string[];
  difficultyVerbs?: string[];
  notCueForms?: string[];
  experienceVerbs?: string[];
  headlineNouns?: string[];
  timeSubjectVerbs?: string[];
  infinitiveLeads?: string[];
  gerundComplementVerbs?: string[];
  verbGroup?: { auxiliaries: string[]; adverbs: string[] };
}
export interface TitleLexicon {
  titles: string[];
  honorifics: string[];
  collectivePlurals?: string[];
  styles?: string[];
  groupNouns: string[];
  documentNouns: string[];
  /** Texts and broadcasts that say what a participle after them reports ("a letter saying"). */
  mediaNouns?: string[];
  /** Where or in what a statement was made ("In an interview, …"). */
  occasionNouns?: string[];
  /** Head nouns after an outlet's name that name it alone ("The Times newspaper"). */
  outletNouns?: string[];
  orgWords: string[];
  /** Nouns that stand for one person ("the spokesman"): such a source can be "he" or "she" later. */
  personNouns: string[];
  /** Head nouns of definite descriptions that stand for a named organisation ("the firm"). */
  orgDescriptors: string[];
  /** Descriptors of a newspaper or magazine ("the paper"), and the words its name ends in ("Times", "News"): such a description stands only for such a name. */
  pressDescriptors?: string[];
  pressNameWords?: string[];
  /** Among orgDescriptors, those an organisation's own name holds ("the committee" is the Public Accounts Committee): they stand only for such a name. */
  namedDescriptors?: string[];
  firmDescriptors?: string[];
  publicBodyWords?: string[];
  parties?: string[];
  /** Bodies that hear statements ("the court heard"): the source of what they were told. */
  venueNouns?: string[];
  sourceModifiers?: string[];
}
export interface PronounLexicon {
  person: string[];
  plural: string[];
  thing: string[];
  firstPerson: string[];
  notSpeakers: string[];
  feminine?: string[];
  masculine?: string[];
  femaleMarkers?: string[];
  maleMarkers?: string[];
  femaleNames?: string[];
  maleNames?: string[];
}
export interface LabelPhrases {
  denial: string[];
  warning: string[];
  /** Warning said as a trigger (modal, risk verb) followed closely by a bad outcome. */
  /** `pastModals`: triggers that foretell nothing in the perfect ("could have been a lot worse"); `notAfterTrigger`: words that make a
   * trigger an idiom that foretells nothing ("might as well walk away"). */
  warningConstructions?: { triggers: string[]; outcomes: string[]; pastModals?: string[]; averting?: string[]; mending?: string[]; notAfterTrigger?: string[] };
}

export interface PipelineOptions {
  headlineMaxWords: number;
  followOnQuotes: boolean;
  contentLabels: boolean;
}

export interface PipelineConfig {
  name: string;
  description: string;
  stages: string[];
  lexicons: { cues: string; titles: string; pronouns: string; labels: string; firstNames?: string; places?: string };
  options: PipelineOptions;
}

export interface Pipeline {
  config: PipelineConfig;
  cues: CueLexicon;
  titles: TitleLexicon;
  pronouns: PronounLexicon;
  labels: LabelPhrases;
  /** First names by gender (generated from compromise's lexicon), or none. */
  firstNames: { female: string[]; male: string[] };
  /** Names of places, lower case (generated from compromise's lexicon), or none. */
  places: string[];
  /** sha256 over the configuration and its lexicons: what "same configuration" means. */
  hash: string;
}

export const KNOWN_STAGES = ['ingest', 'tokenize', 'quotes', 'attribute', 'classify'];

export function listPipelines(): string[] {
  return readdirSync(PIPELINES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

const cache = new Map<string, Pipeline>();

/** Loads a pipeline by name (pipelines/NAME.json) or by path to a JSON file. */
export function loadPipeline(nameOrPath = 'news'): Pipeline {
  const hit = cache.get(nameOrPath);
  if (hit) return hit;
  const file = nameOrPath.endsWith('.json') ? resolve(nameOrPath) : join(PIPELINES_DIR, `${nameOrPath}.json`);
  if (!existsSync(file)) {
    throw new Error(`unknown pipeline "${nameOrPath}": no ${file}; known: ${listPipelines().join(', ')}`);
  }
  const hash = createHash('sha256');
  const raw = readFileSync(file, 'utf8');
  hash.update(raw);
  const config = JSON.parse(raw) as PipelineConfig;
  for (const s of config.stages) {
    if (!KNOWN_STAGES.includes(s)) throw new Error(`pipeline ${file}: unknown stage "${s}" (known: ${KNOWN_STAGES.join(', ')})`);
  }
  const base = dirname(file);
  const read = <T>(rel: string): T => {
    const text = readFileSync(join(base, rel), 'utf8');
    hash.update(text);
    return JSON.parse(text) as T;
  };
  const p: Pipeline = {
    config,
    cues: read<CueLexicon>(config.lexicons.cues),
    titles: read<TitleLexicon>(config.lexicons.titles),
    pronouns: read<PronounLexicon>(config.lexicons.pronouns),
    labels: read<LabelPhrases>(config.lexicons.labels),
    firstNames: config.lexicons.firstNames ? read<{ female: string[]; male: string[] }>(config.lexicons.firstNames) : { female: [], male: [] },
    places: config.lexicons.places ? read<{ places: string[] }>(config.lexicons.places).places : [],
    hash: '',
  };
  // a phrase is looked for where its first word stands: it cannot begin with a slot
  for (const ph of p.cues.phrases) {
    if (ph.words[0] === 'SPK' || ph.words[0] === 'QUOTE') throw new Error(`pipeline ${file}: cue phrase "${ph.words.join(' ')}" must begin with a word, not ${ph.words[0]}`);
  }
  p.hash = hash.digest('hex').slice(0, 16);
  cache.set(nameOrPath, p);
  return p;
}

export const VERSION: string = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
