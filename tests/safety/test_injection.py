"""Actor names made of spreadsheet formulas and of HTML/JavaScript go through every export of a
project and run nowhere: the workbook holds them as text, Excel cannot run the CSV, the XML files
and the poster keep them as text, and the web page, loaded in a real headless Chromium without
network, draws them as names and runs none of them."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from defusedxml import ElementTree as SafeET

from netmap.domain import Actor, Cluster, Tie
from netmap.exchange import read_map
from netmap.project import Project
from netmap.transfer import export_map
from netmap.ui.exchange.poster import draw_poster

FORMULAS = ['=HYPERLINK("http://x","klick")', "@SUM(A1)", "+1", "-2", "=1+1", "-A1+B2", "+cmd|' /C calc'!A0"]
SCRIPTS = [
    "<script>alert(1)</script>",
    "</script><img src=x onerror=alert(1)>",
    # The same tricks, marking the page when they run (an alert leaves no trace in the DOM).
    "<script>document.body.setAttribute('data-pwned','script')</script>",
    "</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
    "\"><svg onload=\"document.body.setAttribute('data-pwned','svg')\">",
    "javascript:document.body.setAttribute('data-pwned','url')",
]
NAMES = FORMULAS + SCRIPTS
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("injection") / "hostile.netmap"
    with Project.create(path) as project:
        actors = project.add_actors([Actor(name, category="vereine", notes=name, tags=(name[:20],),
                                           x=float(140 * (i % 5)), y=float(120 * (i // 5)))
                                     for i, name in enumerate(NAMES)])
        ids = [a.id for a in actors]
        project.add_ties([Tie(ids[i], ids[i + 1], "kooperation", notes=NAMES[i]) for i in range(len(ids) - 1)])
        project.add_cluster(Cluster(SCRIPTS[0], members=tuple(ids[:3])))
        project.take_snapshot(FORMULAS[0])
    return path


@pytest.fixture(scope="module")
def exported(project: Path) -> dict[str, Path]:
    out = project.parent / "out"
    out.mkdir()
    files = {}
    with Project.open(project, read_only=True) as opened:
        for suffix in (".xlsx", ".csv", ".graphml", ".gexf", ".html", ".svg"):
            files[suffix] = export_map(opened, out / f"karte{suffix}", paper="A4", language="de",
                                       draw_poster=draw_poster)[0]
    return files


def test_the_workbook_holds_every_name_as_text(exported: dict[str, Path]) -> None:
    path = exported[".xlsx"]
    with zipfile.ZipFile(path) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        assert sheets
        for name in sheets:
            xml = book.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, f"a formula in {name}"
    workbook = openpyxl.load_workbook(path)  # not data_only: a formula would come back with data_type 'f'
    seen = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in NAMES:
                    assert cell.data_type == "s", f"{sheet.title}!{cell.coordinate}: {cell.value!r}"
                    seen.add(cell.value)
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
    assert seen == set(NAMES)


def test_excel_cannot_run_the_csv(exported: dict[str, Path]) -> None:
    nodes = exported[".csv"]
    ties = nodes.with_name(nodes.stem + "_beziehungen.csv")
    cells = []
    for path in (nodes, ties):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            cells += [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    for cell in cells:
        assert not cell.startswith(_FORMULA_START) or _NUMBER.match(cell), f"Excel would run {cell!r}"
    for name in FORMULAS:  # kept, with the apostrophe Excel shows as text (a plain number stays a number)
        assert name in cells or "'" + name in cells, name
    for name in SCRIPTS:
        assert name in cells
    assert sorted(a.name for a in read_map(nodes).actors) == sorted(NAMES)  # and they come back as they were


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_network_files_keep_the_names_as_text(exported: dict[str, Path], suffix: str) -> None:
    root = SafeET.parse(exported[suffix]).getroot()  # well-formed: no name broke out of its element
    assert not [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("script", "img", "svg")]
    texts = {e.get("label") for e in root.iter()} | {e.text for e in root.iter()}
    for name in NAMES:
        assert name in texts, name
    assert sorted(a.name for a in read_map(exported[suffix]).actors) == sorted(NAMES)


def test_the_poster_keeps_the_names_as_text(exported: dict[str, Path]) -> None:
    root = SafeET.parse(exported[".svg"]).getroot()
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        assert tag not in ("script", "foreignObject", "img", "iframe"), tag
        assert not [a for a in element.attrib if a.lower().startswith("on")], element.attrib
        assert not any(str(v).lower().startswith("javascript:") for v in element.attrib.values())


def test_the_web_page_holds_no_name_as_markup(exported: dict[str, Path]) -> None:
    text = exported[".html"].read_text(encoding="utf-8")
    for name in SCRIPTS:
        if "<" in name:  # a name with markup appears only escaped
            assert name not in text, name
    parser = _Tags()
    parser.feed(text)
    assert not [a for _, a in parser.tags if any((v or "").strip().lower().startswith("javascript:")
                                                 for v in a.values())], "a name became a link"
    assert [t for t, _ in parser.tags].count("script") == 3  # vis-network, the data, the page's own code
    assert not [t for t, _ in parser.tags if t in ("img", "iframe", "object")], "a name became markup"
    assert not [a for _, a in parser.tags if any(k.startswith("on") for k in a)], "an event handler from a name"


# --- a real browser with the network cut ------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _dump_dom(browser: str, page: Path, profile: Path) -> str:
    """The DOM after the page's scripts ran, in headless Chromium with every way out to the network
    closed (a proxy where nothing listens, no name resolution, no background services)."""
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9",
               "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1200,800",
               "--virtual-time-budget=5000", "--dump-dom", page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_chromium_draws_every_name_and_runs_none(exported: dict[str, Path], tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("headless Chromium not found (install the Debian package 'chromium')")
    dom = _dump_dom(browser, exported[".html"], tmp_path / "profile")
    parser = _Tags()
    parser.feed(dom)
    tags = parser.tags
    status = next(attrs for tag, attrs in tags if attrs.get("id") == "netmap-status")
    assert status.get("data-drawn-nodes") == str(len(NAMES)), dom[-3000:]  # the page's own script ran
    assert status.get("data-drawn-edges") == str(len(NAMES) - 1)
    body = next(attrs for tag, attrs in tags if tag == "body")
    assert "data-pwned" not in body, f"a name ran as script: {body}"
    assert not [t for t, _ in tags if t in ("img", "iframe", "object")], "a name became markup"
    assert not [a for _, a in tags if any(k.startswith("on") for k in a)], "an event handler came from a name"
