"""The actor knowledge base: countries, institutions, organisations, offices and sectors.

Everything here is loaded from the data files in ``faultline/data/actors`` (each names its
sources); this module only indexes them. The index maps every normalised name form to the
entries it may denote, so a resolver can look up any phrase in one dictionary probe. The
knowledge base knows nothing of events or documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from faultline.data import read_table, split_list

ACRONYM = re.compile(r"^[A-Z]{2,3}$")


@lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """The form names are indexed under: accents, case, dots and curly quotes folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b|\s|$)", "", text)  # U.S. -> US
    text = re.sub(r"[\-–—]", " ", text)
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def parse_day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing a name can denote.

    ``kind`` is country, adjective, capital, place, place_adjective, institution, org,
    person, role or sector (a place is a city or region other than the capital: "Mekelle";
    a place_adjective is a region's or people's: "Chechen", "Rohingya");
    ``key`` is an ISO3 code, organisation key, person name, role name or sector list.
    ``exact`` is the case-sensitive form a short acronym must have (US, not "us").
    """

    kind: str
    key: str
    sectors: tuple[str, ...] = ()
    exact: str | None = None


@dataclass(frozen=True, slots=True)
class Office:
    """One spell of one person in one office."""

    person: str
    country: str | None
    org: str | None
    role: str
    sectors: tuple[str, ...]
    start: date | None
    end: date | None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Organisation:
    key: str
    code: str
    name: str
    kind: str
    parent: str | None
    country: str | None
    founded: date | None = None
    dissolved: date | None = None

    def exists(self, on: date) -> bool:
        """Whether the body existed on that day (unknown dates count as always)."""
        return (self.founded is None or self.founded <= on) and \
            (self.dissolved is None or on <= self.dissolved)


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    office_roles: tuple[str, ...]
    sectors: tuple[str, ...]
    rank: int


class KnowledgeBase:
    """All actor facts, indexed by normalised name."""

    def __init__(self) -> None:
        self.index: dict[str, list[Entry]] = defaultdict(list)
        #: names the tables write in lower case ("euro zone"): news writes them so too
        self.lowercase_names: set[str] = set()
        self.country_names: dict[str, str] = {}
        self.sovereign: dict[str, str] = {}
        self.orgs: dict[str, Organisation] = {}
        self.roles: dict[str, Role] = {}
        self.offices: list[Office] = []
        self.offices_by_person: dict[str, list[Office]] = defaultdict(list)
        self.memberships: dict[str, list[tuple[str, date | None, date | None, str]]] = \
            defaultdict(list)
        self.max_words = 1
        self.surface_forms: list[tuple[str, Entry]] = []
        #: every word-prefix of every indexed name, so matching can stop early
        self.prefixes: set[str] = set()
        self._sole: dict[str, str] | None = None
        self._load_countries()
        self._load_places()
        self._load_place_adjectives()
        self._load_institutions()
        self._load_organisations()
        self._load_roles_and_sectors()
        self._load_offices()
        self._load_memberships()

    # -- loading --------------------------------------------------------------
    def add(self, name: str, entry: Entry) -> None:
        key = normalise(name)
        if not key:
            return
        if key.startswith("the ") and len(key) > 4:
            self.add(name[4:], entry)  # "the Security Council" is also "a Security Council vote"
        if ACRONYM.match(name.replace(".", "")) and entry.kind not in ("role", "sector"):
            entry = Entry(entry.kind, entry.key, entry.sectors, exact=name.replace(".", ""))
        if name.islower() and entry.kind not in ("role", "sector"):
            self.lowercase_names.add(key)
        if entry not in self.index[key]:
            self.index[key].append(entry)
            self.surface_forms.append((name, entry))
            words = key.split()
            self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
            # The matcher reads "People's" as "People" + "'s", so "Democratic People's
            # Republic" passes through "democratic people" on its way to the full name.
            self.prefixes.update(" ".join([*words[:n - 1], words[n - 1][:-2]])
                                 for n in range(1, len(words) + 1)
                                 if words[n - 1].endswith("'s") and len(words[n - 1]) > 2)
        self.max_words = max(self.max_words, key.count(" ") + 1)

    def _load_countries(self) -> None:
        """States by their names, adjectives and capitals. A dependent territory's names
        are places of its sovereign (``territories.tsv``): events there are that state's."""
        self.sovereign = {row["iso3"]: row["sovereign"]
                          for row in read_table("actors/territories.tsv")}
        for row in read_table("actors/countries.tsv"):
            iso3 = row["iso3"]
            self.country_names[iso3] = row["name"]
            owner = self.sovereign.get(iso3)
            state, adjective_kind, capital_kind = (owner, "place_adjective", "place") \
                if owner else (iso3, "adjective", "capital")
            for name in [row["name"], *split_list(row["aliases"]), *split_list(row["historical"])]:
                self.add(name, Entry("place" if owner else "country", state))
            for adjective in split_list(row["adjectives"]):
                self.add(adjective, Entry(adjective_kind, state))
            for capital in split_list(row["capital"]):
                self.add(capital, Entry(capital_kind, state))

    def state_of(self, code: str) -> str:
        """The state a code stands for: a dependent territory's sovereign, else itself."""
        return self.sovereign.get(code, code)

    def _load_places(self) -> None:
        for row in read_table("actors/places.tsv"):
            self.add(row["place"], Entry("place", self.state_of(row["country"])))

    def _load_place_adjectives(self) -> None:
        """"Chechen", "Catalan": adjectives of regions and peoples, which give a state but
        not its offices (a separate kind, so "the Chechen leader" is not Russia's president)."""
        for row in read_table("actors/place_adjectives.tsv"):
            self.add(row["adjective"], Entry("place_adjective", self.state_of(row["country"])))

    def _load_institutions(self) -> None:
        """State organs by name ("the Kremlin"), companies by name ("Gazprom", "Huawei")
        and parties by name ("Likud", "Ennahda"): each stands for a sector of one state."""
        for table in ("actors/institutions.tsv", "actors/companies.tsv", "actors/parties.tsv"):
            for row in read_table(table):
                sectors = tuple(split_list(row["sectors"]))
                for name in [row["name"], *split_list(row["aliases"])]:
                    self.add(name, Entry("institution", self.state_of(row["country"]),
                                         sectors))

    def _load_organisations(self) -> None:
        for row in read_table("actors/organisations.tsv"):
            parent = row["parent"] or None
            country = parent.split(":", 1)[1] if parent and parent.startswith("country:") else None
            org = Organisation(row["key"], row["code"], row["name"], row["kind"],
                               None if country else parent, country,
                               parse_day(row["founded"]), parse_day(row["dissolved"]))
            self.orgs[org.key] = org
            for name in [row["name"], *split_list(row["aliases"])]:
                self.add(name, Entry("org", org.key))
            # the key is our label, a name only as written ("CSTO"; "MINSK" is no Minsk)
            self.add(row["key"], Entry("org", org.key, exact=row["key"]))

    def _load_roles_and_sectors(self) -> None:
        for row in read_table("actors/roles.tsv"):
            role = Role(row["role"], tuple(split_list(row["office_roles"])),
                        tuple(split_list(row["sectors"])), int(row["rank"]))
            self.roles[role.name] = role
            for term in split_list(row["terms"]):
                self.add(term, Entry("role", role.name, role.sectors))
        for row in read_table("actors/sectors.tsv"):
            sectors = tuple(split_list(row["sectors"]))
            self.add(row["term"], Entry("sector", "|".join(sectors), sectors))

    def _load_offices(self) -> None:
        folder = resources.files("faultline") / "data" / "actors"
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not (entry.name.startswith("officeholders") and entry.name.endswith(".tsv")):
                continue
            for row in read_table(f"actors/{entry.name}"):
                office = Office(
                    person=row["person"], country=row["country"] or None, org=row["org"] or None,
                    role=row["role"], sectors=tuple(split_list(row["sectors"])),
                    start=parse_day(row["start"]), end=parse_day(row["end"]),
                )
                self.offices.append(office)
                self.offices_by_person[office.person].append(office)
                for name in [office.person, *split_list(row["aliases"])]:
                    self.add(name, Entry("person", office.person))

    def _load_memberships(self) -> None:
        for row in read_table("actors/memberships.tsv"):
            self.memberships[row["org"]].append(
                (row["iso3"], parse_day(row["joined"]), parse_day(row["left"]), row["role"]))

    # -- queries ---------------------------------------------------------------
    def lookup(self, phrase: str, original: str | None = None) -> list[Entry]:
        """Entries a phrase may denote; acronyms must match their case exactly."""
        return self.lookup_normalised(normalise(phrase), original)

    def lookup_normalised(self, key: str, original: str | None = None) -> list[Entry]:
        """``lookup`` for a phrase already passed through ``normalise``."""
        entries = self.index.get(key, [])
        if original is None:
            return entries
        plain = original.replace(".", "").strip()
        if plain.islower() and key not in self.lowercase_names:
            # names are written with capitals: "a male suspect" is no Malé
            entries = [e for e in entries if e.kind in ("role", "sector")]
        return [e for e in entries if e.exact is None or e.exact == plain]

    def holders(self, role: str, on: date, country: str | None = None,
                org: str | None = None) -> list[Office]:
        """Who held an office of this (canonical) role for a country or organisation on a day."""
        wanted = self.roles[role].office_roles if role in self.roles else (role,)
        found = [o for o in self.offices
                 if o.role in wanted and o.active(on)
                 and (country is None or o.country == country) and (org is None or o.org == org)]
        return sorted(found, key=lambda o: wanted.index(o.role))

    def sole_country(self, role: str) -> str | None:
        """The one state whose offices a title names, if only one state has them: "the
        pope" is the Holy See's, "the House Speaker" and "the director of national
        intelligence" are Washington's; "the president" is no one state's."""
        if self._sole is None:
            found: dict[str, set[str | None]] = defaultdict(set)
            for name, canonical in self.roles.items():
                for office in self.offices:
                    if office.role in canonical.office_roles:
                        found[name].add(office.country)
            self._sole = {name: next(iter(countries)) for name, countries in found.items()
                          if len(countries) == 1 and None not in countries}
        return self._sole.get(role)

    def members(self, org: str, on: date) -> list[str]:
        """ISO3 codes of an organisation's members on a day."""
        return sorted({iso for iso, joined, left, _ in self.memberships.get(org, [])
                       if (joined is None or joined <= on) and (left is None or on < left)})

    def role_of_office(self, office_role: str) -> Role | None:
        """The canonical role an office-holder row's role belongs to (best rank first)."""
        matches = [r for r in self.roles.values() if office_role in r.office_roles]
        return min(matches, key=lambda r: (r.office_roles.index(office_role), r.rank),
                   default=None)


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base (loaded once; read-only afterwards)."""
    return KnowledgeBase()
