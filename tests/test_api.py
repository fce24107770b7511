"""The HTTP API against a real DuckDB file built by the pipeline from the demo corpus."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from faultline.api import create_app
from faultline.store.base import EventFilter

from conftest import SEED, run_cli


@pytest.fixture(scope="module")
def client(demo_db: Path):
    with TestClient(create_app(str(demo_db))) as test_client:
        yield test_client


def sql(client: TestClient, query: str, params: tuple = ()) -> list[tuple]:
    """Ask the served store directly, to check the API's answers against the data."""
    return client.app.state.db.run(lambda s: s.execute(query, params))


def seed_article(client: TestClient) -> dict:
    items = client.get("/api/articles", params={"limit": 500}).json()["items"]
    found = [a for a in items if a["path"].endswith(SEED.name)]
    if not found:
        pytest.skip("the spun seed is not beside this checkout")
    return client.get(f"/api/articles/{found[0]['id']}").json()


def side(actor: dict | None) -> str | None:
    return actor and (actor["country"] or actor["org"])


# -- health, articles -----------------------------------------------------------------------

def test_health_counts_what_the_store_holds(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["read_only"] is True and body["ingest"] is False
    assert body["articles"] == sql(client, "SELECT count(*) FROM articles")[0][0] >= 36
    assert body["events"] == sql(client, "SELECT count(*) FROM events")[0][0] > 100


def test_articles_are_paged_oldest_first(client):
    first = client.get("/api/articles", params={"limit": 10}).json()
    second = client.get("/api/articles", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] == sql(client, "SELECT count(*) FROM articles")[0][0]
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 20
    dates = [a["date"] for a in first["items"] + second["items"]]
    assert dates == sorted(dates)
    window = client.get("/api/articles", params={"since": "2021-05-13",
                                                 "until": "2021-05-31"}).json()
    assert window["total"] >= 9
    assert all("2021-05-13" <= a["date"] <= "2021-05-31" for a in window["items"])


def test_article_offsets_point_into_the_input_text(client):
    article = seed_article(client)
    text = article["text"]
    assert article["spin_score"] > 0.5 and article["restored_text"] != text
    assert len(article["changes"]) >= 5
    for change in article["changes"]:
        assert text[change["start"]:change["end"]] == change["found"]
    assert "UN Security Council" in {c["restored"] for c in article["changes"]}
    assert article["events"]
    untouched = 0
    for event in article["events"]:
        start, end = event["char_span"]
        assert 0 <= start < end <= len(text) and event["article_id"] == article["id"]
        if not any(start <= c["start"] < end for c in article["changes"]):
            assert text[start:end].strip() == event["sentence"].strip()
            untouched += 1
    # events from spun sentences were coded on the restored wording (once the seed reads as
    # spun, its "stated" -> "said" swaps are restored too, so few sentences stay untouched)
    assert untouched < len(article["events"])


def test_unknown_and_malformed_article_ids(client):
    missing = client.get("/api/articles/" + "0" * 20)
    assert missing.status_code == 404 and "no article" in missing.json()["detail"]
    bad = client.get("/api/articles/not-an-id")
    assert bad.status_code == 422 and bad.json()["detail"].startswith("id:")


# -- events ---------------------------------------------------------------------------------

def events(client: TestClient, **params) -> dict:
    response = client.get("/api/events", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return response.json()


def test_event_filters_select_only_matching_events(client):
    for item in events(client, actor="arm")["items"]:
        assert "ARM" in (side(item["source"]), side(item["target"]))
    for actor in ("ARM", "CSTO", "RUS"):  # countries and organisations, on either side
        plain = sql(client, "SELECT count(*) FROM events WHERE NOT historical AND ? IN "
                    "(source_country, target_country, source_org, target_org)", (actor,))
        assert events(client, actor=actor)["total"] == plain[0][0] > 0
    pair = events(client, dyad="ARM,AZE")
    assert pair["total"] >= 5
    for item in pair["items"]:
        assert {side(item["source"]), side(item["target"])} == {"ARM", "AZE"}
    for item in events(client, cameo="11")["items"]:
        assert item["cameo"]["code"].startswith("11")
    assert all(e["cameo"]["quad_class"] == 4 for e in events(client, quad=4)["items"])
    window = events(client, since="2021-05-13", until="2021-05-20")["items"]
    assert window and all("2021-05-13" <= e["date"][:10] <= "2021-05-20" for e in window)


def test_historical_events_only_on_request(client):
    default, everything = events(client), events(client, historical="true")
    assert not any(e["historical"] for e in default["items"])
    assert any(e["historical"] for e in everything["items"])
    assert everything["total"] > default["total"]


def test_event_pages_are_disjoint_and_total_matches_the_store(client):
    total = sql(client, "SELECT count(*) FROM events WHERE NOT historical")[0][0]
    pages = [events(client, limit=40, offset=o) for o in range(0, total + 40, 40)]
    assert {p["total"] for p in pages} == {total}
    ids = [e["event_id"] for p in pages for e in p["items"]]
    assert len(ids) == len(set(ids)) == total


@pytest.mark.parametrize(("params", "named"), [
    ({"since": "2021-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"since": "2022-01-01", "until": "2021-01-01"}, "since"),
    ({"limit": 501}, "limit"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"quad": 5}, "quad"),
    ({"cameo": "19x"}, "cameo"),
    ({"dyad": "ARM"}, "dyad"),
    ({"dyad": "ARM,AZE,RUS"}, "dyad"),
    ({"actor": "ARM' OR '1'='1"}, "actor"),
])
def test_bad_parameters_get_a_422_naming_them(client, params, named):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"].startswith(f"{named}:")


def test_search_values_are_bound_not_spliced(client):
    """A quote in the query would break (or widen) a concatenated statement."""
    hostile = client.get("/api/search", params={"q": "' OR '1'='1"})
    assert hostile.status_code == 200
    assert hostile.json()["articles"] == [] and hostile.json()["events"] == []
    found = client.get("/api/search", params={"q": "syunik"}).json()
    assert found["articles"] and found["events"]
    assert all("syunik" in e["sentence"].lower() for e in found["events"])
    assert client.get("/api/search", params={"q": "a"}).status_code == 422


# -- actors, network, counts ----------------------------------------------------------------

def test_actors_are_named_and_counted(client):
    actors = client.get("/api/actors", params={"top": 10}).json()
    by_code = {a["actor"]: a for a in actors}
    assert by_code["ARM"]["name"] == "Armenia"
    assert all(a["events"] == a["as_source"] + a["as_target"] for a in actors)
    assert [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)


def test_network_edges_split_into_cooperation_and_conflict(client):
    net = client.get("/api/network").json()
    nodes = {n["actor"] for n in net["nodes"]}
    assert net["edges"]
    for edge in net["edges"]:
        assert edge["source"] != edge["target"]
        assert {edge["source"], edge["target"]} <= nodes
        assert edge["cooperation"] + edge["conflict"] == edge["events"]
    aze_arm = next(e for e in net["edges"] if (e["source"], e["target"]) == ("AZE", "ARM"))
    assert aze_arm["conflict"] > aze_arm["cooperation"]


def test_counts_over_time_add_up_to_the_real_world_events(client):
    rows = client.get("/api/events/counts", params={"period": "year"}).json()
    merged = sql(client, "SELECT count(*) FROM merged_events WHERE NOT historical")[0][0]
    assert sum(r["events"] for r in rows) == merged
    assert all(r["period"].endswith("-01-01") and 1 <= r["quad_class"] <= 4 for r in rows)
    assert client.get("/api/events/counts", params={"period": "decade"}).status_code == 422


# -- analysis endpoints ---------------------------------------------------------------------

def test_dyad_series_has_the_events_behind_each_point(client):
    body = client.get("/api/dyads/arm/aze/series").json()
    assert (body["a"], body["b"], body["a_name"]) == ("ARM", "AZE", "Armenia")
    series = body["series"]
    assert series
    for key in ("day", "events", "goldstein_sum", "goldstein_mean", "tension"):
        assert key in series[0]
    busiest = max(series, key=lambda r: r["events"])
    day = busiest["day"]
    behind = events(client, dyad="ARM,AZE", since=day, until=day, historical="true")
    assert behind["total"] >= busiest["events"] > 0
    assert client.get("/api/dyads/ARM/A-Z/series").status_code == 422


def test_top_dyads_alerts_and_obligations_answer(client):
    dyads = client.get("/api/dyads", params={"limit": 5}).json()
    assert dyads and {"a", "b", "events", "tension"} <= set(dyads[0])
    assert any({d["a"], d["b"]} == {"ARM", "AZE"} for d in dyads)
    alerts = client.get("/api/alerts")
    assert alerts.status_code == 200
    days = [str(a["day"]) for a in alerts.json()]
    assert days == sorted(days, reverse=True)
    obligations = client.get("/api/obligations", params={"since": "2017-01-01"}).json()
    assert obligations and all(str(o["day"]) >= "2017-01-01" for o in obligations)
    assert {"event_id", "treaty", "treaty_name", "commitment", "engaged", "committed",
            "how"} <= set(obligations[0])
    assert client.get("/api/alerts", params={"since": "x"}).status_code == 422


# -- safety: read-only, token, CORS ---------------------------------------------------------

def test_read_only_by_default(client):
    assert client.post("/api/ingest", content=b"text").status_code in (404, 405)
    assert client.delete("/api/articles/" + "0" * 20).status_code == 405
    with pytest.raises(Exception, match="read-only"):
        sql(client, "CREATE TABLE intruder (x INTEGER)")


def test_no_cors_headers_unless_asked_for(client):
    plain = client.get("/api/health", headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in plain.headers


ARTICLE = ("date 2024-06-03 Ruritania and Freedonia sign border treaty\n\n"
           "Russia and Ukraine signed an agreement on Monday to exchange prisoners, the "
           "foreign ministry in Moscow said.\n")


def test_ingest_needs_the_token(demo_db, tmp_path):
    copy = tmp_path / "writable.duckdb"
    shutil.copy(demo_db, copy)
    app = create_app(str(copy), token="s3cret", cors_origins=["http://allowed.example"])
    with TestClient(app) as writer:
        assert writer.post("/api/ingest", content=ARTICLE.encode()).status_code == 401
        wrong = writer.post("/api/ingest", content=ARTICLE.encode(),
                            headers={"Authorization": "Bearer guess"})
        assert wrong.status_code == 401
        good = writer.post("/api/ingest", content=ARTICLE.encode(),
                           headers={"Authorization": "Bearer s3cret"})
        assert good.status_code == 200, good.text
        assert good.json()["stored"] == 1 and good.json()["events"] >= 1
        listed = writer.get("/api/articles", params={"since": date(2024, 6, 3)}).json()
        assert "Ruritania and Freedonia sign border treaty" in {a["title"]
                                                               for a in listed["items"]}
        again = writer.post("/api/ingest", content=ARTICLE.encode(),
                            headers={"Authorization": "Bearer s3cret"}).json()
        assert again["stored"] == 0 and again["duplicates"] == 1
        allowed = writer.get("/api/health", headers={"Origin": "http://allowed.example"})
        assert allowed.headers["access-control-allow-origin"] == "http://allowed.example"


# -- pages and docs -------------------------------------------------------------------------

def test_every_view_has_a_url_serving_the_dashboard(client):
    for path in ("/", "/dyads/ARM/AZE?day=2021-05-13", "/dyads/ARM-AZE", "/network",
                 "/events?actor=ARM", "/articles", "/articles/" + "0" * 20, "/search?q=csto",
                 "/obligations", "/api-docs"):
        page = client.get(path)
        assert page.status_code == 200 and "/static/app.js" in page.text, path
    assert "function render" in client.get("/static/app.js").text
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/nowhere").status_code == 404


def test_openapi_documents_every_endpoint(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/articles", "/api/articles/{id}", "/api/events", "/api/actors",
            "/api/dyads/{a}/{b}/series", "/api/alerts", "/api/obligations",
            "/api/health"} <= paths
    assert client.get("/docs").status_code == 200


def test_serve_refuses_a_missing_or_foreign_database(tmp_path):
    done = run_cli("serve", "--db", str(tmp_path / "none.duckdb"))
    assert done.returncode == 2 and "no such database" in done.stderr
    assert not (tmp_path / "none.duckdb").exists()  # serving never creates a database
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database\n")
    done = run_cli("serve", "--db", str(foreign))
    assert done.returncode == 2 and "cannot open database" in done.stderr


@pytest.mark.parametrize("where", [EventFilter(), EventFilter(actor="ARM"),
                                   EventFilter(dyad=("ARM", "AZE"), include_historical=True),
                                   EventFilter(quad_class=1, since=date(2021, 5, 1))])
def test_a_page_is_that_slice_of_all_matching_events(client, where):
    """Paging reads only the days a page falls on; it must give what slicing gives."""
    def page_and_all(s):
        everything = s.events(where)
        pages = {(o, n): s.event_page(replace(where, limit=n, offset=o))
                 for o in (0, 1, 7, 30, 500) for n in (1, 5, 50)}
        return everything, pages

    everything, pages = client.app.state.db.run(page_and_all)
    for (offset, limit), (total, items) in pages.items():
        assert total == len(everything)
        assert [e["event_id"] for e in items] == \
            [e["event_id"] for e in everything[offset:offset + limit]], (offset, limit)
