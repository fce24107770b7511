"""Resolving a mention ("the Azerbaijani foreign minister", "Pashinyan", "his office") to an
``Actor`` as of a date.

A mention is split into tokens and matched, longest phrase first, against the knowledge
base. The matches are then composed: a person is resolved to the office held on the day;
a role with a country becomes that office's holder; an adjective with a group noun becomes a
country and sector ("Azerbaijani troops" -> AZEMIL). What a mention leaves open ("his office",
"both countries", a bare surname) is filled from a ``Context`` of earlier mentions in the
same text. Names nobody spelled right are caught by fuzzy matching (see FUZZY_CUTOFF).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rapidfuzz import fuzz, process

from faultline.actors.kb import Entry, KnowledgeBase, Office, knowledge_base, normalise
from faultline.data import read_table
from faultline.records import Actor

#: rapidfuzz ratio (0-100) a misspelled or reworded name must reach to count as a match.
#: 88 accepts one wrong letter in ten ("Organizaton") and rejects a different word
#: ("Security" vs "Society"); tuned on the dev half of benchmarks/gold/actors.jsonl.
FUZZY_CUTOFF = 88
FUZZY_MIN_CHARS = 7

#: Words a mention may start with that never name anyone (determiners, counts, time).
SKIP_WORDS = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozens", "hundreds", "other", "senior", "top", "former", "then", "new", "also",
    "own", "both", "said", "one", "few",
})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
PERSON_PRONOUNS = frozenset({"he", "she", "him"})
#: A lower-case word for a body made of others ("an alliance of rebel groups", "a coalition
#: of opposition parties"): it stands for those it is made of (a named "Alliance of ..." is a
#: name, left to the knowledge base).
COLLECTIVE = re.compile(r"^(?:an?|the|[Tt]he|[Aa]n?)? ?(?:alliance|coalition|umbrella group|"
                        r"federation|network|grouping) of (.+)$")
PLURAL_GROUP = re.compile(
    r"^(?:both|the two|two|the 2|2)(?: [\w-]+)? (?:countries|nations|states|sides|governments|"
    r"neighbours|neighbors|capitals|rivals|foes|arch foes|leaders|presidents|ministers|"
    r"foreign ministers|armies|militaries)$|"
    r"^the (?:[\w-]+ ){0,2}(?:neighbours|neighbors|rivals|arch foes|arch rivals|two sides|"
    r"warring sides|warring parties|belligerents)$")
#: "the country", "the kingdom", "the enclave", "its neighbour": the last state (or
#: territory) named, other than the one the sentence is about.
COUNTRY_ANAPHOR = re.compile(r"^(?:the (?:(?:[a-z][\w-]* ){0,2}(?:country|kingdom|emirate|nation|"
                             r"republic|enclave|territory)|state)|"
                             r"(?:its|their) (?:[a-z][\w-]* ){0,2}neighbou?r)(?=$|'s| 's)")
#: Nouns that, after "the", point back to the last organisation named ("the bloc").
ORG_ANAPHORS = frozenset({
    "alliance", "bloc", "organisation", "organization", "agency", "group", "watchdog", "court",
    "body", "union", "commission", "tribunal", "fund", "bank", "council",
})
#: Nouns that, after "the", point back to the last organisation named with that word in its
#: name ("the UN General Assembly ... asked the assembly"), if there is one.
NAMED_ORG_ANAPHORS = frozenset({"assembly", "court", "tribunal", "fund", "bank", "council",
                                "commission", "agency"})
#: A force of peacekeepers named without its body ("the peacekeepers"): the last
#: international body named.
PEACEKEEPERS = frozenset({"peacekeepers", "peacekeeper", "peacekeeping force",
                          "peacekeeping mission", "peacekeeping troops", "blue helmets"})
#: "the UN peacekeeping mission in Mali", "the UN mission in the country" (folded text).
UN_MISSION = re.compile(r"^(?:the )?(?:un|united nations) (?:peacekeeping |stabili[sz]ation )?"
                        r"(?:mission|force|operation|peacekeepers) in (.+)$")
#: the same with no place: "the UN mission", "UN peacekeepers" (folded text), read as the
#: mission in the state the story is about
UN_MISSION_BARE = re.compile(r"^(?:the )?(?:un|united nations) (?:peacekeeping |stabili[sz]ation )?"
                             r"(?:mission|force|operation|peacekeepers)$")
#: group -> (its offshoot in another state, that state, the group's own state, the
#: offshoot's founding), from data/actors/offshoots.tsv: "Taliban" in Pakistan
LOCAL_BRANCHES = {row["name"]: (row["offshoot"], row["home"], row["other"],
                                date.fromisoformat(row["since"]))
                  for row in read_table("actors/offshoots.tsv") if row["kind"] == "branch"}
#: words that leave "the ... government" a state's own government ("the federal government")
GOVERNMENT_WORDS = frozenset({"federal", "central", "national", "interim", "transitional"})
#: the ethnic word of one state's people -> (that state, the neighbour where a community of
#: them lives, from when that neighbour is a state of its own)
KIN_ABROAD = {row["name"]: (row["home"], row["offshoot"], date.fromisoformat(row["since"]))
              for row in read_table("actors/offshoots.tsv") if row["kind"] == "kin"}
#: Words for a part of an armed group in one state ("al-Qaeda's Yemeni branch").
BRANCH_WORDS = frozenset({"branch", "affiliate", "wing", "franchise", "offshoot", "chapter"})
#: Nouns that, after "the", point back to the last armed group named ("the militants").
ARMED_GROUP_ANAPHORS = frozenset({"group", "movement", "militia", "militants", "insurgents",
                                  "rebels", "fighters", "guerrillas", "organisation",
                                  "organization"})
#: "Saudi-led", "US-led", "US-run", "Russian-held", "British-flagged", "the Pakistan-based
#: group": the leader, holder, flag or a group's base names the actor (not so "US-backed",
#: "Iranian-made", nor "the US-based cleric", a person living abroad).
LED_BY = re.compile(r"\b([A-Z][\w.]*)-(?:led|run|operated|owned|controlled|held|flagged|"
                    r"registered|administered|based(?= (?:\w+ )?(?:group|militants?|militias?|"
                    r"rebels?|insurgents?|jihadists?|fighters|organi[sz]ation|network|faction|"
                    r"government|parliament|administration|authorities|legislature|cabinet)\b))\b")
#: Words that turn "American" into a continent's adjective ("Latin American"); before
#: any other state's adjective a direction is a part of that state ("northern Mozambican").
CONTINENT_PREFIXES = frozenset({"latin", "south", "north", "central", "pan"})
#: Words that end a noun phrase's head and start its modifiers.
HEAD_STOPS = frozenset({"in", "of", "from", "at", "on", "near", "with", "for", "who", "which",
                        "that"})
#: a lower-case Arabic article joined to a name: "al-Islam", "el-Sisi", "ash-Sharaa"
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|ibn)-(?=[A-Z])")
FORMER_WORDS = frozenset({"former", "ex", "then"})
#: Words that may stand between the parts of one phrase: "Azerbaijan's foreign ministry",
#: "Jordan's former crown prince".
PHRASE_GLUE = frozenset({"'s", "former", "ex", "then", "new", "acting", "interim"})
#: Heads of phrases for a state's diplomats at an international body ("Iran's UN ambassador").
ENVOY_WORDS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "mission",
                         "delegation", "delegations", "representative", "diplomat",
                         "diplomats", "negotiator", "negotiators", "delegate", "delegates"})
#: Words that make a place's name longer, or name a thing at a place, rather than a person's
#: name: "Kherson Oblast", "Gaza City", "Kabul Airport", "Tripoli Brigades".
PLACE_NAME_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "old", "new", "city", "town", "province", "provincial",
    "oblast", "region", "regional", "state", "district", "county", "governorate", "prefecture",
    "municipality", "island", "islands", "port", "fort", "saint", "san", "santa", "airport",
    "bay", "valley", "strip", "bank", "river", "lake", "mountains", "heights", "peninsula",
    "brigade", "brigades", "battalion", "council", "committee", "university", "police",
    "army", "front", "movement", "group", "forces", "militia", "agreement", "accord", "talks",
    "summit", "process", "declaration", "conference", "protocol", "format", "club", "square",
    "palace", "house", "hall", "street", "road", "camp", "base", "prison", "hospital",
    "stadium", "mosque", "church", "cathedral", "market", "station", "plant", "refinery",
    "mall", "hotel", "school", "court", "tribunal", "government", "administration",
    "authority", "authorities", "municipal", "mayor", "governor", "metro",
    # venues, sites and landforms
    "arena", "centre", "center", "plaza", "tower", "towers", "bridge", "dam", "park",
    "gate", "crossing", "checkpoint", "pass", "canal", "field", "fields", "mine", "terminal",
    "harbour", "harbor", "embassy", "consulate", "zone", "quarter", "barracks", "garrison",
    "airbase", "residence", "mansion", "compound", "facility", "complex", "reactor", "krai",
    "raion", "republic", "borough", "suburb", "area", "highway", "motorway", "corridor",
    "border", "frontier", "line", "sea", "gulf", "strait", "straits", "coast", "beach", "desert",
    "forest", "hills", "hill", "mountain", "mount", "plain", "plains", "delta", "basin",
    "oasis", "village", "province's", "district's",
    # newspapers, broadcasters and firms named after a city
    "times", "post", "herald", "tribune", "independent", "journal", "daily", "news", "gazette",
    "chronicle", "observer", "standard", "telegraph", "review", "monitor", "radio", "tv",
    "television", "agency", "press", "airlines", "airways", "exchange", "institute", "games",
    # meetings and documents
    "pact", "initiative", "dialogue", "forum", "treaty", "charter", "convention", "consensus",
    "communique", "memorandum", "statement", "spring",
})
#: Heads of names of waters, which name no state even when they hold one's name.
WATERS = frozenset({"sea", "ocean", "gulf"})
#: Heads of phrases that name an agreement or a meeting, not a party to it: "the Paris
#: climate agreement" is not France, nor "the Istanbul talks" Turkey.
DOCUMENT_NOUNS = frozenset({
    "agreement", "agreements", "accord", "accords", "deal", "treaty", "protocol",
    "convention", "declaration", "pact", "format", "process", "framework", "charter",
    "memorandum", "talks", "summit", "conference", "formula", "roadmap", "initiative",
})
#: buildings often named after the foreign state that paid for them
HOSPITALS = frozenset({"hospital", "clinic"})
#: words that make such a building one a state's own forces run ("a Jordanian field hospital")
FIELD_HOSPITAL_WORDS = frozenset({"field", "military", "army"})
#: Prefixes of warships' names and the navies they mark: "the USS Cole", "HMS Defender" are
#: ships of that state's navy (the ship prefixes each navy uses; "INS" is left out, as both
#: India's and Israel's navies use it).
SHIP_PREFIX = re.compile(r"^(?:the )?(USS|USNS|HMS|HMAS|HMCS|HMNZS)\s+[A-Z][\w.\-']*")
SHIP_NAVIES = {"USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN",
               "HMNZS": "NZL"}
#: Sectors of bodies outside a state's power, whose titles are their own ("the leader of
#: the opposition party").
OUTSIDE_POWER = frozenset({"PTY", "OPP", "REB"})
#: Group nouns that, after a person's name, make a group of that person's state and not the
#: person: "Trump supporters", "Bolsonaro loyalists", "Assad's forces".
FOLLOWER_SECTORS = frozenset({"CVL", "MIL", "COP", "PTY", "OPP", "GOV"})
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“‘])")
TOKEN = re.compile(r"[\w][\w.\-’']*")
KIND_ORDER = ("person", "org", "institution", "country", "adjective", "capital", "place",
              "place_adjective", "role", "sector")
COUNTRY_KINDS = ("country", "adjective", "capital", "place", "place_adjective")


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entries: tuple[Entry, ...]

    def first(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


@dataclass
class Context:
    """What earlier text established: the people, countries and bodies named so far."""

    persons: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    bodies: list[Actor] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    recent: list[Actor] = field(default_factory=list)
    #: where the current sentence's actors start in ``recent``
    sentence_mark: int = 0
    #: names the knowledge base does not know, introduced by a title ("Malian President
    #: Ibrahim Boubacar Keita"): the full name and the surname, folded, to the actor
    names: dict[str, Actor] = field(default_factory=dict)
    #: the country of the first actor of the current sentence (its subject, in news prose)
    subject_country: str | None = None
    #: whether that first actor is a state's person or official ("Bolivian President X")
    subject_official: bool = False

    def copy(self) -> Context:
        return Context(list(self.persons), list(self.subjects), list(self.countries),
                       list(self.bodies), list(self.orgs), list(self.recent),
                       self.sentence_mark, dict(self.names), self.subject_country,
                       self.subject_official)

    def introduce(self, name: list[str], actor: Actor) -> None:
        """News names a person in full with a title once, then by surname alone: "Keita
        announced his resignation" is the Malian president introduced before."""
        full = " ".join(name)
        actor = replace(actor, name=full, person=full)
        for start in range(len(name)):  # "Ali Bongo Ondimba", "Bongo Ondimba", "Ondimba"
            self.names.setdefault(normalise(" ".join(name[start:])), actor)
        for word in name[1:-1]:  # "Bongo"
            self.names.setdefault(normalise(word), actor)

    def introduced(self, words: list[str]) -> Actor | None:
        """The actor a bare name (or "Keita's") stands for, if the text introduced it."""
        if not self.names:
            return None
        name = [w for w in words if w.lower() not in SKIP_WORDS]
        if name and name[-1] == "'s":
            name = name[:-1]
        return self.names.get(normalise(" ".join(name))) if name else None

    def salient_body(self) -> Actor | None:
        """What "its" most likely means: the first state or body of the current sentence
        (its subject, in news prose), else the last one named before it."""
        current = self.recent[self.sentence_mark:]
        if current:
            return current[0]
        return self.recent[-1] if self.recent else None

    def remember(self, actor: Actor) -> None:
        if (actor.country or actor.org) and not actor.person:
            self.recent.append(actor)
        elif actor.org and not actor.country:
            # an organisation's head speaks for it: "the ICC prosecutor named suspects.
            # Kenyatta denied it" answers the court
            self.recent.append(replace(actor, person=None, role=None))
        if actor.person:
            self.persons.append(actor.person)
        if actor.country:
            self.countries.append(actor.country)
        if actor.org:
            self.orgs.append(actor.org)
        if actor.sector and actor.country and not actor.person:
            self.bodies.append(actor)

    def salient_person(self) -> str | None:
        """The person a "he" or "his" most likely means: the first named in the latest
        sentence that names anyone (news prose makes the subject the referent)."""
        return (self.subjects or self.persons or [None])[-1]

    def last_two_countries(self) -> tuple[str, ...]:
        distinct: list[str] = []
        for iso in reversed(self.countries):
            if iso not in distinct:
                distinct.append(iso)
            if len(distinct) == 2:
                break
        return tuple(sorted(distinct))


