"""Display names of actor keys (ISO3 country codes, organisation keys).

Stored events carry codes; people read names. This reads only the two small tables that
name countries and organisations, so a reader of stored events (the API, a report) does not
load the whole knowledge base and its office-holders.
"""

from __future__ import annotations

from functools import lru_cache

from faultline.data import read_table


@lru_cache(maxsize=1)
def actor_names() -> dict[str, str]:
    """Every country and organisation key with its name (organisations win a clash: their
    keys are the ones events store when a country code is not set)."""
    names = {row["iso3"]: row["name"] for row in read_table("actors/countries.tsv")}
    names.update({row["key"]: row["name"] for row in read_table("actors/organisations.tsv")})
    return names


def actor_name(key: str | None) -> str | None:
    """The name of a country or organisation key, or None when it is not one we know."""
    return actor_names().get(key) if key else None
