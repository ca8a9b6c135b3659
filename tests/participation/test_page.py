"""The participant page in headless Chromium at a phone's size: each kind of proposal is submitted by
typing and tapping, in German and English, and a hostile name stays text."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from participation.browser import Browser, chromium
from participation.conftest import Served, run_phones

from netmap.participation.proposals import ActorProposal, DotProposal, RatingProposal, TieProposal

HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">'

_HELPERS = """
window.__type = (selector, index, text) => {
  const input = document.querySelectorAll(selector)[index];
  input.focus(); input.value = text; input.dispatchEvent(new Event('input', {bubbles: true}));
};
window.__tap = (selector, index) => { document.querySelectorAll(selector)[index || 0].click(); };
window.__status = () => { const s = document.getElementById('status'); return s.className + '|' + s.textContent; };
true
"""


@pytest.fixture(scope="module")
def executable() -> str:
    found = chromium()
    if found is None:
        pytest.skip("headless Chromium not found (install the Debian package 'chromium')")
    return found


def _submit(browser: Browser, tap: str) -> str:
    browser.run("document.getElementById('status').className = ''; true")
    browser.run(f"__tap({json.dumps(tap)})")
    return str(browser.wait_for("document.getElementById('status').className ? __status() : ''"))


def _pick(browser: Browser, section: str, index: int, letters: str) -> None:
    browser.run(f"__type('#s-{section} input[type=search]', {index}, {json.dumps(letters)})")
    found = (f"Array.from(document.querySelectorAll('#s-{section} .hits button'))"
             f".find(b => b.textContent === {json.dumps(letters)})")
    browser.wait_for(f"!!{found}")
    browser.run(f"{found}.click(); true")


@pytest.mark.parametrize("language, tab, thanks", [("de", "Beziehung", "Danke"), ("en", "Tie", "Thank you")])
def test_each_kind_is_submitted_from_a_phone_sized_page(served: Served, qtbot: Any, executable: str, tmp_path: Path,
                                                        language: str, tab: str, thanks: str) -> None:
    served.desk.auto = True  # so the hostile name comes back to the page as an actor of the map
    actors = served.project.actors()
    first, second = actors[0], actors[1]
    shots = Path(os.environ.get("NETMAP_SCREENSHOTS", tmp_path))

    def participate() -> dict[str, Any]:
        browser = Browser(executable, tmp_path / f"profile-{language}", language=language)
        try:
            browser.open(served.server.join_url, 390, 844)
            browser.wait_for("document.querySelectorAll('#s-actor select option').length > 1")
            browser.run(_HELPERS)
            seen: dict[str, Any] = {"tab": browser.run("document.getElementById('tab-tie').textContent")}
            browser.run(f"__type('#s-actor input', 0, {json.dumps(HOSTILE)})")
            browser.run("document.querySelectorAll('#s-actor select')[0].selectedIndex = 2; true")
            browser.screenshot(shots / f"page-{language}-actor.png")
            seen["actor"] = _submit(browser, "#s-actor .send")
            browser.run("__tap('#tab-tie')")
            _pick(browser, "tie", 0, first.name)
            _pick(browser, "tie", 1, second.name)
            browser.run("document.querySelector('#s-tie select').selectedIndex = 1; true")
            seen["tie"] = _submit(browser, "#s-tie .send")
            browser.run("__tap('#tab-rating')")
            _pick(browser, "rating", 0, first.name)
            browser.run("const r = document.querySelector('#s-rating input[type=range]'); r.value = '8';"
                        "r.dispatchEvent(new Event('input', {bubbles: true})); true")
            browser.run("__tap('#s-rating input[type=radio]', 2)")
            browser.screenshot(shots / f"page-{language}-rating.png")
            seen["rating"] = _submit(browser, "#s-rating .send")
            browser.run("__tap('#tab-dot')")
            _pick(browser, "dot", 0, second.name)
            seen["dot"] = _submit(browser, "#s-dot .send")
            seen["dots_left"] = browser.run("document.querySelector('#s-dot .value').textContent")
            browser.screenshot(shots / f"page-{language}-dot.png")
            # "Verbleibende Punkte: 2" stays on one line at 390 px: every piece of its text shares a line
            seen["left_one_line"] = browser.run(
                "(() => { const range = document.createRange();"
                " range.selectNodeContents(document.querySelector('#s-dot .value').closest('p'));"
                " const rects = Array.from(range.getClientRects());"
                " return Math.min(...rects.map(r => r.bottom)) > Math.max(...rects.map(r => r.top)); })()")
            # The hostile actor is on the map now: reload, and find it by typing
            browser.call("Page.reload")
            browser.wait_for("document.querySelectorAll('#s-actor select option').length > 1")
            browser.run(_HELPERS)
            browser.run("__tap('#tab-dot')")
            browser.run("__type('#s-dot input[type=search]', 0, '<img')")
            seen["hit"] = browser.wait_for("(document.querySelector('#s-dot .hits button') || {}).textContent")
            browser.screenshot(shots / f"page-{language}-hostile.png")
            seen["images"] = browser.run("document.getElementsByTagName('img').length")
            seen["pwned"] = browser.run("document.body.dataset.pwned || ''")
            return seen
        finally:
            browser.close()

    (seen,) = run_phones(qtbot, [participate], timeout_ms=90_000)
    assert isinstance(seen, dict), seen
    assert seen["tab"] == tab
    for kind in ("actor", "tie", "rating", "dot"):
        assert seen[kind].startswith("ok|") and thanks in seen[kind], (kind, seen[kind])
    assert seen["dots_left"].endswith("2")
    assert seen["left_one_line"] is True
    assert seen["hit"] == HOSTILE and seen["images"] == 0 and seen["pwned"] == ""
    contents = [p.content for p in served.desk.proposals()]
    category = served.project.catalogues()
    assert [type(c) for c in contents] == [ActorProposal, TieProposal, RatingProposal, DotProposal]
    assert contents[0].name == HOSTILE and contents[0].category != ""  # type: ignore[union-attr]
    assert contents[1] == TieProposal(first.id, second.id, contents[1].kind)  # type: ignore[arg-type, union-attr]
    assert contents[2] == RatingProposal(first.id, 8, contents[2].attitude)  # type: ignore[arg-type, union-attr]
    assert str(contents[2].attitude) == "critical"  # type: ignore[union-attr]
    assert contents[3] == DotProposal(second.id)  # type: ignore[arg-type]
    assert category  # the page offered the project's catalogue
