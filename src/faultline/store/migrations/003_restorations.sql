-- What restoration found in each article: the spin score (a source-quality signal), the
-- restored text when anything changed, and each change with its offsets into the input.
CREATE TABLE restorations (
    article_id    TEXT PRIMARY KEY,
    spin_score    DOUBLE PRECISION NOT NULL,
    changes       INTEGER NOT NULL,
    restored_text TEXT,
    detail        TEXT NOT NULL
);
