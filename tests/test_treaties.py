"""The treaty knowledge base and the obligations events engage, on both sides of key dates."""

from __future__ import annotations

import json
from datetime import date

import pytest

from faultline.analysis.treaties import (
    DUTIES,
    CodedEvent,
    engagements,
    obligations,
    refresh_obligations,
    treaty_base,
)
from faultline.data import read_table
from synthetic import event, store_events

COUNTRIES = {r["iso3"] for r in read_table("actors/countries.tsv")}
ORGS = {r["org"] for r in read_table("actors/memberships.tsv")}


def coded(day: date, source: str, target: str, cameo: str, *, target_sector: str | None = None,
          target_org: str | None = None) -> CodedEvent:
    return CodedEvent(event_id="x", day=day, historical=False, source_country=source,
                      source_org=None, target_country=None if target_org else target,
                      target_org=target_org, target_sector=target_sector, cameo_code=cameo)


def engaged(day: date, source: str, target: str, cameo: str, **kw) -> dict[str, list[str]]:
    """Treaty key -> committed parties for one event."""
    return {o["treaty"]: o["committed"] for o in engagements(coded(day, source, target, cameo,
                                                                   **kw))}


def test_knowledge_base_rows_are_well_formed():
    base = treaty_base()
    assert len(base.treaties) >= 28
    for treaty in base.treaties:
        assert treaty.commitment in DUTIES, treaty.key
        assert (treaty.org in ORGS) != bool(treaty.parties), treaty.key
        assert set(treaty.parties) <= COUNTRIES and set(treaty.protects) <= set(treaty.parties)
        assert treaty.ended is None or treaty.start < treaty.ended
        assert base.party_spells(treaty.key), treaty.key
    assert {t.commitment for t in base.treaties} >= {
        "collective_defence", "mutual_defence", "consultation", "non_aggression", "guarantee"}
    for rule in base.triggers:
        assert rule.commitments <= set(DUTIES) and rule.engaged in ("source", "target")


def test_a_member_is_protected_from_its_join_date_on():
    before = engaged(date(2023, 4, 3), "RUS", "FIN", "190")
    after = engaged(date(2023, 4, 4), "RUS", "FIN", "190")
    assert "NATO-5" not in before and "EU-42-7" in before
    assert {"USA", "DEU", "TUR"} <= set(after["NATO-5"])
    assert "FIN" not in after["NATO-5"] and "RUS" not in after["NATO-5"]
    assert after["NATO-4"] == after["NATO-5"]


def test_a_member_is_not_protected_after_leaving():
    assert "CSTO-4" in engaged(date(1998, 6, 1), "ARM", "AZE", "190")
    assert "CSTO-4" not in engaged(date(2000, 6, 1), "ARM", "AZE", "190")
    assert engaged(date(2000, 6, 1), "ARM", "AZE", "190") == {}  # Azerbaijan left in 1999
    assert engaged(date(2011, 6, 1), "ARM", "AZE", "190") == {"TUR-AZE-2010": ["TUR"]}


def test_a_bilateral_treaty_binds_from_entry_into_force():
    assert "RUS-PRK-2024" not in engaged(date(2024, 12, 3), "USA", "PRK", "195")
    assert engaged(date(2024, 12, 4), "USA", "PRK", "195")["RUS-PRK-2024"] == ["RUS"]
    assert engaged(date(2024, 12, 4), "USA", "PRK", "195")["CHN-PRK-1961"] == ["CHN"]


def test_an_ended_treaty_binds_no_one():
    assert engaged(date(2010, 1, 1), "RUS", "BEL", "190").get("WEU-5")
    assert "WEU-5" not in engaged(date(2012, 1, 1), "RUS", "BEL", "190")


