"""Readers: every format in, every kind of bad input reported in one line."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date

from faultline.ingest import read_inputs
from faultline.ingest.detect import detect_format
from faultline.records import Article, Problem, ReadOptions

from conftest import DATED_ARTICLE, PLAIN_ARTICLE, make_warc, write


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, Problem)])


def test_seed_reads_as_one_dated_article(seed):
    articles, problems = split(read_inputs([str(seed)]))
    assert problems == []
    (article,) = articles
    assert article.published == date(2021, 5, 14)
    assert article.date_source == "header"
    assert article.title.startswith("Armenia asks")
    assert article.format == "dated"
    assert article.text.lstrip().startswith("Armenia on Thursday accused")
    assert article.byte_end == seed.stat().st_size


def test_dated_text_and_stable_id(tmp_path):
    path = write(tmp_path / "a.txt", DATED_ARTICLE)
    (first,), _ = split(read_inputs([str(path)]))
    header, body = DATED_ARTICLE.split("\n", 1)
    rewrapped = write(tmp_path / "b.txt", header + "\n" + body.replace("\n\n", "\r\n\r\n").upper())
    (second,), _ = split(read_inputs([str(rewrapped)]))
    assert first.published == date(2022, 1, 6)
    assert first.title == "Troops from the CSTO arrive in Kazakhstan"
    assert first.id == second.id  # case and line endings do not make a new article


def test_plain_text_takes_date_option_or_is_flagged_undated(tmp_path):
    path = write(tmp_path / "plain.txt", PLAIN_ARTICLE)
    (article,), problems = split(read_inputs([str(path)]))
    assert article.undated and article.date_source == "none"
    assert article.title == "Finland becomes NATO's newest member"
    assert [p.fatal for p in problems] == [False]
    assert "no date" in problems[0].reason
    (dated,), problems = split(read_inputs([str(path)], ReadOptions(date=date(2023, 4, 4))))
    assert dated.published == date(2023, 4, 4) and dated.date_source == "option"
    assert problems == []


def test_jsonl_with_configured_fields_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"body": PLAIN_ARTICLE, "headline": "Finland joins", "when": "2023-04-04",
                    "link": "https://example.org/fi"}),
        "{not json",
        json.dumps({"headline": "no body"}),
        json.dumps({"body": DATED_ARTICLE, "when": "4 April 2023"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    fields = {"text": "body", "title": "headline", "date": "when", "url": "link"}
    articles, problems = split(read_inputs([str(path)], ReadOptions(jsonl_fields=fields)))
    assert [a.published for a in articles] == [date(2023, 4, 4), date(2023, 4, 4)]
    assert articles[0].url == "https://example.org/fi" and articles[0].title == "Finland joins"
    assert [p.input for p in problems] == [f"{path}:2", f"{path}:3"]
    assert "malformed JSON" in problems[0].reason and "'body'" in problems[1].reason
    assert articles[0].byte_start == 0 and articles[1].byte_start > articles[0].byte_end


def test_html_page(tmp_path):
    html = (
        "<!DOCTYPE html><html><head><title>Talks in Moscow</title>"
        '<meta property="article:published_time" content="2020-10-10T02:00:00Z"></head>'
        "<body><nav>Home | World</nav><article><h1>Talks in Moscow</h1>"
        "<p>The foreign ministers of Armenia and Azerbaijan agreed to a humanitarian truce "
        "after ten hours of talks hosted by Russian Foreign Minister Sergei Lavrov.</p>"
        "<p>The truce was meant to allow the exchange of prisoners and of the bodies of the "
        "dead, Lavrov told reporters after the meeting ended early on Saturday.</p>"
        "</article><footer>Copyright</footer></body></html>"
    )
    path = write(tmp_path / "page.html", html)
    (article,), problems = split(read_inputs([str(path)]))
    assert problems == []
    assert article.format == "html" and article.published == date(2020, 10, 10)
    assert "humanitarian truce" in article.text and "Copyright" not in article.text


def test_rss_and_atom_feeds(tmp_path):
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>'
        "<item><title>Sanctions widened</title><link>https://example.org/1</link>"
        "<pubDate>Mon, 28 Feb 2022 10:00:00 GMT</pubDate>"
        "<description>The European Union closed its airspace to Russian aircraft and "
        "froze central bank reserves, its foreign policy chief said on Monday.</description>"
        "</item><item><title>Empty</title></item></channel></rss>"
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Wire</title><entry><title>Summit ends</title><id>urn:x:1</id>"
        "<updated>2018-06-12T08:00:00Z</updated><content type=\"html\">&lt;p&gt;The leaders "
        "of the United States and North Korea signed a short statement in Singapore after "
        "their first meeting, pledging to work toward denuclearisation.&lt;/p&gt;</content>"
        "</entry></feed>"
    )
    articles, problems = split(read_inputs([str(write(tmp_path / "w.rss", rss)),
                                            str(write(tmp_path / "w.atom", atom))]))
    assert [a.format for a in articles] == ["rss", "rss"]
    assert [a.published for a in articles] == [date(2022, 2, 28), date(2018, 6, 12)]
    assert "denuclearisation" in articles[1].text
    assert len(problems) == 1 and "no content" in problems[0].reason


def test_warc_archive_takes_html_responses(tmp_path):
    page = ("<html><body><article><p>Turkish and Russian defence officials met in Ankara to "
            "discuss patrols in northern Syria, the Turkish defence ministry said in a "
            "statement on Wednesday.</p><p>They agreed to meet again next month.</p>"
            "</article></body></html>")
    data = make_warc([("https://example.org/a", "text/html; charset=utf-8", page),
                      ("https://example.org/logo.png", "image/png", "PNG")])
    path = write(tmp_path / "crawl.warc.gz", data)
    (article,), problems = split(read_inputs([str(path)]))
    assert problems == []
    assert article.format == "warc" and article.url == "https://example.org/a"
    assert article.published is not None and article.date_source in ("metadata", "crawl")


def test_directories_recurse_and_formats_are_detected(tmp_path):
    write(tmp_path / "d" / "one.txt", DATED_ARTICLE)
    write(tmp_path / "d" / "sub" / "two.jsonl", json.dumps({"text": PLAIN_ARTICLE}) + "\n")
    write(tmp_path / "d" / ".hidden", "ignored")
    articles, _ = split(read_inputs([str(tmp_path / "d")]))
    assert sorted(a.format for a in articles) == ["dated", "jsonl"]


def test_forced_format_overrides_detection(tmp_path):
    path = write(tmp_path / "a.txt", DATED_ARTICLE)
    (article,), _ = split(read_inputs([str(path)], ReadOptions(format="text")))
    assert article.format == "text" and article.text.startswith(" date 2022")


def test_bad_inputs_each_give_one_line(tmp_path):
    empty = write(tmp_path / "empty.txt", "")
    binary = write(tmp_path / "blob.bin", bytes(range(256)) * 20)
    missing = tmp_path / "missing.txt"
    french = write(tmp_path / "fr.txt", " date 2021-05-14 Tensions\n\n" + (
        "Le Premier ministre arménien a demandé l'aide de la Russie et il a dit que les "
        "troupes de l'Azerbaïdjan sont entrées dans le pays pour la première fois. ") * 3)
    items = list(read_inputs([str(empty), str(binary), str(missing), str(french)]))
    assert all(isinstance(i, Problem) and i.fatal for i in items)
    assert [i.input for i in items] == [str(empty), str(binary), str(missing), str(french)]
    assert ["empty" in items[0].reason, "binary" in items[1].reason,
            "no such file" in items[2].reason, "not English" in items[3].reason] == [True] * 4
    assert all("\n" not in i.line() for i in items)


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    data = DATED_ARTICLE.encode().replace(b"bloc", b"bl\xffoc")
    path = write(tmp_path / "latin.txt", data)
    (article,), (problem,) = split(read_inputs([str(path)]))
    assert "\ufffd" in article.text
    assert not problem.fatal and "invalid UTF-8" in problem.reason


def test_large_jsonl_is_streamed_not_loaded(tmp_path):
    line = json.dumps({"text": PLAIN_ARTICLE * 3, "date": "2023-04-04"}) + "\n"
    path = tmp_path / "big.jsonl"
    with path.open("w") as out:
        for i in range(40_000):
            out.write(line.replace("Finland", f"Finland{i}", 1))
    size = path.stat().st_size
    assert size > 30_000_000
    tracemalloc.start()
    count = sum(1 for item in read_inputs([str(path)]) if isinstance(item, Article))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 40_000
    assert peak < size / 10, f"peak {peak} bytes for a {size}-byte file"


def test_detect_format_from_content():
    assert detect_format(b" date 2021-05-14 Title\n") == "dated"
    assert detect_format(b'{"text": "x"}\n') == "jsonl"
    assert detect_format(b"<?xml version='1.0'?><rss>") == "rss"
    assert detect_format(b"<!doctype html><html>") == "html"
    assert detect_format(b"WARC/1.0\r\n") == "warc"
    assert detect_format(b"Just some words.") == "text"


def test_bundled_demo_corpus_reads_cleanly():
    from faultline.data import data_file

    folder = str(data_file("demo"))
    articles, problems = split(read_inputs([folder]))
    assert problems == []
    assert len(articles) >= 30
    assert all(a.published and a.format == "dated" and a.title for a in articles)
    assert len({a.id for a in articles}) == len(articles)
    border_crisis = [a for a in articles if a.published.isoformat().startswith("2021-05")]
    assert len(border_crisis) >= 5
