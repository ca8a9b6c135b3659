"""The offline web page: self-contained, escaped, and drawn by a real headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from report_factory import actor_figures, report

from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    ContactPerson,
    Direction,
    MapState,
    ProjectInfo,
    Tie,
)
from netmap.exchange import webpage
from netmap.exchange.webpage import write_webpage

# Each of these would mark the page (title, body attribute) if it ever ran as script.
HOSTILE = [
    "<script>document.title='PWNED'</script>",
    "</script><img src=x onerror=alert(1)>",
    "</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
    "\"><svg onload=\"document.body.setAttribute('data-pwned','svg')\">",
    "\u2028</SCRIPT ><script>document.body.setAttribute('data-pwned','u2028')</script>",
    "<!--<script>document.body.setAttribute('data-pwned','comment')</script>",
]
PERSONAL = ["Erika Mustermann", "Leiterin Integration", "erika@example.org", "+49 6151 12345"]


def hostile_state() -> MapState:
    catalogues = default_catalogues()
    catalogues[CatalogueKind.CATEGORY].append(
        CatalogueEntry(
            "evil",
            "<b onmouseover=\"document.body.setAttribute('data-pwned','label')\">Böse</b>",
            "<i>evil</i>",
            colour="red;background:url(http://evil.example/x.png)",
        )
    )
    actors = [
        Actor(
            name,
            category=("evil" if i % 2 else "verwaltung"),
            influence=i % 11,
            x=120.0 * i,
            y=(-1) ** i * 60.0,
            id=i + 1,
            contact=ContactPerson(*PERSONAL) if i == 0 else None,
        )
        for i, name in enumerate(HOSTILE)
    ]
    actors.append(Actor("Stadtverwaltung Musterstadt", category="verwaltung", id=100, x=0, y=300))
    ties = [
        Tie(1, 2, "kooperation", Direction.DIRECTED, 3),
        Tie(2, 3, "information", Direction.MUTUAL, 2),
        Tie(3, 100, "konflikt", Direction.UNDIRECTED, 1),
        Tie(100, 4, "<script>alert('kind')</script>"),
    ]
    info = ProjectInfo(
        name="Karte </title><script>document.body.setAttribute('data-pwned','title')</script>",
        town="<img src=x onerror=\"document.body.setAttribute('data-pwned','town')\">",
        topic="Integration & Vielfalt",
    )
    return MapState(info=info, catalogues=catalogues, actors=actors, ties=ties)


ANALYSIS = report((actor_figures(-1, HOSTILE[0], degree=1, betweenness=0.25, articulation_point=True),
                    actor_figures(-2, "Stadtverwaltung Musterstadt", degree=2, betweenness=0.5)))


class _Collector(HTMLParser):
    """Tags with their attributes, and the text of each <script> element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None
        self.text: dict[str, str] = {}
        self._current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))
        self._current = dict(attrs).get("id") or tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        if self._current:
            self.text[self._current] = self.text.get(self._current, "") + data


def parse(text: str) -> _Collector:
    collector = _Collector()
    collector.feed(text)
    collector.close()
    return collector


@pytest.fixture
def page(tmp_path: Path) -> Path:
    target = tmp_path / "karte.html"
    write_webpage(hostile_state(), target, analysis=ANALYSIS)
    return target


# --- static checks -------------------------------------------------------------------------------


