"""When an event happened, from the words around it and the article's publication date.

News rarely prints the date of what it reports: "on Thursday" in a story published on
Friday 14 May 2021 means 13 May 2021, "last year" means 2020 with year precision, "in the
1990s" is background dated 1990. ``resolve`` reads one stretch of text (the words that belong
to one event) and returns the date with its precision, how it was found, and whether it
lies far enough in the past to be background rather than news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
#: Background is anything that ended more than this many days before publication.
HISTORICAL_DAYS = 45

_WD = "|".join(WEEKDAYS)
_MO = "|".join(MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
PATTERNS = [
    ("full_date", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{_MO})\.?,? "
                             rf"(?P<y>(?:19|20)\d\d)\b")),
    ("full_date", re.compile(rf"\b(?P<m>{_MO})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? "
                             rf"(?P<y>(?:19|20)\d\d)\b")),
    ("day_month", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{_MO})\b")),
    ("day_month", re.compile(rf"\b(?P<m>{_MO})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b")),
    ("month_year", re.compile(rf"\b(?P<m>{_MO}) (?:of )?(?P<y>(?:19|20)\d\d)\b")),
    ("decade", re.compile(r"\b(?:the )?(?:(?P<c>nineteen|twenty) )?(?P<w>twenties|thirties|"
                          r"forties|fifties|sixties|seventies|eighties|nineties)\b")),
    ("decade", re.compile(r"\b(?:the )?'?(?P<y>(?:19|20)?\d0)'?s\b")),
    ("year", re.compile(r"\b(?:in|since|during|by|until|of|from) (?:early |late |mid-?)?"
                        r"(?P<y>(?:19|20)\d\d)\b")),
    # an event named for its year: "in the 1967 war", "during the 2008 financial crisis";
    # an event noun's own words ("the 2008 assault on Mumbai") start with it
    ("year", re.compile(r"(?:^|\b(?:in|since|during|after|before|of) )the (?P<y>(?:19|20)\d\d) "
                        r"(?=[a-z])")),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) "
                       r"(?P<u>day|week|month|year|decade)s? ago\b")),
    ("last_unit", re.compile(r"\b(?:last|final|previous|past) (?P<u>week|month|year|yr)\b")),
    ("this_unit", re.compile(r"\bthis (?P<u>week|month|year)\b")),
    ("weekday", re.compile(rf"\b(?P<q>last|next|this|on|late|early|earlier|later)?(?: on)? "
                           rf"?(?P<w>{_WD})\b")),
    ("yesterday", re.compile(r"\b(?:yesterday|the day before)\b")),
    ("today", re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening)\b")),
    ("tomorrow", re.compile(r"\btomorrow\b")),
    ("month", re.compile(rf"\b(?:in|since|during|last|early|late|mid-?) (?P<m>{_MO})\b")),
]


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str
    basis: str
    historical: bool

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month"}.get(len(self.value), "day")


def month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(name[:3]))


def last_day(value: str) -> date:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD value can mean."""
    if len(value) == 4:
        return date(int(value), 12, 31)
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        first_next = date(year + month // 12, month % 12 + 1, 1)
        return first_next - timedelta(days=1)
    return date.fromisoformat(value)


def shifted(when: EventDate, days: int, published: date) -> EventDate:
    """A day-precise date moved by a stated lag ("a day after" the act it is dated from);
    a month or year stays as it is."""
    if when.precision != "day" or not days:
        return when
    moved = (date.fromisoformat(when.value) + timedelta(days=days)).isoformat()
    return _dated(moved, "relative", published)


#: Words that date an act by the one told before it: "the same day", "hours later",
#: "that night", "two days later", "the next day".
ANAPHORIC = re.compile(
    r"\b(?:the same (?:day|night|evening|morning|afternoon)|later (?:that|in the) "
    r"(?:day|night|evening|afternoon|morning)|that (?:night|evening|afternoon)|hours later|"
    r"(?P<n>a|one|two|three|four|five|\d+) days? later|the (?P<next>next|following) "
    r"(?:day|morning|night|evening))\b")


def anaphoric_lag(text: str) -> int | None:
    """Days after the act told before, when the words date an act by it ("hours later" 0,
    "two days later" 2, "the next day" 1), else None."""
    match = ANAPHORIC.search(text.lower())
    if match is None:
        return None
    if match["n"]:
        return NUMBER_WORDS.get(match["n"]) or int(match["n"])
    return 1 if match["next"] else 0


def publication(published: date) -> EventDate:
    return EventDate(published.isoformat(), "publication", False)


def _dated(value: str, basis: str, published: date) -> EventDate:
    historical = (published - last_day(value)).days > HISTORICAL_DAYS
    return EventDate(value, basis, historical)


def _weekday(match: re.Match, published: date, future: bool) -> str:
    target = WEEKDAYS.index(match["w"])
    qualifier = (match["q"] or "").lower()
    if qualifier == "next" or (future and qualifier != "last"):
        delta = (target - published.weekday()) % 7 or 7
        return (published + timedelta(days=delta)).isoformat()
    delta = (published.weekday() - target) % 7
    if qualifier == "last" and delta == 0:
        delta = 7
    return (published - timedelta(days=delta)).isoformat()


def _month_before(published: date, month: int, year: int | None = None) -> str:
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _shift(published: date, unit: str, n: int) -> str:
    if unit in ("year", "yr"):
        return f"{published.year - n:04d}"
    if unit == "decade":
        return f"{published.year - 10 * n:04d}"
    if unit == "month":
        index = published.year * 12 + published.month - 1 - n
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    days = 7 * n if unit == "week" else n
    return (published - timedelta(days=days)).isoformat()


SINCE_COMPARISON = re.compile(
    r"\b(first|worst|largest|biggest|deadliest|highest|lowest|heaviest|strongest|most|least|"
    r"only)\b(?P<gap>[^,;.]*?)\bsince\b[^,;.]*?\b(?:1[89]\d\d|20\d\d)\b"
    r"(?!\s*,)")  # "the worst since April 2016, when ...": that time is told of next


def resolve(text: str, published: date, *, future: bool = False) -> EventDate | None:
    """The date a stretch of text gives an event, or None when it names none.

    ``future`` is set for acts in the future tense, so "on Monday" looks forward.
    """
    # "for the first time since 2017", "the worst fighting since the Taliban returned in
    # 2021": the year after a superlative's "since" is a point of comparison, not the
    # event's date (but "protests that have gripped the country since October 17" began then)
    lowered = SINCE_COMPARISON.sub(r"\g<1>\g<gap>", text.lower())
    for kind, pattern in PATTERNS:
        match = pattern.search(lowered)
        if not match:
            continue
        value = _value(kind, match, published, future)
        if value is None:
            continue
        basis = "explicit" if kind in ("full_date", "month_year", "year") else "relative"
        return _dated(value, basis, published)
    return None


def _value(kind: str, m: re.Match, published: date, future: bool) -> str | None:
    if kind == "full_date":
        try:
            return date(int(m["y"]), month_number(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            return None
    if kind == "day_month":
        month, day = month_number(m["m"]), int(m["d"])
        try:  # the year that puts the day nearest the story ("on May 12", "from July 8")
            options = [date(y, month, day) for y in (published.year - 1, published.year,
                                                     published.year + 1)]
        except ValueError:
            return None
        return min(options, key=lambda d: abs((d - published).days)).isoformat()
    if kind == "month_year":
        return f"{int(m['y']):04d}-{month_number(m['m']):02d}"
    if kind == "decade":
        if m.groupdict().get("w"):
            century = 2000 if m["c"] == "twenty" else 1900
            return f"{century + DECADE_WORDS[m['w']]:04d}"
        digits = m["y"]
        year = int(digits) if len(digits) == 4 else (1900 + int(digits) if int(digits) >= 30
                                                     else 2000 + int(digits))
        return f"{year:04d}" if year <= published.year else None
    if kind == "year":
        year = int(m["y"])
        return f"{year:04d}" if year <= published.year + 1 else None
    if kind == "ago":
        n = NUMBER_WORDS.get(m["n"]) or int(m["n"])
        return _shift(published, m["u"], n)
    if kind == "last_unit":
        return _shift(published, m["u"], 1)
    if kind == "this_unit":
        unit = m["u"]
        return published.isoformat()[: {"year": 4, "month": 7}.get(unit, 10)]
    if kind == "weekday":
        return _weekday(m, published, future)
    if kind == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if kind == "today":
        return published.isoformat()
    if kind == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    if kind == "month":
        return _month_before(published, month_number(m["m"]))
    return None
