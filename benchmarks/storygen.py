"""Synthetic story corpora where the right clustering is known, for measuring story and
event merging.

Every story is a short wire report written from our templates about two countries from a
small pool, so unrelated stories share their actors (and often their day); what sets a
story apart is what real ones have: the people quoted, the places, the numbers. Copies of a
story are made the ways the web makes them: verbatim, re-headlined and edited (paragraphs
dropped or added), cut short, re-dated by a day or two, and synonym-spun with our spinner.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faultline.restore.spinner import spin, spin_table

COUNTRIES = [("Armenia", "Armenian"), ("Azerbaijan", "Azerbaijani"), ("Russia", "Russian"),
             ("Turkey", "Turkish"), ("Georgia", "Georgian"), ("Iran", "Iranian")]
FIRST = ["Arman", "Elnur", "Sergei", "Mehmet", "Giorgi", "Hassan", "Levon", "Rashad", "Oleg",
         "Ahmet", "Nino", "Reza", "Anna", "Leyla", "Irina", "Zeynep", "Tamar", "Parisa"]
LAST = ["Hakobyan", "Mammadov", "Volkov", "Demir", "Beridze", "Karimi", "Sargsyan", "Aliyev",
        "Petrov", "Yilmaz", "Kapanadze", "Tehrani", "Grigoryan", "Huseynov", "Orlov", "Kaya"]
PLACES = ["Tavush", "Gazakh", "Syunik", "Nakhchivan", "Kars", "Batumi", "Tabriz", "Gyumri",
          "Ganja", "Rostov", "Artvin", "Ardabil", "Lori", "Shamkir", "Vladikavkaz", "Igdir"]
ROLES = ["foreign minister", "defence minister", "deputy prime minister", "border chief",
         "presidential envoy", "security council secretary"]
LEADS = [
    "{A} on {day} accused {B} of shelling villages near {place}, wounding {n} people.",
    "{A} said on {day} it had closed its border crossing at {place} after talks with {B} "
    "collapsed.",
    "{A} and {B} agreed on {day} to exchange {n} prisoners held since the fighting near "
    "{place}.",
    "{A} on {day} expelled {n} diplomats from {B}, accusing them of spying near {place}.",
    "{A} asked {B} on {day} for help after floods near {place} left {n} families homeless.",
    "{A} signed a gas supply deal with {B} on {day} worth {n} million dollars, officials "
    "said in {place}.",
]
BODY = [
    "{Adj} {role} {person} told reporters in {place} that the situation was {mood}.",
    "{person}, the {Badj} {role}, rejected the claims and called them {mood}.",
    "According to local officials, {n} people were evacuated from {place} on {day}.",
    "\"We will not accept any change to the line near {place},\" {person} said.",
    "The two sides last met in {place} in {month}, when they discussed {n} disputed points.",
    "Observers from {C} said they had counted {n} military vehicles near {place}.",
    "{person} said the talks would resume in {place} within {n} days.",
    "{Adj} media reported that {n} soldiers had been moved towards {place}.",
]
FILLER = [
    "The statement gave no further details.",
    "Officials said the region remained calm but tense.",
    "Analysts said the dispute could affect trade routes across the region.",
    "Neither side gave a figure for the damage.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MOODS = ["tense", "calm", "serious", "provocative", "unacceptable", "stable"]


@dataclass(frozen=True)
class Doc:
    """One generated article and the story it tells."""

    story: int
    published: date
    title: str
    text: str
    kind: str

    def dated_text(self) -> str:
        return f" date {self.published.isoformat()} {self.title}\n\n{self.text}\n"


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def fill(template: str, rng: random.Random, ctx: dict[str, str]) -> str:
    values = {"n": str(rng.randint(2, 900)), "place": rng.choice(PLACES),
              "person": person(rng), "role": rng.choice(ROLES), "mood": rng.choice(MOODS),
              "month": rng.choice(MONTHS), **ctx}
    return template.format(**values)


def story(number: int, rng: random.Random, start: date, days: int) -> Doc:
    """A new story: a lead, five to eight body sentences, a filler line or two."""
    (a, a_adj), (b, b_adj), (c, _) = rng.sample(COUNTRIES, 3)
    published = start + timedelta(days=rng.randrange(days))
    ctx = {"A": a, "B": b, "C": c, "Adj": a_adj, "Badj": b_adj,
           "day": DAYS[(published.weekday() - 1) % 7]}
    lead = fill(rng.choice(LEADS), rng, ctx)
    body = [fill(t, rng, ctx) for t in rng.sample(BODY, rng.randint(5, 8))]
    body += rng.sample(FILLER, rng.randint(1, 2))
    rng.shuffle(body)
    paragraphs = [lead] + [" ".join(body[i:i + 2]) for i in range(0, len(body), 2)]
    title = lead.split(",")[0].split(" on ")[0] + " " + rng.choice(
        ["amid tension", "as dispute grows", "officials say", ""]).strip()
    return Doc(number, published, title.strip(), "\n\n".join(paragraphs), "original")


def copy_of(doc: Doc, kind: str, rng: random.Random, table: dict[str, list[str]]) -> Doc:
    """A copy of ``doc`` made one of the ways the web makes them."""
    paragraphs = doc.text.split("\n\n")
    title, published = doc.title, doc.published
    if kind == "exact":  # syndicated: the same body under the outlet's own headline
        title = rng.choice(["WORLD NEWS: ", "Caucasus: ", "Breaking - "]) + title
    elif kind == "edited":  # re-headlined, a paragraph cut and another added
        drop = rng.randrange(1, len(paragraphs))
        paragraphs = paragraphs[:drop] + paragraphs[drop + 1:]
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), rng.choice(FILLER))
        title = "UPDATE: " + title.lower()
    elif kind == "truncated":
        paragraphs = paragraphs[:max(2, len(paragraphs) * 2 // 3)]
    elif kind == "redated":
        published = published + timedelta(days=rng.randint(1, 2))
        title = title + " - regional press"
        paragraphs[0] = "(Regional press) " + paragraphs[0]
    elif kind == "spun":
        paragraphs = [spin(p, table, rng, rate=0.8) for p in paragraphs]
        title = spin(title, table, rng, rate=0.8)
    text = "\n\n".join(paragraphs)
    return Doc(doc.story, published, title, text, kind)


KINDS = ("exact", "edited", "truncated", "redated", "spun")


def corpus(stories: int, copies: int, seed: int = 11, start: date = date(2021, 5, 1),
           days: int = 30) -> list[Doc]:
    """``stories`` stories over ``days`` days, each with up to ``copies`` copies of mixed
    kinds, shuffled by publication order with ties broken at random."""
    rng = random.Random(seed)
    table = spin_table()
    docs: list[Doc] = []
    for number in range(stories):
        original = story(number, rng, start, days)
        docs.append(original)
        for _ in range(rng.randint(0, copies)):
            docs.append(copy_of(original, rng.choice(KINDS), rng, table))
    rng.shuffle(docs)
    docs.sort(key=lambda d: d.published)
    return docs
