"""The dashboard in Debian's Chromium, driven by Playwright, against `faultline serve`.

Screenshots of each view go to test-artifacts/ for a human to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, SEED, faultline_bin

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = REPO / "test-artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(demo_db: Path):
    """`faultline serve` on the demo database, as a user would start it (default host)."""
    port = free_port()
    process = subprocess.Popen([faultline_bin(), "serve", "--db", str(demo_db), "--port",
                                str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"faultline serve did not start: {process.communicate()[1]}")
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: scripts/system-deps.sh installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM,
                                              args=["--no-sandbox", "--disable-gpu"])
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert not errors, errors


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def ready(page) -> None:
    """Wait until the page has rendered the current URL's view."""
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)
    assert page.locator("#error").is_hidden(), page.locator("#error").inner_text()


def test_overview_shows_counts_chart_dyads_and_alerts(page):
    page.goto("/")
    ready(page)
    assert page.locator("[data-testid=overview-chart] rect.bar").count() >= 10
    dyads = page.locator("[data-testid=top-dyads]")
    assert "ARM–AZE" in dyads.inner_text() or "AZE–ARM" in dyads.inner_text()
    assert page.locator("[data-testid=alerts]").count() == 1
    shot(page, "overview")
    bar = page.locator("[data-testid=overview-chart] rect.bar[data-quad='4']").first
    period, quad = bar.get_attribute("data-period"), bar.get_attribute("data-quad")
    bar.click()  # a bar opens the events it counts
    page.wait_for_url(f"**/events?since={period}*quad={quad}")
    ready(page)
    badges = page.locator("[data-testid=event-table] tbody tr .badge").all_inner_texts()
    assert badges and set(badges) == {f"Q{quad}"}


def test_dyad_view_shows_series_and_the_events_behind_a_point(page):
    page.goto("/")
    ready(page)
    page.locator("[data-testid=top-dyads] a", has_text="ARM").first.click()
    page.wait_for_url("**/dyads/*/*")
    ready(page)
    points = page.locator("[data-testid=tension-chart] .point")
    assert points.count() >= 2
    day = points.last.get_attribute("data-day")
    points.last.click()
    page.wait_for_url(f"**day={day}")
    ready(page)
    rows = page.locator("[data-testid=day-events] [data-testid=event-table] tbody tr")
    assert rows.count() >= 1
    assert all(day == text[:10] for text in rows.locator("td:first-child").all_inner_texts())
    shot(page, "dyad")
    # the URL alone brings the same view back
    page.goto(page.url)
    ready(page)
    assert page.locator("[data-testid=day-events] tbody tr").count() == rows.count()
    page.goto("/dyads/ARM-AZE")  # the pair as analysts write it
    ready(page)
    assert "Armenia – Azerbaijan" in page.locator("h1").inner_text()
    assert page.locator("[data-testid=goldstein-chart] .point").count() >= 2
    page.fill("input[name=b]", "rus")  # the form changes the pair in the path
    page.fill("input[name=since]", "2021-01-01")
    page.click("form.filters button")
    page.wait_for_url("**/dyads/ARM/RUS?since=2021-01-01*")
    ready(page)
    assert "Armenia – Russia" in page.locator("h1").inner_text()


def test_article_reader_highlights_events_and_restorations(page, server):
    if not SEED.exists():
        pytest.skip("the spun seed is not beside this checkout")
    page.goto("/search?q=Firstpost")
    ready(page)
    page.locator("[data-testid=search-articles] a").first.click()
    page.wait_for_url("**/articles/*")
    ready(page)
    text = page.locator("[data-testid=article-text]")
    cards = page.locator("[data-testid=event-list] .event-card")
    assert cards.count() >= 3
    assert text.locator("mark.event").count() >= cards.count() // 2
    assert "UN Security Council" in text.locator("ins.restored").all_inner_texts()
    assert "UN Safety Council" in text.locator(".spun").all_inner_texts()
    event_id = cards.nth(2).get_attribute("data-event")
    cards.nth(2).click()
    focused = text.locator(f"mark.event.focus[data-events~='{event_id}']")
    assert focused.count() >= 1
    assert page.url.endswith(f"?event={event_id}")
    shot(page, "article")
    page.goto(page.url)  # the shared link focuses the same event's sentence
    ready(page)
    assert page.locator(f"mark.event.focus[data-events~='{event_id}']").count() >= 1


def test_network_colours_edges_by_cooperation_and_conflict(page):
    page.goto("/network")
    ready(page)
    assert page.locator("[data-testid=network] .node").count() >= 10
    conflict = page.locator("line.edge.conflict[data-source=AZE][data-target=ARM]")
    assert conflict.count() == 1
    assert page.locator("line.edge.cooperation").count() >= 1
    shot(page, "network")


def test_search_and_filters_have_shareable_urls(page):
    page.goto("/")
    ready(page)
    page.fill("#search-input", "Syunik")
    page.press("#search-input", "Enter")
    page.wait_for_url("**/search?q=Syunik")
    ready(page)
    assert page.locator("[data-testid=search-events] tbody tr").count() >= 1
    page.goto("/events?actor=ARM&cameo=11")
    ready(page)
    assert page.locator("input[name=actor]").input_value() == "ARM"
    rows = page.locator("[data-testid=event-table] tbody tr")
    assert rows.count() >= 1
    for code in rows.locator("td:nth-child(4)").all_inner_texts():
        assert code.split()[1].startswith("11")
    shot(page, "events")


def test_api_reference_works_offline(page):
    """The API page reads the app's own OpenAPI document: no script from elsewhere."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/")
    ready(page)
    page.click("header nav a:has-text('API')")
    page.wait_for_url("**/api-docs")
    ready(page)
    docs = page.locator("[data-testid=api-docs]")
    assert "GET /api/events" in docs.inner_text()
    limit_row = docs.locator("tr", has=page.locator("code", has_text="limit")).first
    assert "≤ 500" in limit_row.inner_text()
    server = page.url.split("/api-docs")[0]
    assert requested and all(url.startswith(server) for url in requested)
