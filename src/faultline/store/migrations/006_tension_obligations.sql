-- Tension series and treaty obligations (issue 6).
-- dyad_days: for every ordered pair of actors and day, what was reported between them:
-- counts by quad class, the Goldstein sum, and the conflictual Goldstein mass (the sum of
-- -goldstein over events with a negative score). A side is its country, else its
-- organisation. Counted from merged_events, so copies of one story count once; negated and
-- hypothetical events are left out, historical ones are kept on their own (past) dates.
-- Undirected series add both orders; the tension index is computed over these rows.
CREATE VIEW dyad_days AS
SELECT coalesce(source_country, source_org) AS a,
       coalesce(target_country, target_org) AS b,
       date_start AS day,
       count(*) AS events,
       sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS q1,
       sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS q2,
       sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS q3,
       sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS q4,
       sum(goldstein) AS goldstein_sum,
       sum(CASE WHEN goldstein < 0 THEN -goldstein ELSE 0 END) AS conflict_mass
FROM merged_events
WHERE NOT negated AND NOT hypothetical
  AND coalesce(source_country, source_org) IS NOT NULL
  AND coalesce(target_country, target_org) IS NOT NULL
GROUP BY coalesce(source_country, source_org), coalesce(target_country, target_org),
         date_start;
-- obligations: the treaty commitments each stored event engages, as computed by
-- faultline.analysis.treaties.refresh_obligations from the treaty knowledge base
-- (data/treaties). Recomputed as a whole; committed is a JSON list of actor codes.
CREATE TABLE obligations (
    event_id    TEXT NOT NULL,
    day         DATE NOT NULL,
    treaty      TEXT NOT NULL,
    treaty_name TEXT NOT NULL,
    commitment  TEXT NOT NULL,
    article     TEXT,
    trigger     TEXT NOT NULL,
    engaged     TEXT NOT NULL,
    counterpart TEXT,
    cameo_code  TEXT NOT NULL,
    committed   TEXT NOT NULL,
    how         TEXT NOT NULL,
    historical  BOOLEAN NOT NULL,
    PRIMARY KEY (event_id, treaty)
);
CREATE INDEX obligations_day ON obligations (day);
