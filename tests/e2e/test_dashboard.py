"""The dashboard in a real browser: Debian's chromium driven by Playwright, against a live server on
127.0.0.1 holding the examples. Screenshots go to benchmarks/results/screens/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import LiveServer
from tests.conftest import REPO

CHROMIUM = os.environ.get("REALPOLITIK_CHROMIUM", "/usr/bin/chromium")
SCREENS = REPO / "benchmarks" / "results" / "screens"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


class Page:
    """A page that records console errors, page errors, failed requests and dialogs."""

    def __init__(self, browser: object, base: str) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
        self.base = base
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}"))

        def on_dialog(d: object) -> None:
            self.dialogs.append(d.message)  # type: ignore[attr-defined]
            d.dismiss()  # type: ignore[attr-defined]

        self.page.on("dialog", on_dialog)

    def open(self, hash_: str) -> object:
        self.loads = getattr(self, "loads", 0) + 1  # a new query string: a full load, not a hash change
        self.page.goto(f"{self.base}/?load={self.loads}{hash_}")
        self.page.wait_for_selector("body[data-ready='true']", timeout=30000)
        return self.page

    def shot(self, name: str) -> None:
        SCREENS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=False)


@pytest.fixture()
def page(browser: object, live: LiveServer) -> Iterator[Page]:
    p = Page(browser, live.url)
    yield p
    p.page.close()


@pytest.mark.parametrize("hash_", ["#/", "#/events?actor=TUR", "#/dyad/TUR/VEN", "#/network", "#/actor/Erdogan",
                                   "#/sanctuary?leader=Nicolas%20Maduro"])
def test_each_page_loads_without_console_errors(page: Page, hash_: str) -> None:
    p = page.open(hash_)
    assert not p.query_selector(".error"), p.inner_text("#view")  # type: ignore[attr-defined]
    assert page.errors == []


def test_overview_shows_counts_and_latest_events(page: Page) -> None:
    p = page.open("#/")
    assert "articles" in p.inner_text("#totals")  # type: ignore[attr-defined]
    assert p.query_selector_all("table.events tbody tr")  # type: ignore[attr-defined]
    page.shot("overview")


def test_event_search_highlights_actors_and_links_articles(page: Page) -> None:
    p = page.open("#/events?dyad=TUR,VEN&modality=all")
    rows = p.query_selector_all("table.events tbody tr")  # type: ignore[attr-defined]
    assert rows
    assert p.query_selector("td.evidence mark")  # type: ignore[attr-defined]
    p.click("table.events tbody tr td:last-child a")  # type: ignore[attr-defined]
    p.wait_for_selector("#article-text")  # type: ignore[attr-defined]
    assert "Turkey" in p.inner_text("#article-text")  # type: ignore[attr-defined]
    page.open("#/events?dyad=TUR,VEN&modality=all")
    page.shot("events")


def test_dyad_chart_has_points_and_lists_events_on_click(page: Page) -> None:
    p = page.open("#/dyad/TUR/VEN")
    canvas = p.wait_for_selector("#dyad-chart")  # type: ignore[attr-defined]
    assert int(canvas.get_attribute("data-points")) > 0
    n = p.evaluate("window.rpDyadChart.data.datasets[2].data.filter(v => v !== null).length")  # type: ignore[attr-defined]
    assert n > 0
    # click the first Goldstein point: its events appear below
    x, y = p.evaluate("(() => { const m = window.rpDyadChart.getDatasetMeta(2).data[0]; return [m.x, m.y]; })()")  # type: ignore[attr-defined]
    box = canvas.bounding_box()
    p.mouse.click(box["x"] + x, box["y"] + y)  # type: ignore[attr-defined]
    p.wait_for_selector("#point-events table.events tbody tr", timeout=15000)  # type: ignore[attr-defined]
    page.shot("dyad")
    assert page.errors == []


def test_network_draws_nodes(page: Page) -> None:
    p = page.open("#/network")
    graph = p.wait_for_selector("#graph")  # type: ignore[attr-defined]
    assert int(graph.get_attribute("data-nodes")) >= 2
    assert p.evaluate("window.rpNetwork.nodes().map(n => n.id())")  # type: ignore[attr-defined]
    assert p.query_selector("#graph canvas")  # type: ignore[attr-defined]
    page.shot("network")


def test_actor_page_roles_partners(page: Page) -> None:
    p = page.open("#/actor/Erdogan")
    assert p.query_selector_all("#roles tbody tr")  # type: ignore[attr-defined]
    assert "VEN" in p.inner_text("#partners")  # type: ignore[attr-defined]
    page.shot("actor")


def test_sanctuary_lists_turkey_first_with_evidence(page: Page) -> None:
    p = page.open("#/sanctuary?leader=Nicolas%20Maduro")
    first = p.query_selector("#sanctuary-table tbody tr")  # type: ignore[attr-defined]
    assert first.get_attribute("data-code") == "TUR"
    assert "Turkey" in first.inner_text()
    assert first.query_selector_all("ul.cites li")
    page.shot("sanctuary")


PAYLOAD_TITLE = "<img src=x onerror=\"alert('title')\">Breaking"
PAYLOAD_TEXT = ("Turkey and Venezuela signed a trade agreement. <script>alert('xss')</script> "
                "The minister said <img src=x onerror=\"alert('img')\"> nothing more. "
                "<svg onload=alert('svg')></svg>")


def test_article_text_is_rendered_as_text_and_nothing_runs(page: Page, live: LiveServer) -> None:
    r = httpx.post(f"{live.url}/articles", json={"title": PAYLOAD_TITLE, "text": PAYLOAD_TEXT},
                   headers={"Authorization": f"Bearer {live.token}"}, timeout=60)
    assert r.status_code == 200, r.text
    doc_id = r.json()["articles"][0]["doc_id"]
    assert r.json()["articles"][0]["events"], "the payload article codes an event, so it shows in listings"
    injected = "document.querySelectorAll('#view script, #view img, #view svg, [onerror], [onload]').length"
    p = page.open(f"#/article/{doc_id}")
    p.wait_for_timeout(500)  # type: ignore[attr-defined]
    assert "<script>alert('xss')</script>" in p.inner_text("#article-text")  # type: ignore[attr-defined]
    assert PAYLOAD_TITLE in p.inner_text("#article-title")  # type: ignore[attr-defined]
    assert p.evaluate(injected) == 0  # type: ignore[attr-defined]
    page.shot("xss-article")
    p = page.open("#/events?dyad=TUR,VEN&modality=all")
    assert "<script>" in p.inner_text("table.events") or "<img" in p.inner_text("table.events")  # type: ignore[attr-defined]
    p.wait_for_timeout(500)  # type: ignore[attr-defined]
    assert p.evaluate(injected) == 0  # type: ignore[attr-defined]
    assert page.dialogs == [] and page.errors == []

