"""Reading the stored record as a whole: tension between actors, alerts, treaty obligations.

Everything here reads the database (``merged_events``, so copies of one story count once)
and the knowledge in ``faultline/data``; nothing here codes text. The CLI and the API call
these functions and only format what they return.

- ``tension``: per-day series for a pair of actors and the most tense pairs.
- ``alerts``: rises of conflict against each pair's own recent past, with evidence events.
- ``treaties``: the treaty knowledge base and the commitments each event engages.
"""
