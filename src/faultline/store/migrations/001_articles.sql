-- Articles as read from their inputs. The id is a hash of the normalised text,
-- so the same article ingested twice is stored once.
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    published   DATE,
    date_source TEXT NOT NULL,
    text        TEXT NOT NULL,
    language    TEXT NOT NULL,
    format      TEXT NOT NULL,
    source      TEXT NOT NULL,
    url         TEXT,
    byte_start  BIGINT NOT NULL,
    byte_end    BIGINT NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE INDEX articles_published ON articles (published);
