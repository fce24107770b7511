-- Story clusters and merged events (issue 7).
-- story_keys: the LSH keys of each article's MinHash over its names and numbers (one
-- signed 64-bit key per band), to find the stories a new article may belong to. They
-- replace the band/bucket text pairs of 004.
DROP TABLE fingerprints;
CREATE TABLE story_keys (
    article_id TEXT NOT NULL,
    key        BIGINT NOT NULL
);
CREATE INDEX story_keys_key ON story_keys (key);
-- stories: every stored article's story; story_id is the id of the story's first stored
-- article and never changes; the canonical article (least spun, then earliest) is chosen
-- when reading. similarity is to the member it was matched with (1.0 for the first);
-- spin_score is the article's, kept so later placements need not recompute it.
CREATE TABLE stories (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL,
    similarity DOUBLE PRECISION NOT NULL,
    spun       BOOLEAN NOT NULL,
    spin_score DOUBLE PRECISION NOT NULL
);
CREATE INDEX stories_story ON stories (story_id);
-- event_links: every coded event (a mention) and the merged event it reports; merged_id
-- is the event_id of the merged event's first mention, which never changes. The
-- representative mention is the one with the most specific code (the smallest id among
-- equals, so the order reports arrive in does not matter):
-- "asked for help" then "asked for military aid" is an appeal for military aid. Events
-- with no row are their own merged event.
CREATE TABLE event_links (
    event_id       TEXT PRIMARY KEY,
    merged_id      TEXT NOT NULL,
    representative BOOLEAN NOT NULL
);
CREATE INDEX event_links_merged ON event_links (merged_id);
-- One row per real-world event: the representative mention's columns plus the merged id
-- and how many mentions, articles and sources (stories) report it. Counts (tension,
-- alerts) read this view.
CREATE VIEW merged_events AS
SELECT e.*,
       coalesce(l.merged_id, e.event_id) AS merged_id,
       coalesce(m.mentions, 1) AS mentions,
       coalesce(m.articles, 1) AS articles,
       coalesce(m.sources, 1)  AS sources
FROM events e
LEFT JOIN event_links l ON l.event_id = e.event_id
LEFT JOIN (
    SELECT l2.merged_id, count(*) AS mentions, count(DISTINCT e2.article_id) AS articles,
           count(DISTINCT coalesce(s.story_id, e2.article_id)) AS sources
    FROM event_links l2
    JOIN events e2 ON e2.event_id = l2.event_id
    LEFT JOIN stories s ON s.article_id = e2.article_id
    GROUP BY l2.merged_id
) m ON m.merged_id = l.merged_id
WHERE l.event_id IS NULL OR l.representative;
