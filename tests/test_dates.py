"""Event dates resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from faultline.coding.dates import resolve

FRIDAY = date(2021, 5, 14)


@pytest.mark.parametrize(("text", "value", "basis", "historical"), [
    ("Armenia on Thursday accused Azerbaijan", "2021-05-13", "relative", False),
    ("during a phone call late Thursday", "2021-05-13", "relative", False),
    ("Earlier Friday the deputy prime minister said", "2021-05-14", "relative", False),
    ("on Friday evening", "2021-05-14", "relative", False),
    ("last Friday", "2021-05-07", "relative", False),
    ("yesterday", "2021-05-13", "relative", False),
    ("fought a war last year", "2020", "relative", True),
    ("fought a war final yr", "2020", "relative", True),
    ("in a war in the 1990s", "1990", "relative", True),
    ("in a war in the Nineteen Nineties", "1990", "relative", True),
    ("since the nineties", "1990", "relative", True),
    ("in 2008 Russia fought Georgia", "2008", "explicit", True),
    ("on 27 September 2020", "2020-09-27", "explicit", True),
    ("on May 12", "2021-05-12", "relative", False),
    ("in February", "2021-02", "relative", True),
    ("two years ago", "2019", "relative", True),
    ("last month", "2021-04", "relative", False),
])
def test_relative_and_explicit_dates(text, value, basis, historical):
    found = resolve(text, FRIDAY)
    assert (found.value, found.basis, found.historical) == (value, basis, historical)


def test_future_weekday_looks_forward():
    assert resolve("will meet on Monday", FRIDAY, future=True).value == "2021-05-17"
    assert resolve("next Monday", FRIDAY).value == "2021-05-17"


def test_no_date_words_gives_none():
    assert resolve("Armenia asked Russia for help", FRIDAY) is None


def test_a_stated_lag_moves_the_date_of_the_clause_it_hangs_from():
    from faultline.coding import code_articles
    from faultline.records import Article, article_id

    text = ("Nepal's Prime Minister KP Sharma Oli resigned on Tuesday, a day after police "
            "killed 19 people during protests against a ban on social media.")
    article = Article(id=article_id(text), title=None, published=date(2025, 9, 10),
                      date_source="header", text=text, language="en", format="text",
                      source="test")
    ((_, events),) = list(code_articles([article]))
    by_trigger = {e.trigger: e.date for e in events}
    assert by_trigger["resigned"] == "2025-09-09"
    assert by_trigger["killed"] == "2025-09-08", by_trigger


def test_a_superlatives_since_year_is_a_comparison_not_the_date():
    from faultline.coding import dates

    published = date(2022, 3, 24)
    first = dates.resolve("test-fired a missile on Thursday for the first time since 2017",
                          published)
    assert first is not None and first.value == "2022-03-24"
    told = dates.resolve("the worst fighting since April 2016 , when", published)
    assert told is not None and told.value == "2016-04"
    ongoing = dates.resolve("protests that had gripped the country since October 17", published)
    assert ongoing is not None and ongoing.value == "2021-10-17"


def test_a_date_before_a_noun_dates_the_noun_not_the_act():
    from coded import code_text
    events = code_text("The opposition leader said on Friday that he rejected the results of "
                       "the August 23 election in Zimbabwe.", date(2023, 8, 27))
    assert events and all(e["date"] == "2023-08-25" for e in events), events


@pytest.mark.parametrize(("later", "day"), [
    ("Hours later, Lithuania expelled a Belarusian diplomat.", "2021-05-10"),
    ("Lithuania expelled a Belarusian diplomat the same day.", "2021-05-10"),
    ("That night, Lithuania expelled a Belarusian diplomat.", "2021-05-10"),
    ("Two days later, Lithuania expelled a Belarusian diplomat.", "2021-05-12"),
    ("Lithuania expelled a Belarusian diplomat the next day.", "2021-05-11"),
    # no date words: the day of the act told before, not the day of printing
    ("Lithuania expelled a Belarusian diplomat.", "2021-05-10"),
])
def test_an_act_dated_by_the_one_told_before_it(later, day):
    from coded import code_text

    events = code_text("Belarus expelled two Lithuanian diplomats on Monday. " + later, FRIDAY)
    assert [e["date"] for e in events if e["source"]["country"] == "LTU"] == [day], events
