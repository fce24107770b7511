-- Locality-sensitive-hash buckets of each article's signature over the words spinners
-- leave alone (names, numbers), to find the stored original of a new copy; and the links
-- from copies to the originals they were restored from.
CREATE TABLE fingerprints (
    article_id TEXT NOT NULL,
    band       INTEGER NOT NULL,
    bucket     TEXT NOT NULL
);
CREATE INDEX fingerprints_bucket ON fingerprints (band, bucket);
CREATE TABLE copies (
    article_id  TEXT PRIMARY KEY,
    original_id TEXT NOT NULL,
    similarity  DOUBLE PRECISION NOT NULL
);
