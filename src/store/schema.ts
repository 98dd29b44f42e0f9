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
  // reviews (claims review) and full-text search over claims (FTS5)
  `
  -- A reviewer's verdict on one claim. Keyed by what survives a re-run: the
  -- article (sha256), the sentence's offsets and the speaker's name as the
  -- extractor gave it ('' for none), never by extraction row ids, which a
  -- re-run replaces. A new extraction never writes here.
  CREATE TABLE reviews (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    speaker TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL CHECK (verdict IN ('accept', 'reject')),
    origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'added')),
    label TEXT NOT NULL CHECK (label IN ('assertion', 'denial', 'warning')),  -- the reviewed label
    name TEXT,                                   -- corrected speaker name; NULL: as extracted
    -- what the extraction said when reviewed (for origin 'added': what the reviewer marked)
    pipeline TEXT,
    extractor_version TEXT,
    ext_label TEXT,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    speaker_start INTEGER,
    speaker_end INTEGER,
    role TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence_start, sentence_end, speaker)
  ) WITHOUT ROWID;

  -- claims are WITHOUT ROWID, so the index is a standalone FTS5 table whose
  -- rowid encodes (extraction_id, idx); triggers keep it in step with claims
  CREATE VIRTUAL TABLE claims_fts USING fts5(
    content, speaker, cue, extraction_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
  );
  INSERT INTO claims_fts (rowid, content, speaker, cue, extraction_id, idx)
    SELECT c.extraction_id * 1000000 + c.idx, c.content_text, coalesce(sp.name, ''), coalesce(c.cue_text, ''), c.extraction_id, c.idx
    FROM claims c LEFT JOIN speakers sp ON sp.id = c.speaker_id;
  CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, content, speaker, cue, extraction_id, idx)
    VALUES (new.extraction_id * 1000000 + new.idx, new.content_text,
            coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), ''), coalesce(new.cue_text, ''), new.extraction_id, new.idx);
  END;
  CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = old.extraction_id * 1000000 + old.idx;
  END;
  `,
  // the articles each run went through
  `
  -- One row for each article a run stored or found already stored (not for
  -- failures, which are in 'failures'). A run's summary reads its articles
  -- here, so that the run need not hold their ids in memory however many
  -- there are. Runs from before this table have no rows in it.
  CREATE TABLE run_articles (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (run_id, article_id)
  ) WITHOUT ROWID;
  `,
];