def test_appeal_to_the_treaty_body_commits_the_other_members():
    found = engaged(date(2021, 5, 14), "ARM", "CSTO", "020", target_org="CSTO")
    assert found["CSTO-4"] == ["BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert found["CSTO-2"] == found["CSTO-4"] and "RUS-ARM-1997" not in found
    assert engaged(date(2021, 5, 14), "AZE", "CSTO", "020", target_org="CSTO") == {}


def test_appeal_to_a_partner_for_military_aid_commits_that_partner():
    found = engaged(date(2021, 5, 14), "ARM", "RUS", "0232")
    assert found == {"RUS-ARM-1997": ["RUS"], "CSTO-4": ["RUS"], "CSTO-2": ["RUS"]}
    assert engaged(date(2021, 5, 14), "ARM", "RUS", "0242") == {}  # a plain political appeal
    assert engaged(date(2021, 5, 14), "ARM", "FRA", "0232") == {}  # not a treaty partner


def test_accusations_engage_the_accuser_only_when_aggression_is_claimed():
    assert "RUS-ARM-1997" in engaged(date(2021, 5, 13), "ARM", "AZE", "1123")
    assert "RUS-ARM-1997" in engaged(date(2021, 5, 13), "ARM", "AZE", "112",
                                     target_sector="MIL")
    assert engaged(date(2021, 5, 13), "ARM", "AZE", "112") == {}
    assert engaged(date(2021, 5, 13), "ARM", "AZE", "1121") == {}


def test_threats_engage_consultation_only():
    found = engaged(date(2024, 1, 1), "RUS", "EST", "138")
    assert "NATO-4" in found and "NATO-5" not in found


def test_guarantee_commits_the_guarantors_and_names_a_guarantor_attacker():
    [budapest] = [o for o in engagements(coded(date(2022, 2, 24), "RUS", "UKR", "190"))
                  if o["treaty"] == "BUDAPEST-1994"]
    assert budapest["committed"] == ["GBR", "USA"] and budapest["commitment"] == "guarantee"
    assert "Russia is itself a party" in budapest["how"]
    assert "BUDAPEST-1994" not in engaged(date(2022, 2, 24), "RUS", "GBR", "190")


def test_non_aggression_binds_the_attacking_party():
    assert engaged(date(1940, 1, 1), "DEU", "RUS", "190")["NAZI-SOVIET-1939"] == ["DEU"]
    assert "NAZI-SOVIET-1939" not in engaged(date(1941, 6, 22), "DEU", "RUS", "190")
    assert engaged(date(2020, 1, 1), "THA", "KHM", "190")["TAC-1976"] == ["THA"]


def test_how_is_one_sentence_naming_the_parties():
    [found] = [o for o in engagements(coded(date(2020, 9, 27), "AZE", "ARM", "190"))
               if o["treaty"] == "CSTO-4"]
    assert found["how"].startswith("Armenia was the target of material conflict by Azerbaijan")
    assert "Article 4 of the Collective Security Treaty" in found["how"]
    assert "Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan are bound" in found["how"]
    assert found["how"].count(".") == 1 and found["trigger"] == "material_conflict"


def test_refresh_stores_obligations_for_the_api(db_url):
    events = [event(1, date(2021, 5, 14), "ARM", "CSTO", "020"),
              event(2, date(2021, 5, 15), "AZE", "ARM", "190"),
              event(3, date(2021, 5, 16), "AZE", "ARM", "190", negated=True),
              event(4, date(2021, 5, 16), "AZE", "ARM", "190", hypothetical=True),
              event(5, date(2020, 1, 1), "AZE", "ARM", "190", historical=True)]
    with store_events(db_url, events) as store:
        assert refresh_obligations(store) == 2 + 3 + 3
        assert refresh_obligations(store) == 8  # recomputed, not appended
        rows = obligations(store, since=date(2021, 5, 1))
        assert [(r["event_id"], r["treaty"]) for r in rows] == [
            ("e0000001", "CSTO-2"), ("e0000001", "CSTO-4"), ("e0000002", "CSTO-2"),
            ("e0000002", "CSTO-4"), ("e0000002", "RUS-ARM-1997")]
        assert rows[0]["committed"] == ["BLR", "KAZ", "KGZ", "RUS", "TJK"]
        assert rows[0]["day"] == date(2021, 5, 14) and rows[0]["trigger"] == "appeal"
        assert obligations(store, until=date(2020, 12, 31))[0]["historical"] is True
        stored = store.execute("SELECT committed FROM obligations WHERE treaty = ?",
                               ["RUS-ARM-1997"])
        assert json.loads(stored[0][0]) == ["RUS"]


@pytest.fixture
def seed_db(tmp_path, seed, cli):
    db = str(tmp_path / "seed.duckdb")
    done = cli("ingest", str(seed), "--db", db, "--quiet")
    assert done.returncode == 0, done.stderr
    return db


def test_seed_end_to_end(seed_db, cli):
    result = cli("obligations", "--db", seed_db, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    appeal = [r for r in rows if r["trigger"] == "appeal" and r["counterpart"] == "CSTO"]
    assert {r["treaty"] for r in appeal} == {"CSTO-4", "CSTO-2"}
    assert all(r["engaged"] == "ARM" and "RUS" in r["committed"] for r in appeal)
    assert any(r["treaty"] == "RUS-ARM-1997" and r["committed"] == ["RUS"] and
               r["day"] == "2021-05-14" for r in rows)
    tension = cli("tension", "ARM", "AZE", "--db", seed_db, "--format", "jsonl")
    days = [json.loads(line) for line in tension.stdout.splitlines()]
    assert any(d["q3"] + d["q4"] > 0 and d["day"].startswith("2021-05") for d in days)
    assert all(d["tension"] > 0 for d in days)
    table = cli("obligations", "--db", seed_db, "--since", "2021-05-14")
    assert "CSTO-4" in table.stdout and "collective_defence" in table.stdout
