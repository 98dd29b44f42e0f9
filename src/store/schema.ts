/**
 * SQLite schema, as numbered migrations applied in order and recorded in
 * `PRAGMA user_version`. Never edit a migration that has shipped: add one.
 */
export const MIGRATIONS: string[] = [
  // 1: the extraction store
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    extractor_version TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    args TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'running',      -- running | done | failed | interrupted
    articles_done INTEGER NOT NULL DEFAULT 0,
    articles_skipped INTEGER NOT NULL DEFAULT 0,
    articles_failed INTEGER NOT NULL DEFAULT 0
  );

  -- one row per distinct text (sha256 of its bytes); the text is kept so that
  -- every offset below can be read back
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    date TEXT,
    headline TEXT,
    headline_start INTEGER,
    headline_end INTEGER,
    text TEXT NOT NULL,
    words INTEGER NOT NULL DEFAULT 0,
    first_run INTEGER REFERENCES runs(id)
  );

  -- one extraction per (article, extractor version, pipeline): re-running replaces it
  CREATE TABLE extractions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    extractor_version TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    created_at TEXT NOT NULL,
    result TEXT NOT NULL,                        -- the ArticleResult JSON, minus nothing
    UNIQUE (article_id, extractor_version, pipeline)
  );

  CREATE TABLE sentences (
    extraction_id INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (extraction_id, idx)
  ) WITHOUT ROWID;

  CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  );

  CREATE TABLE claims (
    extraction_id INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    grp TEXT NOT NULL,
    label TEXT NOT NULL CHECK (label IN ('assertion', 'denial', 'warning')),
    confidence REAL NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_role TEXT,
    cue_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    content_text TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    quotes TEXT NOT NULL DEFAULT '[]',           -- JSON array of quote indices
    evidence TEXT NOT NULL DEFAULT '[]',         -- JSON array of rule names
    PRIMARY KEY (extraction_id, idx)
  ) WITHOUT ROWID;
  CREATE INDEX claims_speaker ON claims(speaker_id);
  CREATE INDEX claims_label ON claims(label);

  CREATE TABLE quotes (
    extraction_id INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    claim INTEGER,
    PRIMARY KEY (extraction_id, idx)
  ) WITHOUT ROWID;

  CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
  );

  -- read claims in one row each from the sqlite3 shell:
  --   sqlite3 output/claims.db "SELECT * FROM claim_rows LIMIT 20"
  CREATE VIEW claim_rows AS
  SELECT a.path AS article,
         a.date AS date,
         c.sentence AS sentence,
         sp.name AS speaker,
         c.speaker_role AS role,
         c.label AS label,
         c.cue_text AS cue,
         c.content_text AS content,
         round(c.confidence, 2) AS confidence,
         e.extractor_version AS extractor_version,
         e.pipeline AS pipeline,
         a.id AS article_id,
         c.idx AS claim
  FROM claims c
  JOIN extractions e ON e.id = c.extraction_id
  JOIN articles a ON a.id = e.article_id
  LEFT JOIN speakers sp ON sp.id = c.speaker_id
  ORDER BY a.path, c.idx;
  `,
];
