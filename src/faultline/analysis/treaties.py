"""Alliances and treaties, and whose commitments a coded event engages.

Analysts reading "Armenia asks the CSTO for consultations" need to know who is bound to
answer. The treaty knowledge base (``data/treaties/treaties.tsv``, with organisation
memberships from ``data/actors/memberships.tsv``) says who is a party to which commitment
on a given day; the rules in ``data/treaties/triggers.tsv`` say which events engage one:
material conflict against a party, a party's accusation of aggression, a threat, or a
party's appeal to the treaty's organisation or to a fellow party. ``refresh_obligations``
computes every engagement of the stored events into the ``obligations`` table, which
``obligations`` (and the API) read.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from faultline.coding.tables import cameo_codes
from faultline.data import read_table, split_list
from faultline.store.base import Store, range_clause

#: What each kind of commitment binds the committed parties to, for the "how" sentence.
DUTIES = {
    "collective_defence": "treat an attack on {e} as an attack on all and assist it",
    "mutual_defence": "assist {e} if it is attacked",
    "consultation": "consult with {e} on the threat",
    "guarantee": "uphold the guarantee given to {e}",
    "non_aggression": "refrain from force against {e}",
    "alliance_assistance": "cooperate with {e} on its defence",
}

OBLIGATION_COLUMNS = ("event_id", "day", "treaty", "treaty_name", "commitment", "article",
                      "trigger", "engaged", "counterpart", "cameo_code", "committed", "how",
                      "historical")


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Treaty:
    """One commitment of one treaty (a treaty with two kinds of commitment has two rows)."""

    key: str
    name: str
    commitment: str
    article: str | None
    org: str | None
    parties: tuple[str, ...]
    protects: tuple[str, ...]
    signed: date
    in_force: date | None
    ended: date | None
    note: str

    @property
    def start(self) -> date:
        """When the commitment starts to bind: entry into force, else signature."""
        return self.in_force or self.signed

    def in_force_on(self, day: date) -> bool:
        return self.start <= day and (self.ended is None or day < self.ended)

    def reference(self) -> str:
        """How a sentence names the commitment: "Article 4 of the Collective Security Treaty"."""
        return f"{self.article} of the {self.name}" if self.article else f"the {self.name}"


@dataclass(frozen=True, slots=True)
class Spell:
    """A party's membership of a treaty, from ``joined`` until the day before ``left``."""

    party: str
    joined: date
    left: date | None

    def covers(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A rule of ``triggers.tsv``: which events engage which kinds of commitment."""

    cameo: str
    target_sector: str | None
    trigger: str
    engaged: str
    appeal_to: str | None
    commitments: frozenset[str]

    def matches(self, cameo_code: str, target_sector: str | None) -> bool:
        return cameo_code.startswith(self.cameo) and (
            self.target_sector is None or self.target_sector == target_sector)


class TreatyBase:
    """Treaties, their parties over time, and the rules that engage them."""

    def __init__(self, treaties: list[Treaty], memberships: dict[str, list[Spell]],
                 triggers: list[Trigger]) -> None:
        self.treaties = treaties
        self.triggers = triggers
        self.spells = {t.key: self._spells(t, memberships) for t in treaties}
        self._by_party: dict[str, list[Treaty]] = defaultdict(list)
        for treaty in treaties:
            for party in sorted({s.party for s in self.spells[treaty.key]}):
                self._by_party[party].append(treaty)
        self._parties: dict[tuple[str, date], tuple[str, ...]] = {}

    @staticmethod
    def _spells(treaty: Treaty, memberships: dict[str, list[Spell]]) -> list[Spell]:
        """Each party's spells, clipped to the treaty's life (org members join and leave)."""
        if not treaty.org:
            return [Spell(p, treaty.start, treaty.ended) for p in treaty.parties]
        clipped = []
        for spell in memberships.get(treaty.org, []):
            joined = max(spell.joined, treaty.start)
            left = min((d for d in (spell.left, treaty.ended) if d), default=None)
            if left is None or joined < left:
                clipped.append(Spell(spell.party, joined, left))
        return clipped

    def party_spells(self, key: str) -> list[Spell]:
        """Who was a party to a treaty row and when: the membership history the KB holds."""
        return list(self.spells[key])

    def parties(self, treaty: Treaty, day: date) -> tuple[str, ...]:
        """The parties bound on a day (none before entry into force or after the end)."""
        key = (treaty.key, day)
        if key not in self._parties:
            bound = {s.party for s in self.spells[treaty.key] if s.covers(day)}
            self._parties[key] = tuple(sorted(bound)) if treaty.in_force_on(day) else ()
        return self._parties[key]

    def treaties_of(self, party: str) -> list[Treaty]:
        """The treaty rows a state was ever party to, in file order."""
        return self._by_party.get(party, [])

    def treaty(self, key: str) -> Treaty:
        return next(t for t in self.treaties if t.key == key)

    def cameo_prefixes(self) -> list[str]:
        return sorted({t.cameo for t in self.triggers})


def _treaty(row: dict[str, str]) -> Treaty:
    return Treaty(key=row["key"], name=row["name"], commitment=row["commitment"],
                  article=row["article"] or None, org=row["org"] or None,
                  parties=tuple(split_list(row["parties"])),
                  protects=tuple(split_list(row["protects"])), signed=date.fromisoformat(
                      row["signed"]), in_force=_day(row["in_force"]), ended=_day(row["ended"]),
                  note=row["note"])


def _trigger(row: dict[str, str]) -> Trigger:
    return Trigger(cameo=row["cameo"], target_sector=row["target_sector"] or None,
                   trigger=row["trigger"], engaged=row["engaged"],
                   appeal_to=row["appeal_to"] or None,
                   commitments=frozenset(split_list(row["commitments"])))


@lru_cache(maxsize=1)
def treaty_base() -> TreatyBase:
    """The bundled treaty knowledge base (loaded once)."""
    memberships: dict[str, list[Spell]] = defaultdict(list)
    for row in read_table("actors/memberships.tsv"):
        memberships[row["org"]].append(
            Spell(row["iso3"], date.fromisoformat(row["joined"]), _day(row["left"])))
    return TreatyBase([_treaty(r) for r in read_table("treaties/treaties.tsv")],
                      dict(memberships), [_trigger(r) for r in read_table("treaties/triggers.tsv")])


@lru_cache(maxsize=1)
def actor_names() -> dict[str, str]:
    """Readable names of countries (ISO3) and organisations (key), for the "how" sentence."""
    names = {r["iso3"]: r["name"] for r in read_table("actors/countries.tsv")}
    names.update({r["key"]: r["key"] for r in read_table("actors/organisations.tsv")})
    return names


def _name(code: str | None) -> str:
    return actor_names().get(code, code) if code else "an unidentified actor"


def _names(codes: list[str]) -> str:
    named = [_name(c) for c in codes]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """The fields of a stored event that engagement depends on."""

    event_id: str
    day: date
    historical: bool
    source_country: str | None
    source_org: str | None
    target_country: str | None
    target_org: str | None
    target_sector: str | None
    cameo_code: str

    @property
    def source(self) -> str | None:
        return self.source_country or self.source_org

    @property
    def target(self) -> str | None:
        return self.target_country or self.target_org


def engagements(event: CodedEvent, base: TreatyBase | None = None) -> list[dict[str, Any]]:
    """The treaty commitments one event engages, one dict per treaty row (first rule wins)."""
    base = base or treaty_base()
    found: dict[str, dict[str, Any]] = {}
    for rule in base.triggers:
        if not rule.matches(event.cameo_code, event.target_sector):
            continue
        engaged = event.source_country if rule.engaged == "source" else event.target_country
        counterpart = event.target if rule.engaged == "source" else event.source
        if engaged is None or counterpart == engaged:
            continue
        for treaty in base.treaties_of(engaged):
            if treaty.key in found or treaty.commitment not in rule.commitments:
                continue
            committed = _committed(base, treaty, rule, event, engaged, counterpart)
            if committed:
                found[treaty.key] = _obligation(base, event, treaty, rule, engaged,
                                                counterpart, committed)
    return list(found.values())


def _committed(base: TreatyBase, treaty: Treaty, rule: Trigger, event: CodedEvent,
               engaged: str, counterpart: str | None) -> list[str]:
    """The parties a rule binds to act for ``engaged`` under a treaty, or none."""
    parties = base.parties(treaty, event.day)
    if engaged not in parties:
        return []
    if rule.appeal_to == "body":
        appealed_to_body = treaty.org is not None and event.target_org == treaty.org
        return [p for p in parties if p != engaged] if appealed_to_body else []
    if rule.appeal_to == "partner":
        return [counterpart] if counterpart in parties else []
    if treaty.protects and engaged not in treaty.protects:
        return []
    if treaty.commitment == "non_aggression":
        return [counterpart] if counterpart in parties else []
    bound = [p for p in parties if p != engaged and p != counterpart]
    return [p for p in bound if p not in treaty.protects]


def _obligation(base: TreatyBase, event: CodedEvent, treaty: Treaty, rule: Trigger,
                engaged: str, counterpart: str | None, committed: list[str]) -> dict[str, Any]:
    return {"event_id": event.event_id, "day": event.day, "treaty": treaty.key,
            "treaty_name": treaty.name, "commitment": treaty.commitment,
            "article": treaty.article, "trigger": rule.trigger, "engaged": engaged,
            "counterpart": counterpart, "cameo_code": event.cameo_code, "committed": committed,
            "how": how(event, treaty, rule, engaged, counterpart, committed,
                       counterpart in base.parties(treaty, event.day)),
            "historical": event.historical}


def how(event: CodedEvent, treaty: Treaty, rule: Trigger, engaged: str,
        counterpart: str | None, committed: list[str], counterpart_is_party: bool) -> str:
    """One sentence saying what happened, which commitment it engages and who is bound."""
    cameo = cameo_codes().get(event.cameo_code)
    act = f"CAMEO {event.cameo_code}" + (f", {cameo.name.lower()}" if cameo else "")
    who, other = _name(engaged), _name(counterpart)
    if rule.trigger == "appeal" and rule.appeal_to == "body":
        what = f"{who} appealed to the {other} ({act}), invoking"
    elif rule.trigger == "appeal":
        what = f"{who} appealed to {other}, a fellow party ({act}), invoking"
    elif rule.trigger == "accusation":
        what = f"{who} accused {other} of hostile action ({act}), which if borne out engages"
    elif rule.trigger == "threat":
        what = f"{who} was threatened by {other} ({act}), which engages"
    else:
        what = f"{who} was the target of material conflict by {other} ({act}), which engages"
    verb = "is" if len(committed) == 1 else "are"
    duty = DUTIES.get(treaty.commitment, "act for {e}").format(e=who)
    party = ""
    if counterpart_is_party and rule.appeal_to is None and treaty.commitment != "non_aggression":
        party = f" ({other} is itself a party)"
    return f"{what} {treaty.reference()}: {_names(committed)} {verb} bound to {duty}{party}."


def _candidates(store: Store, base: TreatyBase) -> list[CodedEvent]:
    """Stored merged events whose code some rule may match (negated and hypothetical left out)."""
    prefixes = base.cameo_prefixes()
    like = " OR ".join("cameo_code LIKE ?" for _ in prefixes)
    rows = store.execute(
        "SELECT event_id, date_start, historical, source_country, source_org, target_country, "
        "target_org, target_sector, cameo_code FROM merged_events "
        f"WHERE NOT negated AND NOT hypothetical AND ({like}) ORDER BY date_start, event_id",
        [p + "%" for p in prefixes])
    return [CodedEvent(*row) for row in rows]


def refresh_obligations(store: Store, base: TreatyBase | None = None) -> int:
    """Recompute the ``obligations`` table from the stored events; return its row count.

    Recomputed whole, because a change to the knowledge base or to the event merging can
    change any row; it reads only the events some rule may match.
    """
    base = base or treaty_base()
    with store.rewriting("obligations"):  # read the events under the lock, so none are missed
        rows = [row for event in _candidates(store, base) for row in engagements(event, base)]
        for row in rows:
            row["committed"] = json.dumps(row["committed"])
        store.execute("DELETE FROM obligations")
        if rows:
            store.insert_rows("obligations", rows)
    return len(rows)


def obligations(store: Store, since: date | None = None,
                until: date | None = None) -> list[dict[str, Any]]:
    """Stored obligations in date order (as last computed by ``refresh_obligations``)."""
    clause, params = range_clause("day", since, until)
    sql = (f"SELECT {', '.join(OBLIGATION_COLUMNS)} FROM obligations WHERE {clause} "
           "ORDER BY day, event_id, treaty")
    records = [dict(zip(OBLIGATION_COLUMNS, row, strict=True))
               for row in store.execute(sql, params)]
    for record in records:
        record["committed"] = json.loads(record["committed"])
    return records
