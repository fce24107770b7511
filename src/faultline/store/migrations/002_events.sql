-- Coded events. Filterable fields are columns; the whole record, as event.schema.json
-- prints it, is kept in `record` so output needs no reassembly.
CREATE TABLE events (
    event_id       TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    event_date     TEXT NOT NULL,
    date_start     DATE NOT NULL,
    date_basis     TEXT NOT NULL,
    historical     BOOLEAN NOT NULL,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    source_code    TEXT NOT NULL,
    source_country TEXT,
    source_org     TEXT,
    source_sector  TEXT,
    source_person  TEXT,
    target_code    TEXT,
    target_country TEXT,
    target_org     TEXT,
    target_sector  TEXT,
    target_person  TEXT,
    cameo_code     TEXT NOT NULL,
    cameo_root     TEXT NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    quad_class     INTEGER NOT NULL,
    plover_type    TEXT NOT NULL,
    plover_mode    TEXT,
    speaker_code   TEXT,
    confidence     DOUBLE PRECISION NOT NULL,
    record         TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_source ON events (source_country);
CREATE INDEX events_target ON events (target_country);