def test_page_is_self_contained(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    doc = parse(text)
    for tag, attrs in doc.tags:
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        assert tag != "link", f"<link> found: {attrs}"
        assert not any(k.startswith("on") for k in attrs), f"event handler on <{tag}>: {attrs}"
    assert "@import" not in text
    styles = re.findall(r"<style>(.*?)</style>", text, re.S) + [
        attrs.get("style") or "" for _, attrs in doc.tags
    ]
    for css in styles:
        assert not re.search(r"url\(\s*['\"]?\s*(?!data:)", css, re.I), f"CSS loads something: {css}"
    # The only http(s) URLs are the ones in the comments of the vendored vis-network file itself.
    vendored = set(re.findall(r"https?://[^\s\"'()<>]+", webpage._vis_js()))
    assert set(re.findall(r"https?://[^\s\"'()<>]+", text)) <= vendored
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "googleapis"):
        assert cdn not in text.lower()
    # Exactly three scripts: vis-network, the data (not executable), the page's own code.
    kinds = [attrs.get("type") for attrs, _ in doc.scripts]
    assert kinds == [None, "application/json", None]
    csp = next(a["content"] for t, a in doc.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in (csp or "") and "unsafe-inline" not in (csp or "").split("style-src")[0]


def test_names_appear_only_escaped(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    doc = parse(text)
    executable = [body for attrs, body in doc.scripts if attrs.get("type") is None]
    data_block = next(body for attrs, body in doc.scripts if attrs.get("type") == "application/json")
    # No piece of user text leaks into the executable scripts: they are exactly the library and
    # the page's own code.
    assert executable == [webpage._vis_js(), webpage._APP_JS]
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    assert "\u2028" not in text and "\u2029" not in text
    assert [t for t, _ in doc.tags].count("script") == 3
    assert not [t for t, _ in doc.tags if t in ("img", "b", "i")], "user text became markup"
    # ... and the data still holds every name exactly.
    data = json.loads(data_block)
    labels = {n["tip"][0] for n in data["nodes"]}
    for name in HOSTILE:
        assert name in labels
    # Headings and legend are HTML-escaped text.
    assert "&lt;img src=x onerror=" in text
    assert "&lt;b onmouseover=" in text
    assert "url(http" not in text


def test_map_data(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    data_block = next(b for a, b in parse(text).scripts if a.get("type") == "application/json")
    data = json.loads(data_block)
    assert data["options"]["physics"]["enabled"] is False
    nodes = data["nodes"]
    assert [(n["x"], n["y"]) for n in nodes[:2]] == [(0.0, 60.0), (120.0, -60.0)]
    assert nodes[0]["colour"] == "#1f4e99"  # Verwaltung
    assert nodes[1]["colour"] == "#888888"  # a colour that is not plain hex is not used
    assert nodes[2]["size"] > nodes[1]["size"] > nodes[0]["size"]  # influence 2 > 1 > 0
    assert any(line.startswith("Kontakt: Erika Mustermann") for line in nodes[0]["tip"])
    assert "Vermittlerrolle (Betweenness): 0.250" in nodes[0]["tip"]
    edges = data["edges"]
    assert [e["arrows"] for e in edges] == ["to", "to, from", "", ""]
    assert [e["width"] for e in edges] == [4.0, 2.5, 1.0, 1.0]
    assert [e["dashes"] for e in edges[:3]] == [False, True, [2, 5]]
    assert edges[0]["colour"] == "#2e7d32"


def test_anonymized_page_has_no_contact(tmp_path: Path) -> None:
    target = tmp_path / "anon.html"
    write_webpage(hostile_state(), target, anonymize=True, language="en")
    text = target.read_text(encoding="utf-8")
    for value in PERSONAL:
        assert value not in text
        assert json.dumps(value)[1:-1] not in text
    assert "Kontakt" not in text and '"Contact' not in text
    assert '<html lang="en">' in text and "Actor groups" in text


def test_large_map_writes(tmp_path: Path) -> None:
    n = 5000
    actors = [Actor(f"Akteur {i}", category="vereine", x=i % 100 * 30.0, y=i // 100 * 30.0, id=i + 1)
              for i in range(n)]
    ties = [Tie(i + 1, (i * 7 + k) % n + 1, "kooperation") for i in range(n) for k in (1, 2, 3)]
    state = MapState(catalogues=default_catalogues(), actors=actors, ties=ties)
    target = tmp_path / "big.html"
    write_webpage(state, target)
    data_block = next(b for a, b in parse(target.read_text("utf-8")).scripts if a.get("type"))
    data = json.loads(data_block)
    assert len(data["nodes"]) == n and len(data["edges"]) == 3 * n


def test_unplaced_map_is_spread_out(tmp_path: Path) -> None:
    state = MapState(catalogues=default_catalogues(), actors=[Actor(f"A{i}", id=i) for i in range(5)])
    target = tmp_path / "p.html"
    write_webpage(state, target)
    data = json.loads(next(b for a, b in parse(target.read_text("utf-8")).scripts if a.get("type")))
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == 5


# --- a real browser with the network cut -----------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _dump_dom(browser: str, page: Path, profile: Path) -> str:
    """Load `page` in headless Chromium without any network and return the DOM after scripts ran.

    The network is cut three ways: every request goes to a proxy on 127.0.0.1:9 (the discard
    port, where nothing listens), every host name fails to resolve, and background services
    (updates, sync, QUIC) are off. The page's own CSP forbids any fetch as well.
    """
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--window-size=1200,800",
        "--virtual-time-budget=5000",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def browser() -> str:
    found = _chromium()
    if found is None:
        pytest.skip("headless Chromium not found (install the Debian package 'chromium')")
    return found


def test_chromium_draws_the_map_and_runs_no_names(browser: str, page: Path, tmp_path: Path) -> None:
    dom = _dump_dom(browser, page, tmp_path / "profile")
    doc = parse(dom)
    status = next(attrs for tag, attrs in doc.tags if attrs.get("id") == "netmap-status")
    assert status.get("data-drawn-nodes") == str(len(HOSTILE) + 1), dom[-3000:]
    assert status.get("data-drawn-edges") == "4"
    assert int(status.get("data-painted-pixels") or 0) > 0, "the canvas stayed empty"
    assert any(tag == "canvas" for tag, _ in doc.tags)
    body = next(attrs for tag, attrs in doc.tags if tag == "body")
    assert "data-pwned" not in body, f"a name ran as script: {body}"
    assert "PWNED" not in doc.text.get("title", "")
    assert "PWNED" not in dom.split("<script", 1)[0]
    assert not [t for t, _ in doc.tags if t in ("img", "b", "i")]