def name_like(word: str) -> bool:
    """A capitalised word that could be part of a person's name ("Daniil", "Villavicencio"),
    also behind an Arabic article ("al-Islam" in "Saif al-Islam Gaddafi", who is not
    Muammar Gaddafi)."""
    word = ARTICLE.sub("", word)
    return word[:1].isupper() and word[1:2].islower() and word.lower() not in SKIP_WORDS


def tokens(text: str) -> list[str]:
    """Word tokens with a possessive 's split off ("Russia's" -> "Russia", "'s")."""
    out: list[str] = []
    text = re.sub(r"\b([Ee]x)-", r"\1 ", text.replace("’", "'"))
    for tok in TOKEN.findall(text):
        if tok.lower().endswith("'s") and len(tok) > 2:
            out.extend([tok[:-2], "'s"])
        elif tok.endswith("'") or (tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", tok)):
            out.append(tok[:-1])
        else:
            out.append(tok)
    return [t for t in out if t]


class Resolver:
    """Mention + date (+ context) -> Actor, over one knowledge base."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or knowledge_base()
        self._fuzzy_cache: dict[str, tuple | None] = {}
        self._mission_by_state: dict[str, list[str]] | None = None
        self._by_later_name: dict[str, list] | None = None
        self._fuzzy_keys = [k for k, entries in self.kb.index.items()
                            if len(k) >= FUZZY_MIN_CHARS and any(
                                e.kind in ("org", "institution", "country", "person")
                                for e in entries)]

    # -- matching ----------------------------------------------------------------
    def match(self, words: list[str]) -> list[Match]:
        """Longest known phrases, left to right; plural group nouns also tried singular."""
        found: list[Match] = []
        folded = [normalise(w) for w in words]
        prefixes = self.kb.prefixes
        i = 0
        while i < len(words):
            best: Match | None = None
            key = ""
            for j in range(i + 1, min(len(words), i + self.kb.max_words) + 1):
                part = folded[j - 1]
                key = (key + part if part == "'s" or not key else key + " " + part)
                singular = key[:-1] if key.endswith("s") and len(part) > 3 else None
                if key not in prefixes and (singular is None or singular not in prefixes):
                    break
                original = " ".join(words[i:j]).replace(" 's", "'s")
                entries = self.kb.lookup_normalised(key, original) if key in prefixes else []
                if not entries and singular in prefixes:
                    entries = [e for e in self.kb.lookup_normalised(singular)
                               if e.kind in ("sector", "role")]
                if entries:
                    ordered = sorted(entries, key=lambda e: KIND_ORDER.index(e.kind))
                    best = Match(i, j, tuple(ordered))
            if best and (self._someone_else(words, best, found) or
                         self._continental(words, best, found)):
                best = None
            if best:
                found.append(best)
                i = best.end
            else:
                i += 1
        return found

    @staticmethod
    def _continental(words: list[str], match: Match, found: list[Match]) -> bool:
        """"Latin American countries", "South American leaders": a continent's adjective
        built on a state's, which names no state."""
        before = words[match.start - 1].lower() if match.start else ""
        return match.entries[0].kind == "adjective" and before in CONTINENT_PREFIXES and \
            words[match.start].lower() in ("american", "americans") and \
            not (found and found[-1].end == match.start)

    def _someone_else(self, words: list[str], match: Match, found: list[Match]) -> bool:
        """A surname alone matched a known person, but the mention gives another first or
        last name beside it: "Daniil Medvedev" is not Dmitry Medvedev, nor "Jesus Murillo
        Karam" Luis Gilberto Murillo."""
        if match.end - match.start != 1 or match.entries[0].kind != "person":
            return False
        before = words[match.start - 1] if match.start else ""
        after = words[match.end] if match.end < len(words) else ""
        covered = bool(found) and found[-1].end == match.start
        return (name_like(before) and not covered) or (
            name_like(after) and normalise(after) not in self.kb.prefixes)

    def scan(self, text: str, on: date, context: Context | None = None) -> Context:
        """Read a stretch of text (whole sentences, or the start of one) for the people,
        countries and bodies it names."""
        context = context or Context()
        for sentence in SENTENCE_END.split(text):
            context.sentence_mark = len(context.recent)
            context.subject_country = None
            context.subject_official = False
            words = tokens(sentence)
            first_person = None
            matches = self.match(words)
            starts = {m.start: m for m in matches}
            for group in self._phrases(matches, words):
                base = group[0].start
                span = words[base:group[-1].end]
                if self._donor_named(words, group):
                    continue  # "the Saudi maternity hospital in El Fasher" is no Saudi actor
                if len(group) == 1 and self._natural_feature(words, group[0]):
                    continue  # "Lake Victoria" is no capital of the Seychelles
                # the phrase's own word positions, as ``resolve`` gives them
                local = [replace(m, start=m.start - base, end=m.end - base) for m in group]
                actor = self._introduced_alone(span, group, context) or \
                    self._compose(span, local, on, context, " ".join(span))
                if actor:
                    context.remember(actor)
                    if context.subject_country is None:
                        context.subject_country = actor.country or ""
                        context.subject_official = bool(
                            actor.country and (actor.person or actor.role) and not actor.org)
                    first_person = first_person or actor.person
                    name = self._unknown_name(words, group[-1].end, starts)
                    if name and not actor.person and (actor.role or actor.sector) and (
                            actor.country or actor.org):
                        context.introduce(name, actor)
                    if actor.person:
                        self._introduce_known(words, group, actor, context)
                        self._remember_employer(group, span, on, context)
            if first_person:
                context.subjects.append(first_person)
        return context

    def _introduce_known(self, words: list[str], group: list[Match], actor: Actor,
                         context: Context) -> None:
        """A known person named in full may be called by a part of the name later on
        that the knowledge base keeps no alias for, being someone else's name too: "Ali
        Bongo Ondimba ... Bongo resigned", "Felix Tshisekedi ... Tshisekedi said". Only
        later words of the full name that name nothing else are remembered."""
        for m in group:
            entry = m.first("person")
            if entry is None or entry.key != actor.person or m.end - m.start < 2:
                continue
            for word in words[m.start + 1:m.end]:
                key = normalise(word)
                # (a surname the knowledge base also keeps for someone else means, in this
                # article, the one named in full: "Lansana Conte ... Conte", not Giuseppe)
                if name_like(word) and len(key) >= 4 and (
                        key not in self.kb.prefixes or self._only_people(word)):
                    context.names.setdefault(key, actor)

    def _remember_employer(self, group: list[Match], span: list[str], on: date,
                           context: Context) -> None:
        """"Wall Street Journal reporter Evan Gershkovich ... the newspaper denied": a
        person named with the body they work for also brings that body into context, for
        a later "the newspaper" or "the company" to point back to."""
        entry = next((e for m in group if (e := m.first("institution"))), None)
        if entry is not None and entry.sectors and entry.sectors[0] != "GOV":
            context.bodies.append(self._country(" ".join(span), entry.key, on, None, entry, []))

    @staticmethod
    def _unknown_name(words: list[str], start: int, known: dict[int, Match]) -> list[str]:
        """The capitalised words right after a title that the knowledge base does not
        know: the name of the title's holder ("President" + "Ibrahim Boubacar Keita";
        "crown prince, Prince Hamzah", past a repeated title)."""
        while start in known and known[start].first("role") and \
                len(known[start].entries) == 1:
            start = known[start].end
        name: list[str] = []
        for i in range(start, min(start + 4, len(words))):
            word = words[i]
            if not (word[:1].isupper() and word[1:].islower()) or word.lower() in SKIP_WORDS:
                break
            if i in known and not (name and Resolver._lone_person(known[i])):
                break
            name.append(word)
        return name

    @staticmethod
    def _introduced_alone(span: list[str], group: list[Match], context: Context
                          ) -> Actor | None:
        """The person a lone surname means when the text named them in full before
        ("Lansana Conte ... Conte"), as ``resolve`` reads it too."""
        if len(group) != 1 or len(span) != 1 or not Resolver._lone_person(group[0]):
            return None
        return context.introduced(span)

    def _titled_surname(self, text: str, words: list[str], on: date) -> Actor | None:
        """The holder a title and a bare surname name, when the knowledge base keeps no
        alias for the surname (too common a name alone): "President Keita" on 21 August
        2020 is Ibrahim Boubacar Keita, "Prime Minister Sharif" in 2023 Shehbaz Sharif.
        Holders in office that day, or who left it in the 90 days before (a coup, a
        resignation the story reports), are searched; one person must fit."""
        name = [w for w in words if w.lower() != "the"]
        if len(name) < 2 or not name_like(name[-1]):
            return None
        matches = self.match(name[:-1])
        role_entry = matches[0].first("role") if len(matches) == 1 and \
            matches[0].start == 0 and matches[0].end == len(name) - 1 else None
        if role_entry is None or role_entry.key not in self.kb.roles:
            return None
        wanted = self.kb.roles[role_entry.key].office_roles
        fits = {o.person for o in self._offices_by_later_name().get(normalise(name[-1]), ())
                if o.role in wanted and (o.start is None or o.start <= on)
                and (o.end is None or on < o.end + timedelta(days=90))}
        if len(fits) != 1:
            return None
        person = next(iter(fits))
        return self._person(text, person, on, role_entry.key, None)

    def _offices_by_later_name(self) -> dict[str, list]:
        """Office spells by each word of the holder's name after the first (built once)."""
        if self._by_later_name is None:
            index: dict[str, list] = {}
            for office in self.kb.offices:
                for word in normalise(office.person).split()[1:]:
                    index.setdefault(word, []).append(office)
            self._by_later_name = index
        return self._by_later_name

    def _only_people(self, word: str) -> bool:
        """Whether a single word names nothing but people in the knowledge base."""
        found = [m for m in self.match([word]) if m.end - m.start == 1]
        return bool(found) and all(self._lone_person(m) for m in found)

    @staticmethod
    def _lone_person(match: Match) -> bool:
        """Whether a match is one word naming nothing but people: a surname, which after an
        unknown given name is someone else's ("President Lansana Conte" is not Giuseppe
        Conte) and alone may mean the one the text named in full."""
        return match.end - match.start == 1 and \
            all(e.kind == "person" for e in match.entries)

    @staticmethod
    def _donor_named(words: list[str], group: list[Match]) -> bool:
        """A state's adjective in a hospital's name ("the Indonesian Hospital"), which names
        the state that paid for it, not an actor (see ``_names_a_document``)."""
        start, end = group[0].start, group[0].end
        if start == 0 or words[start - 1].lower() != "the" or \
                group[0].entries[0].kind != "adjective":
            return False
        ahead = [w.lower() for w in words[end:end + 3]]
        stop = next((i for i, w in enumerate(ahead) if w in HOSPITALS), None)
        return stop is not None and group[-1].end <= end + stop + 1 and \
            not FIELD_HOSPITAL_WORDS & set(ahead[:stop]) and \
            all(w.isalpha() for w in ahead[:stop])

    @staticmethod
    def _phrases(matches: list[Match], words: list[str]) -> list[list[Match]]:
        """Matches that touch (or are joined by a possessive) read as one phrase:
        "Azerbaijan 's foreign ministry" is one body, not a country and a ministry."""
        groups: list[list[Match]] = []
        for m in matches:
            if groups:
                gap = words[groups[-1][-1].end:m.start]
                if all(w in PHRASE_GLUE for w in gap):
                    groups[-1].append(m)
                    continue
            groups.append([m])
        return groups

    # -- resolution ----------------------------------------------------------------
    def resolve(self, text: str, on: date, context: Context | str | None = None) -> Actor | None:
        """The actor a mention denotes on ``on``, or None for things that are not actors."""
        if isinstance(context, str):
            context = self.scan(context, on)
        context = context or Context()
        text = LED_BY.sub(r"\1", text)  # "the Saudi-led coalition" is Saudi Arabia's
        words = tokens(text)
        if not words:
            return None
        folded = normalise(text)
        collective = COLLECTIVE.match(text.strip())
        if collective:  # "an alliance of rebel groups" speaks for the rebel groups
            return self.resolve(collective.group(1), on, context)
        if PLURAL_GROUP.match(folded):
            countries = context.last_two_countries()
            return Actor(text=text, code="|".join(countries), countries=countries) \
                if len(countries) == 2 else None
        if folded in PERSON_PRONOUNS | {"his", "her"}:
            if context.salient_person():
                return self._person(text, context.salient_person(), on, None, None)
            if context.names:  # "Prince Hamzah ... he accused": the one a title introduced
                return replace(list(context.names.values())[-1], text=text)
        if folded in ("its", "their") and context.recent:
            last = context.salient_body()  # "its troops" is read above; bare "its": the state
            return Actor(text=text, code=last.country or last.code, name=last.name,
                         country=last.country, org=last.org,
                         sector="IGO" if last.org else None)
        if COUNTRY_ANAPHOR.match(folded) and context.countries and not any(
                m.first(*COUNTRY_KINDS) for m in self.match(words)):
            # "Algeria cut ties with Morocco, accusing the kingdom of hostile acts": the
            # last state named other than the sentence's subject ("the country's rulers":
            # the subject's own, when it is the only one)
            iso = next((a.country for a in reversed(context.recent[context.sentence_mark:])
                        if a.country and a.country != context.subject_country), None) or \
                self._salient_country(context)
            named_state = self._state_named(COUNTRY_ANAPHOR.sub(
                self.kb.country_names.get(iso, iso), text.lower(), 1), on, context)
            return replace(named_state, text=text) if named_state else None
        ship = SHIP_PREFIX.match(text.strip())
        if ship:  # "the USS Cole": a ship of that navy
            iso = SHIP_NAVIES[ship.group(1)]
            return Actor(text=text, code=iso + "MIL", name=self.kb.country_names.get(iso),
                         country=iso, sector="MIL", sectors=("MIL",))
        mission = self._mission(folded, on, context)
        if mission is not None:
            return replace(mission, text=text)
        named = context.introduced(words)
        if named is not None:
            return replace(named, text=text)
        titled = self._titled_surname(text, words, on)
        if titled is not None:
            return titled

        matches = self.match(words)
        if self._names_a_document(words, matches):
            return None
        body = self.head_of_body(words, matches)
        if body:  # "the head of the armed forces" speaks for the armed forces
            return self.resolve(body, on, context)
        branch = self._branch(text, words, matches, on)
        if branch:
            return branch
        anaphor = self._anaphor(text, words, matches, on, context)
        if anaphor:
            return anaphor
        own = self._subjects_force(text, words, matches, on, context)
        if own:
            return own
        if self._place_in_a_name(words, matches) or (
                len(matches) == 1 and self._natural_feature(words, matches[0])):
            return None  # "Victoria Nuland", "Juan Carlos Holguin": a person, not a city;
            # "Lake Victoria", "Mount Lebanon": no city
        if not matches or self._leaves_names_unmatched(words, matches):
            fuzzy = self._fuzzy(text, words, on, context)
            if fuzzy or not matches:
                return fuzzy
        if self._longer_name(words, matches):
            return None  # "King Charles Wesley Mumbere": another man than King Charles
        return self._compose(words, matches, on, context, text)

    def _mission(self, folded: str, on: date, context: Context) -> Actor | None:
        """"The UN peacekeeping mission in Mali", "the UN mission in the country": the UN's
        mission to that state on that day where organisations.tsv has one (MINUSMA), else
        the UN itself. With no place ("the UN mission", "UN peacekeepers"), the mission of the
        last state named that had one on the day."""
        found = UN_MISSION.match(folded)
        if not found:
            if UN_MISSION_BARE.match(folded):
                key = next((k for iso in reversed(context.countries)
                            if (k := self._mission_on(iso, on))), None)
                return self._org(folded, key, on, None) if key else None
            return None
        place = re.sub(r"^the (?!country|kingdom|republic|nation|state)", "", found.group(1))
        if not self._state_of_place(place):  # "in eastern Congo", not "in Central African..."
            place = re.sub(r"^(?:north |south )?(?:north|south|east|west)(?:ern)? |^central ", "",
                           place)
        if COUNTRY_ANAPHOR.match(place):
            if not context.countries:
                return None
            iso = next((a.country for a in reversed(context.recent)
                        if a.country and a.country != context.subject_country),
                       context.countries[-1])
        else:
            iso = self._state_of_place(place)
        if iso is None:
            return None
        # none there that day ("the UN mission in Haiti" of 2023): the UN itself
        return self._org(found.group(0), self._mission_on(iso, on) or "UN", on, None)

    def _state_of_place(self, place: str) -> str | None:
        return next((e.key for e in self.kb.index.get(place, [])
                     if e.kind in ("country", "place")), None)

    def _mission_on(self, iso: str, on: date) -> str | None:
        """The UN mission in a state on a day: the first of its missions then in being."""
        return next((k for k in self._missions().get(iso, ()) if self.kb.orgs[k].exists(on)),
                    None)

    def _missions(self) -> dict[str, list[str]]:
        """State -> the UN missions there, from organisations' aliases "UN mission in X"."""
        if self._mission_by_state is None:
            self._mission_by_state = {}
            for name, entry in self.kb.surface_forms:
                key = normalise(name)
                if entry.kind == "org" and key.startswith("un mission in "):
                    iso = next((e.key for e in self.kb.index.get(
                        re.sub(r"^the ", "", key[14:]), []) if e.kind == "country"), None)
                    if iso and entry.key not in self._mission_by_state.get(iso, []):
                        self._mission_by_state.setdefault(iso, []).append(entry.key)
        return self._mission_by_state

    def _branch(self, text: str, words: list[str], matches: list[Match], on: date
                ) -> Actor | None:
        """"The Islamic State's Afghan branch", "al-Qaeda's Yemeni affiliate", "the Syrian
        wing of al-Qaeda": a transnational armed group's branch is the armed group of the
        state its adjective names (as the provinces in organisations.tsv are)."""
        group = next((e.key for m in matches if (e := m.first("org"))
                      and self.kb.orgs[e.key].kind == "NSA"), None)
        if group is None:
            return None
        states = {e.key for m in matches if (e := m.first("adjective", "country"))
                  and m.end < len(words) and words[m.end].lower() in BRANCH_WORDS}
        if len(states) != 1:
            return None
        iso = states.pop()
        sector = self._org(text, group, on, None).sector or "REB"
        return Actor(text=text, code=iso + sector, name=self.kb.country_names.get(iso),
                     country=iso, sector=sector, sectors=(sector,))

    def _state_named(self, text: str, on: date, context: Context) -> Actor | None:
        """The mention with its anaphor replaced by the state's name ("Morocco's rulers")."""
        words = tokens(text)
        matches = self.match(words)
        return self._compose(words, matches, on, context, text) if matches else None

    def head_of_body(self, words: list[str], matches: list[Match]) -> str | None:
        """"The head of the armed forces" is the armed forces' man, not an international
        organisation's chief: a generic title ("head", "chief", "leader") followed by "of"
        and a state body gives way to that body. Returns the body's words, or None."""
        of = next((i for i, w in enumerate(words) if w.lower() == "of"), None)
        if of is None:
            return None
        title = [m for m in matches if m.end <= of and (e := m.first("role"))
                 and self.kb.roles[e.key].sectors[0] == "IGO"]
        body = [m for m in matches if m.start > of and (e := m.first("sector"))
                and "IGO" not in e.sectors]
        if not title or not body or any(m.first("org", "person") for m in matches):
            return None
        return " ".join(words[of + 1:])

    @staticmethod
    def _names_a_document(words: list[str], matches: list[Match]) -> bool:
        """A sea named after a state, or an agreement or meeting named after the city it
        was made in ("the Paris agreement", "the Istanbul talks"). One named after a party
        ("the Iran nuclear deal"), with a possessive ("Russia's deal") or an organisation's
        name keeps its actor."""
        end = next((i for i, w in enumerate(words) if i > 0 and w.lower() in HEAD_STOPS),
                   len(words))
        kinds = {e.kind for m in matches if m.start < end for e in m.entries[:1]}
        if words[end - 1].lower() in WATERS and not any(
                m.first("org", "institution", "person") for m in matches):
            return True  # "the East China Sea", "the Sea of Japan": water, not a state
        if words[end - 1].lower() in HOSPITALS and words[0].lower() == "the" and \
                "adjective" in kinds and \
                kinds <= {"adjective", "sector"} and "'s" not in words[:end] and \
                not FIELD_HOSPITAL_WORDS & {w.lower() for w in words[:end]}:
            # "the Indonesian Hospital in Gaza", "the Saudi maternity hospital in El Fasher":
            # named after the state that paid for it, a building of the place it stands in
            # (not a field hospital its army runs)
            return True
        return words[end - 1].lower() in DOCUMENT_NOUNS and "'s" not in words[:end] and \
            bool(kinds & {"capital", "place"}) and not kinds & {"org", "institution",
                                                               "person", "country",
                                                               "adjective"}

    @staticmethod
    def _head_end(words: list[str], matches: list[Match]) -> int:
        """Where the phrase's head ends: before a prepositional tail ("separatists in
        eastern Ukraine") and before a trailing name nobody knows ("opposition leader
        Alexei Navalny")."""
        covered = {i for m in matches for i in range(m.start, m.end)}
        # (a stop word inside a known name is part of the head: "Ministry of Defence")
        end = next((i for i, w in enumerate(words)
                    if i > 0 and w.lower() in HEAD_STOPS and i not in covered), len(words))
        while end > 1 and words[end - 1][:1].isupper() and end - 1 not in covered:
            end -= 1
        return end

    @staticmethod
    def _place_in_a_name(words: list[str], matches: list[Match]) -> bool:
        """A city's or region's name that is only part of a person's name nobody knows: the
        phrase is two to four capitalised words, one of them a place (and nothing else the
        knowledge base knows), the others name-like words that are no part of a place name
        ("Victoria Nuland", "Stanley Kakubo"; not "Kherson Oblast", "Gaza City")."""
        start = next((i for i, w in enumerate(words) if w.lower() not in SKIP_WORDS), len(words))
        rest = words[start:]
        if not 2 <= len(rest) <= 4 or len(matches) != 1 or not all(map(name_like, rest)):
            return False
        match = matches[0]
        if match.end - match.start != 1 or \
                any(e.kind not in ("place", "capital") for e in match.entries):
            return False
        others = [w for i, w in enumerate(words) if i >= start and not match.start <= i < match.end]
        return not any(w.lower() in PLACE_NAME_WORDS for w in others)

    @staticmethod
    def _natural_feature(words: list[str], match: Match) -> bool:
        """A lake, mountain or cape named after a city or region ("Lake Victoria", "Mount
        Lebanon" in news of the range): a feature of the land, not the place's state (but
        "Cape Town" is one match, the city)."""
        return match.start > 0 and words[match.start - 1].lower() in (
            "lake", "mount", "mt", "cape") and \
            all(e.kind in ("place", "capital") for e in match.entries)

    @staticmethod
    def _longer_name(words: list[str], matches: list[Match]) -> bool:
        """Whether the only person named goes on in capitalised words no match covers: a
        longer name is someone else's ("King Charles Wesley Mumbere")."""
        people = [m for m in matches if any(e.kind == "person" for e in m.entries)]
        covered = {i for m in matches for i in range(m.start, m.end)}
        return len(people) == len(matches) == 1 and people[0].end < len(words) and \
            words[people[0].end][:1].isupper() and people[0].end not in covered and \
            words[people[0].end].lower() not in SKIP_WORDS and \
            words[people[0].end].isalpha()

    @staticmethod
    def _leaves_names_unmatched(words: list[str], matches: list[Match]) -> bool:
        """A capitalised word no match covers: perhaps a misspelled name ("Secuirty")."""
        covered = {i for m in matches for i in range(m.start, m.end)}
        return any(w[:1].isupper() and i not in covered and w.lower() not in SKIP_WORDS
                   for i, w in enumerate(words) if i > 0 or len(words) == 1)

    def _anaphor(self, text: str, words: list[str], matches: list[Match], on: date,
                 context: Context) -> Actor | None:
        """'the bloc', 'the former president', 'the prime minister' read against context."""
        kinds = {e.kind for m in matches for e in m.entries[:1]}
        if kinds - {"role", "sector"} or words[0].lower() not in ("the", "ex", "former"):
            return None
        lowered = [w.lower() for w in words]
        if len(words) > 3 and lowered[0] == "the" and lowered[2] == "'s" and \
                lowered[1] in ORG_ANAPHORS | ARMED_GROUP_ANAPHORS and \
                matches and all(m.start > 2 and m.first("sector") for m in matches):
            # "the alliance's troops", "the bloc's members": the body "the alliance" is
            owner = self._anaphor(" ".join(words[:2]), words[:2], [], on, context)
            if owner is not None:
                return replace(owner, text=text)
        if len(words) > 3 and lowered[0] == "the" and lowered[2] == "'s":
            # "the president's office dismissed the announcement": the office of the
            # president just named, of his state (not of the state named last)
            head = self.match(words[:2])
            owner = self._anaphor(" ".join(words[:2]), words[:2], head, on, context) \
                if head and all(m.first("role") for m in head) else None
            if owner is not None and owner.person and owner.country and not owner.org:
                return replace(owner, text=text, person=None, role=None)
        if lowered[-1] in NAMED_ORG_ANAPHORS and len(words) <= 3:
            # "the assembly" is the last organ of that kind named ("the UN General
            # Assembly"); with none, it is a state's legislature, as the word says ("the
            # court" is the last court named, not an aid group named after it)
            key = next((k for k in reversed(context.orgs) if k in self.kb.orgs and
                        lowered[-1] in self.kb.orgs[k].name.lower().split()), None)
            if key is not None:
                return self._org(text, key, on, None)
        if lowered[0] == "the" and " ".join(lowered[1:]) in PEACEKEEPERS:
            # "attacked UN compounds, accusing the peacekeepers of failing to stop the
            # fighting": the force of the last international body named
            key = next((k for k in reversed(context.orgs)
                        if k in self.kb.orgs and self.kb.orgs[k].kind == "IGO"), None)
            if key is not None:
                return self._org(text, key, on, None)
        if lowered[0] == "the" and lowered[1:2] == ["charity"] and (
                len(words) == 2 or lowered[2] == "'s"):
            # "the charity", "the charity's hospital": the last aid group named
            key = next((k for k in reversed(context.orgs)
                        if k in self.kb.orgs and self.kb.orgs[k].kind == "NGO"), None)
            if key is not None:
                return self._org(text, key, on, None)
        if lowered[-1] in ARMED_GROUP_ANAPHORS and len(words) <= 3:
            group = next((b for b in reversed(context.bodies) if b.sector == "REB"), None)
            if group is not None:  # "Hezbollah ... the group blamed Israel"
                return Actor(text=text, code=group.code, name=group.name,
                             country=group.country, sector=group.sector, sectors=group.sectors)
        if lowered[-1] in ORG_ANAPHORS and context.orgs and len(words) <= 3:
            return self._org(text, context.orgs[-1], on, None)
        role = next((e.key for m in matches if (e := m.first("role"))), None)
        if FORMER_WORDS & set(lowered) and context.persons:
            actor = self._person(text, context.salient_person(), on, None, None)
            if actor.country and not actor.org:
                # "the ex-president", now an opposition leader: out of that office, so
                # his state's, as "former Georgian president Saakashvili" is
                return replace(actor, code=actor.country, sector=None, sectors=(), former=True)
            return actor
        if role and self.kb.roles[role].sectors[0] == "IGO" and context.orgs:
            return self._org(text, context.orgs[-1], on, role)
        if role:
            holder = self._person_in_role(context, role, on)
            if holder:
                return self._person(text, holder, on, role, None)
        if role and (sole := self.kb.sole_country(role)):  # "the pope", in any story
            return self._country(text, sole, on, role, None, [])
        if role and context.countries:
            return self._country(text, context.countries[-1], on, role, None, [])
        sectors = [e for m in matches if (e := m.first("sector"))]
        if lowered[0] == "the" and lowered[-1] == "government" and \
                set(lowered[1:-1]) <= GOVERNMENT_WORDS and context.countries:
            # "the (federal) government" with no state named is the state the story is about: the
            # one it names most (the last of those), not whichever ministry came last
            counts = {iso: context.countries.count(iso) for iso in context.countries}
            best = max(counts.values())
            iso = next(c for c in reversed(context.countries) if counts[c] == best)
            return self._country(text, iso, on, None, None, sectors)
        if sectors and len(words) == 2 and context.bodies:
            body = self._body_like(context, sectors[-1].sectors)
            if body:
                return Actor(text=text, code=body.code, name=body.name, country=body.country,
                             sector=body.sector, sectors=body.sectors)
        return None

    def _subjects_force(self, text: str, words: list[str], matches: list[Match], on: date,
                        context: Context) -> Actor | None:
        """A bare "the army", "security forces" or "police" in a sentence whose subject is a
        state's official is that official's state's: "Bolivian President X resigned after
        protests against a plan to export gas through Chile in which dozens were killed in
        clashes with security forces" are Bolivia's forces, not the last state named."""
        if not (context.subject_official and context.subject_country) or not matches:
            return None
        covered = {i for m in matches for i in range(m.start, m.end)}
        if any(i not in covered and w.lower() != "the" for i, w in enumerate(words)):
            return None
        entries = [m.entries[0] for m in matches]
        if any(e.kind != "sector" or e.sectors[0] not in ("MIL", "COP") for e in entries):
            return None
        return self._country(text, context.subject_country, on, None, None, entries)

    def _compose(self, words: list[str], matches: list[Match], on: date, context: Context,
                 text: str) -> Actor | None:
        if [w.lower() for w in words if w.lower() != "the"] == ["congress"] and \
                context.countries and context.countries[-1] != "USA":
            # Peru, Colombia, Mexico, Brazil or the Philippines each have a Congress: in a
            # story about one of them, a bare "Congress" is its legislature, not Washington's
            return Actor(text=text, code="LEG", sector="LEG", sectors=("LEG",))
        actor = self._composed(words, matches, on, context, text)
        if actor is None or actor.person or not matches:
            return actor
        # "Ecuadorian presidential candidate Fernando Villavicencio": a named individual
        # of the country, whom the knowledge base does not know
        covered = {i for m in matches for i in range(m.start, m.end)}
        start = len(words)
        while start > 0 and start - 1 not in covered and name_like(words[start - 1]):
            start -= 1
        name = words[start:]
        if len(name) >= 2 and start > 0 and (actor.country or actor.org):
            return replace(actor, person=" ".join(name), name=" ".join(name))
        return actor

    @staticmethod
    def _salient_country(context: Context) -> str:
        """The state an anaphor in a new sentence most likely means: the one the story has
        named most, other than the sentence's subject ("Rebels captured Bangui, the capital
        of the Central African Republic, and President Bozize fled to Congo. The African
        Union suspended the country"), the later one on a tie."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for i, a in enumerate(context.recent):
            if a.country and a.country != context.subject_country:
                counts[a.country] = counts.get(a.country, 0) + 1
                last[a.country] = i
        if counts:
            return max(counts, key=lambda c: (counts[c], last[c]))
        # (a state named only inside a phrase the story resolved as a whole, "Guatemala's
        # President Jorge Serrano", still beats the subject's own)
        return next((c for c in reversed(context.countries) if c != context.subject_country),
                    context.countries[-1])

    def _person_on(self, matches: list[Match], on: date) -> str | None:
        """The person a name means on the day: "King Abdullah" in 2015 is Jordan's king,
        no longer the Saudi one who died that January (the first name-sharer in office
        that day, else the first known)."""
        people = [e.key for m in matches for e in m.entries if e.kind == "person"]
        return next((p for p in people if any(
            s.active(on) for s in self.kb.offices_by_person.get(p, []))),
            people[0] if people else None)

    def _composed(self, words: list[str], matches: list[Match], on: date, context: Context,
                  text: str) -> Actor | None:
        person = self._person_on(matches, on)
        org = next((e.key for m in matches if (e := m.first("org"))), None)
        institution = next((e for m in matches if (e := m.first("institution"))), None)
        country_entry = next((e for m in matches if (e := m.first(*COUNTRY_KINDS))), None)
        role = next((e.key for m in matches if (e := m.first("role"))), None)
        # A group word names the actor only as the phrase's head: "Azerbaijani troops" is
        # the military, "military targets" is not an actor at all.
        head_end = self._head_end(words, matches)
        sector_entries = [e for m in matches if (e := m.first("sector")) and m.end == head_end]
        country = country_entry.key if country_entry else None
        if country_entry and country_entry.kind == "adjective" and not role:
            country = self._kin_abroad(words, matches, country, on, context)
        if institution and not country:
            country = institution.key

        # "former French president Nicolas Sarkozy", "Jordan's former crown prince": out
        # of office, so neither today's holder nor the state's government
        former = any(w.lower() in FORMER_WORDS for w in words[:head_end])
        if person:
            actor = self._person(text, person, on, role, country)
            if self._followers(matches, person, role, sector_entries) and actor.country \
                    and not actor.org:
                # "Trump supporters", "Assad's forces": a group of the person's state
                sectors = sector_entries[-1].sectors
                return Actor(text=text, code=actor.country + sectors[0],
                             name=self.kb.country_names.get(actor.country),
                             country=actor.country, sector=sectors[0], sectors=sectors)
            if former and actor.country and not actor.org:
                return replace(actor, code=actor.country, sector=None, sectors=(),
                               former=True)
            return actor
        if former and role and country and not org and \
                not (country_entry and country_entry.kind in ("place", "place_adjective")):
            return Actor(text=text, code=country, name=self.kb.country_names.get(country),
                         country=country, role=role, former=True)
        if org and self._envoy(words, matches, org, country_entry):
            # "Iran's UN ambassador", "the Russian mission to the UN": the state's diplomats
            return Actor(text=text, code=country + "GOV", name=self.kb.country_names.get(country),
                         country=country, sector="GOV", sectors=("GOV",))
        if org and self._contingent(matches, org, country_entry, sector_entries):
            # "Fijian UN peacekeepers", "Irish UNIFIL soldiers": a state's contingent in
            # an organisation's force acts as that state's military
            return self._country(text, country, on, None, None, sector_entries)
        if org == "ICRC" and country and country_entry.kind in ("adjective", "country") and \
                "international" not in normalise(text).split():
            # "the Ukrainian Red Cross": that state's own society, not the Geneva committee
            return Actor(text=text, code=country + "NGO", name=self.kb.country_names.get(country),
                         country=country, sector="NGO", sectors=("NGO",))
        if org:
            # "the leaders of the Mercosur bloc" are the bloc, not its chair
            plural = any(m.first("role") and words[m.end - 1].endswith("s") and
                         not words[m.end - 1].endswith("ss") for m in matches)
            return self._org(text, self._local_branch(org, on, context), on,
                             None if plural else role)
        if not country and words[0].lower() in POSSESSIVE_PRONOUNS:
            if not (role or sector_entries):
                return None  # "his first trip" names no one; "his office" does
            return self._from_context(text, context, on, role, sector_entries)
        if role and country_entry and country_entry.kind in ("place", "place_adjective"):
            # "the Amhara leader", "Tigray's president": a region's office, not the state's
            return self._regional(text, country, role, institution, sector_entries)
        if country:
            return self._country(text, country, on, role, institution, sector_entries)
        if role and (sole := self.kb.sole_country(role)):  # "Pope", "House Speaker"
            return self._country(text, sole, on, role, None, sector_entries)
        if role:
            sectors = self.kb.roles[role].sectors
            return Actor(text=text, code=sectors[0], sector=sectors[0], sectors=sectors,
                         role=role)
        if sector_entries:
            sectors = sector_entries[-1].sectors
            return Actor(text=text, code=sectors[0], sector=sectors[0], sectors=sectors)
        return None

    @staticmethod
    def _followers(matches: list[Match], person: str, role: str | None,
                   sector_entries: list[Entry]) -> bool:
        """A person's name before a group noun that heads the phrase ("Trump supporters",
        "Haftar's forces"), with no title between: the group, not the person."""
        if role or not sector_entries or sector_entries[-1].sectors[0] not in FOLLOWER_SECTORS:
            return False
        named = next(m for m in matches if (e := m.first("person")) and e.key == person)
        group = next(m for m in matches if m.first("sector") is sector_entries[-1])
        return named.end <= group.start

    def _envoy(self, words: list[str], matches: list[Match], org: str,
               country_entry: Entry | None) -> bool:
        """A state's envoy, mission or delegation to an international body ("Iran's UN
        ambassador", "China's envoy to the UN", "the Iranian mission to the UN") is that
        state's, not the body's: a diplomatic word heads the phrase, the state is named first,
        and the body is an IGO or one of its organs (not so "the UN's Libya envoy")."""
        if country_entry is None or country_entry.kind not in ("country", "adjective") or \
                self.kb.orgs[org].kind not in ("IGO", "IGO-BODY"):
            return False
        state = next(m for m in matches if m.first(*COUNTRY_KINDS) is country_entry)
        body = next(m for m in matches if (e := m.first("org")) and e.key == org)
        head = next((i for i, w in enumerate(words) if w.lower() in ENVOY_WORDS), None)
        if head is None or not state.start < head or not state.start < body.start:
            return False
        # the head ends the phrase, or a "to" or the envoy's name follows it: "the envoy to
        # the UN", "Russian UN envoy Vassily Nebenzia"
        after = words[head + 1:]
        return not after or after[0].lower() == "to" or all(map(name_like, after))

    def _contingent(self, matches: list[Match], org: str, country_entry: Entry | None,
                    sector_entries: list[Entry]) -> bool:
        """A state's adjective right before the name of the UN or of a peacekeeping mission,
        with troops as the phrase's head: "Fijian UN peacekeepers" are Fiji's soldiers. Not
        so an alliance's troops: "Russian-led CSTO peacekeepers" stay the CSTO's."""
        if country_entry is None or country_entry.kind != "adjective" or not sector_entries \
                or sector_entries[-1].sectors[0] != "MIL" or \
                (org != "UN" and self.kb.orgs[org].kind != "IGO-BODY"):
            return False
        adjective = next(m for m in matches if m.first(*COUNTRY_KINDS) is country_entry)
        body = next(m for m in matches if (e := m.first("org")) and e.key == org)
        return adjective.end == body.start

    @staticmethod
    def _kin_abroad(words: list[str], matches: list[Match], country: str, on: date,
                    context: Context) -> str:
        """An ethnic name shared with a neighbour's community, in a story set in that
        neighbour: "Serb protesters clashed with police in northern Kosovo" are Kosovo's
        Serbs, not Serbia (since Kosovo's independence). "Serbian" stays Serbia's."""
        match = next(m for m in matches if m.first("adjective"))
        word = normalise(" ".join(words[match.start:match.end]))
        kin = KIN_ABROAD.get(word)
        if kin and kin[0] == country and on >= kin[2] and kin[1] in context.countries:
            return kin[1]
        return country

    def _local_branch(self, org: str, on: date, context: Context) -> str:
        """A group name that a country's own offshoot shares: a bare "Taliban" in a story set
        in Pakistan alone ("Taliban gunmen attacked a school in Peshawar") is the Pakistani
        Taliban, not the Afghan movement. Afghanistan named only by the Taliban's own mentions
        does not count."""
        branch = LOCAL_BRANCHES.get(org)
        if branch is None or branch[0] not in self.kb.orgs:
            return org
        key, home, other, start = branch
        if on < start or home not in context.countries:
            return org
        own = sum(1 for a in context.recent if a.name == self.kb.orgs[org].name)
        return key if context.countries.count(other) <= own else org

    def _person_in_role(self, context: Context, role: str, on: date) -> str | None:
        """The person named in context who held this role on the day, if any."""
        wanted = self.kb.roles[role].office_roles
        for person in [*context.subjects[::-1], *context.persons[::-1]]:
            if any(s.role in wanted and s.active(on) for s in self.kb.offices_by_person[person]):
                return person
        return None

    def _body_like(self, context: Context, sectors: tuple[str, ...]) -> Actor | None:
        """The last body in context of the same primary sector ("the ministry")."""
        return next((b for b in reversed(context.bodies) if b.sector == sectors[0]), None)

    def _person(self, text: str, person: str, on: date, role: str | None,
                country: str | None) -> Actor:
        spells = self.kb.offices_by_person.get(person, [])
        active = [s for s in spells if s.active(on)]
        if role and role in self.kb.roles:
            wanted = self.kb.roles[role].office_roles
            active = [s for s in active if s.role in wanted] or active
        if country:
            active = [s for s in active if s.country == country] or active
        if active:
            return self._office_actor(text, min(active, key=self._rank))
        # The day an office ends (a coup, a killing, a resignation) its holder still acts, or
        # is acted on, as that office: "soldiers detained President Bazoum" on 26 July 2023
        last_day = [s for s in spells if s.end == on]
        if last_day:
            return self._office_actor(text, min(last_day, key=self._rank))
        # Out of office on that day: still the country's (or body's) person, with no sector.
        past = [s for s in spells if s.end and s.end <= on]
        nearest = max(past, key=lambda s: s.end) if past else min(
            spells, key=lambda s: s.start or on, default=None)
        home = nearest.country if nearest else country
        if nearest and not home and nearest.org in self.kb.orgs and \
                not self.kb.orgs[nearest.org].country:
            # a past head of an international body speaks for his own state once out of
            # office ("Donald Tusk" in 2021 is a Pole, no longer the European Council)
            own = [s for s in spells if s.country and (s.start or date.min) <= on]
            later = [s for s in spells if s.country]  # (a state he serves later is his:
            # "opposition leader ElBaradei" in 2012, vice-president of Egypt in 2013)
            if own or later:
                home = (max(own, key=lambda s: s.start or date.min) if own else
                        min(later, key=lambda s: s.start or date.max)).country
        org = nearest.org if nearest and not home else None
        if org in self.kb.orgs and self.kb.orgs[org].country:  # a dead or ousted group leader
            home, org = self.kb.orgs[org].country, None
        code = home or (self.kb.orgs[org].code if org in self.kb.orgs else "")
        return Actor(text=text, code=code, name=person, country=home, org=org, person=person,
                     former=bool(past))

    def _rank(self, office: Office) -> int:
        role = self.kb.role_of_office(office.role)
        return role.rank if role else 99

    def _office_actor(self, text: str, office: Office) -> Actor:
        sectors = office.sectors or ("GOV",)
        if office.org:
            org = self.kb.orgs.get(office.org)
            if org and org.kind == "NSA":  # an armed group's leader acts as the group does
                group = self._org(text, org.key, office.start or date.min, None)
                return Actor(text=text, code=group.code, name=office.person, country=group.country,
                             org=group.org, sector=group.sector, sectors=group.sectors,
                             person=office.person, role=office.role)
            sector = "NGO" if org and org.kind == "NGO" else "IGO"  # the ICRC's president
            return Actor(text=text, code=org.code if org else "IGO", name=office.person,
                         org=office.org, sector=sector, sectors=(sector,), person=office.person,
                         role=office.role)
        return Actor(text=text, code=(office.country or "") + sectors[0], name=office.person,
                     country=office.country, sector=sectors[0], sectors=sectors,
                     person=office.person, role=office.role)

    def _org(self, text: str, key: str, on: date, role: str | None) -> Actor:
        org = self.kb.orgs[key]
        if role:
            holders = self.kb.holders(role, on, org=key)
            if holders:
                return self._office_actor(text, holders[0])
        if org.kind == "NSA":  # a non-state armed group: its home country's rebels (or
            # militia, criminals); a transnational one (IMGREB) keeps its key and no country
            sector = org.code[3:] or "REB"
            return Actor(text=text, code=org.code, name=org.name, country=org.country,
                         org=None if org.country else key, sector=sector, sectors=(sector,))
        sector = "NGO" if org.kind == "NGO" else "IGO"
        return Actor(text=text, code=org.code, name=org.name, org=key, sector=sector,
                     sectors=(sector,))

    def _country(self, text: str, country: str, on: date, role: str | None,
                 institution: Entry | None, sector_entries: list[Entry]) -> Actor:
        name = self.kb.country_names.get(country)
        if institution and institution.sectors and institution.sectors[0] in OUTSIDE_POWER:
            # "the leader of UNITA", "the military commander of UNITA": the party's or
            # movement's own, not the state's ruler or army
            sectors = institution.sectors
            return Actor(text=text, code=country + sectors[0], name=name, country=country,
                         sector=sectors[0], sectors=sectors)
        if (role and institution and institution.sectors and institution.sectors[0] != "GOV"
                and self.kb.roles[role].sectors[0] == "IGO"):
            role = None  # "the Mossad chief", "the IDF head": that body, not the head of state
        if role:
            holders = self.kb.holders(role, on, country=country)
            if holders:
                return self._office_actor(text, holders[0])
            sectors = self.kb.roles[role].sectors
            if sectors[0] == "IGO":  # "the British high commissioner": the state's official
                sectors = ("GOV",)
            return Actor(text=text, code=country + sectors[0], name=name, country=country,
                         sector=sectors[0], sectors=sectors, role=role)
        sectors = sector_entries[-1].sectors if sector_entries else (
            institution.sectors if institution else ())
        if sectors:
            return Actor(text=text, code=country + sectors[0], name=name, country=country,
                         sector=sectors[0], sectors=sectors)
        return Actor(text=text, code=country, name=name, country=country)

    def _regional(self, text: str, country: str, role: str, institution: Entry | None,
                  sector_entries: list[Entry]) -> Actor:
        """A title after a region, city or people ("the Chechen leader", "the Amhara
        leader", "a Rohingya rebel leader") is no office of the state's: the
        state, with the title's sector. A generic title ("leader", "head", "chief") names
        no office-holder at all, for a region's governor, a rebel and an exile are all so
        called: the state, with whatever sector the words give (sectors.tsv)."""
        sectors = self.kb.roles[role].sectors
        if sectors[0] == "IGO":
            return self._country(text, country, date.min, None, institution, sector_entries)
        return Actor(text=text, code=country + sectors[0], name=self.kb.country_names.get(country),
                     country=country, sector=sectors[0], sectors=sectors)

    def _from_context(self, text: str, context: Context, on: date, role: str | None,
                      sector_entries: list[Entry]) -> Actor | None:
        """'his office', 'her ministry': the last person named, acting through that body."""
        person = context.salient_person()
        if text.split()[0].lower() in ("its", "their") or not person:
            # "its forces", "their embassy": the state the sentence is about
            body = context.salient_body()
            if body and body.country and sector_entries:
                return self._country(text, body.country, on, role, None, sector_entries)
            return None
        actor = self._person(text, person, on, None, None)
        # "his ministry" of a minister; "her supporters" of anyone, in office or not
        sectors = sector_entries[-1].sectors if sector_entries else ()
        if sectors and actor.country and sectors[0] != "GOV" and (
                not actor.former or sectors[0] in ("CVL", "OPP")):
            return Actor(text=text, code=actor.country + sectors[0],
                         name=self.kb.country_names.get(actor.country),
                         country=actor.country, sector=sectors[0], sectors=sectors)
        return actor

    def _closest(self, folded: str) -> tuple | None:
        """The nearest indexed name (memoised: the same misspelling recurs in a text)."""
        if folded not in self._fuzzy_cache:
            if len(self._fuzzy_cache) > 50_000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[folded] = process.extractOne(
                folded, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._fuzzy_cache[folded]

    def _fuzzy(self, text: str, words: list[str], on: date, context: Context) -> Actor | None:
        core = " ".join(w for w in words if w.lower() not in SKIP_WORDS)
        folded = normalise(core)
        if len(folded) < FUZZY_MIN_CHARS:
            return None
        best = self._closest(folded)
        if best is None or (core.islower() and best[0] not in self.kb.lowercase_names):
            return None  # names are written with capitals: "an amnesty" is no Amnesty
        entries = sorted(self.kb.index[best[0]], key=lambda e: KIND_ORDER.index(e.kind))
        return self._compose([best[0]], [Match(0, 1, tuple(entries))], on, context, text)


_default: Resolver | None = None


def resolver() -> Resolver:
    """The process-wide resolver over the bundled knowledge base."""
    global _default
    if _default is None:
        _default = Resolver()
    return _default


def resolve(text: str, on: date, context: str | None = None) -> Actor | None:
    """Resolve one mention as of a day; see ``Resolver.resolve``."""
    return resolver().resolve(text, on, context)
