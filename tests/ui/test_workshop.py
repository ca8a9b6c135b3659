"""Workshop ▸ Invite participants and the moderation queue, through the real window."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel

from netmap.participation.proposals import ActorProposal, ProposalStatus
from netmap.ui.workshop.invite_dialog import InviteDialog
from netmap.ui.workshop.proposals_panel import ProposalEditor


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        return True
    return False


def _invite(window: Any, qtbot: Any) -> InviteDialog:
    window.invite_action.trigger()
    dialog = window.workshop.invitation
    assert isinstance(dialog, InviteDialog)
    qtbot.waitExposed(dialog)
    loopback = next(b for b in dialog.choices if b.property("loopback"))
    loopback.setChecked(True)
    return dialog


def test_the_invitation_serves_only_after_start_and_stops_when_closed(make_window: Any, small_project: Path,
                                                                     qtbot: Any) -> None:
    window = make_window(small_project)
    assert window.workshop_menu.title() == "&Workshop" and window.invite_action.isEnabled()
    dialog = _invite(window, qtbot)
    assert window.workshop.server is None  # off until the facilitator starts it
    assert "Wi-Fi" in dialog.explanation.text()
    assert dialog.projector.isHidden() and not dialog.settings.isHidden()
    dialog.start(port=0)
    server = window.workshop.server
    assert server is not None and server.running and server.host == "127.0.0.1"
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() >= 300
    assert dialog.address.text() == server.join_url and server.code.startswith(dialog.code.text()[6:10])
    assert len(server.code) >= 8
    port = server.port
    dialog.close()
    assert window.workshop.server is None and _refused(port)


def test_closing_the_project_stops_the_server(make_window: Any, small_project: Path, qtbot: Any) -> None:
    window = make_window(small_project)
    dialog = _invite(window, qtbot)
    dialog.start(port=0)
    port = window.workshop.server.port
    window.close_project()
    assert window.workshop.server is None and window.workshop.invitation is None and _refused(port)
    assert not window.invite_action.isEnabled()


def test_the_queue_approves_edits_merges_rejects_and_undo_takes_each_back(make_window: Any, small_project: Path,
                                                                         qtbot: Any) -> None:
    window = make_window(small_project)
    panel = window.proposals_panel
    desk = window.workshop.desk
    before = set(window.session.actors)
    ids = [desk.submit({"kind": "actor", "name": name}, "dev").id
           for name in ("Jugendzentrum", "Moschee-Verein", "Werbung!!!", "Seniorenbeirt")]
    qtbot.waitUntil(lambda: panel.queue.count() == 4)
    assert panel.queue.item(0).text() == f"{ids[0]}. Actor “Jugendzentrum”"

    assert panel.approve()  # the first, selected
    added = set(window.session.actors) - before
    assert [window.session.actors[i].name for i in added] == ["Jugendzentrum"]
    assert window.session.actors[added.pop()].notes.startswith("Proposal from the workshop on ")
    qtbot.waitUntil(lambda: panel.queue.count() == 3)

    assert panel.current().id == ids[1]
    assert panel.merge_with.itemText(0) == "Moscheeverein"  # a near-duplicate is suggested
    assert panel.merge()
    assert len(window.session.actors) == len(before) + 1

    qtbot.waitUntil(lambda: panel.queue.count() == 2)
    assert panel.current().id == ids[2] and panel.reject()
    qtbot.waitUntil(lambda: panel.queue.count() == 1)

    editor = ProposalEditor(panel.current(), window.session.catalogues, "en", panel)
    editor.name.setText("Seniorenbeirat")
    editor.boxes["category"].setCurrentIndex(editor.boxes["category"].findData("beiraete"))
    editor.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    assert panel.edit_then_approve(editor)
    names = {a.name: a for a in window.session.actors.values()}
    assert names["Seniorenbeirat"].category == "beiraete"
    qtbot.waitUntil(lambda: panel.queue.count() == 0)
    assert [p.status for p in desk.proposals()] == [ProposalStatus.APPROVED, ProposalStatus.MERGED,
                                                    ProposalStatus.REJECTED, ProposalStatus.APPROVED]

    for _ in range(4):
        window.undo_action.trigger()
    assert set(window.session.actors) == before
    qtbot.waitUntil(lambda: panel.queue.count() == 4)
    assert desk.proposal(ids[3]).content == ActorProposal("Seniorenbeirt")  # the phone's own words again
    window.redo_action.trigger()
    assert "Jugendzentrum" in [a.name for a in window.session.actors.values()]


def test_the_window_stays_responsive_while_thirty_phones_submit(make_window: Any, small_project: Path,
                                                              qtbot: Any) -> None:
    window = make_window(small_project)
    dialog = _invite(window, qtbot)
    dialog.start(port=0)
    server = window.workshop.server
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    script = Path(__file__).parents[1] / "participation" / "phones.py"
    started = time.perf_counter()
    phones = subprocess.Popen([sys.executable, str(script), str(server.port), server.code, "30", "10", "127.0.0.20"],
                              stdout=subprocess.PIPE, text=True)
    timer = QTimer()  # started after the phones' process: starting a process is not the window's work
    timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start(10)
    qtbot.waitUntil(lambda: phones.poll() is not None, timeout=120_000)
    took = time.perf_counter() - started
    timer.stop()
    assert json.loads(phones.stdout.read()) == [[202] * 10] * 30  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.proposals_panel.queue.count() == 300, timeout=10_000)
    gaps.sort()
    worst, p95 = gaps[-1], gaps[int(len(gaps) * 0.95)]
    print(f"\n300 proposals from 30 phones in {took:.2f} s; event loop pauses: 95% under {p95 * 1000:.0f} ms, "
          f"longest {worst * 1000:.0f} ms")
    # The window's thread never waits for a phone: nearly every tick comes on time. While proposals were
    # still stored on the window's thread, the longest pause measured 0.6-1.2 s on this shared machine
    # (disk commits); with the server's own thread 0.15-0.5 s. The longest single pause depends on how
    # busy the machine is, so it is held only to a bound that a loop blocked by the phones would break.
    assert p95 < 0.1 and worst < 1.5
    assert len(window.session.actors) == 4  # manual mode: the map is unchanged


@pytest.mark.parametrize("language, title, invite", [("de", "&Workshop", "&Teilnehmende einladen…")])
def test_the_menu_speaks_german(make_window: Any, small_project: Path, language: str, title: str,
                                invite: str) -> None:
    window = make_window(small_project)
    window.set_language(language)
    assert window.workshop_menu.title() == title and window.invite_action.text() == invite


def test_votes_show_median_and_range_in_the_inspector_and_disagreement_in_the_analysis(
        make_window: Any, small_project: Path, qtbot: Any) -> None:
    window = make_window(small_project)
    desk = window.workshop.desk
    actors = {a.name: a for a in window.session.actors.values()}
    school, mosque = actors["Grundschule Süd"], actors["Moscheeverein"]
    desk.auto = True
    for level, attitude in ((2, "critical"), (9, "supportive"), (5, "supportive")):
        desk.submit({"kind": "rating", "actor": school.id, "influence": level, "attitude": attitude}, "dev")
    desk.submit({"kind": "rating", "actor": mosque.id, "influence": 6}, "dev")
    desk.submit({"kind": "rating", "actor": mosque.id, "influence": 7}, "dev")
    desk.submit({"kind": "dot", "actor": mosque.id}, "dev")

    window.inspector.show_selection([school.id], [])
    room = window.inspector.room
    assert room.isVisibleTo(window.inspector)
    assert room.text() == "Votes of the room: 3.\ninfluence 5, from 2 to 9\nsupportive 2 · neutral 0 · critical 1"
    window.inspector.show_selection([actors["Stadtverwaltung"].id], [])
    assert not room.isVisibleTo(window.inspector)  # no votes, nothing to show

    tab = window.room_tab
    tabs = window.analysis_panel.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "The room"
    rows = [tab.disagreed.item(i).text() for i in range(tab.disagreed.count())]
    assert rows[0].startswith("Grundschule Süd\n") and rows[1].startswith("Moscheeverein\n")
    assert tab.dots_heading.text() == "Priority dots: 1 in all"
    assert [tab.dots.item(i).text() for i in range(tab.dots.count())] == ["Moscheeverein: 1"]

    desk.auto = False
    proposal = desk.submit({"kind": "rating", "actor": school.id, "influence": 10}, "dev")
    panel = window.proposals_panel
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().id == proposal.id)
    window.inspector.show_selection([school.id], [])
    assert panel.approve()
    assert "from 2 to 10" in room.text()  # the inspector follows a decision at once
    window.undo_action.trigger()
    assert "from 2 to 9" in room.text()


def _picture(window: Any, rect: Any) -> Any:
    """The map's pixels inside `rect` (scene coordinates), as the scene paints them."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(int(rect.width()) * 2, int(rect.height()) * 2, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    window.scene.render(painter, image.rect().toRectF(), rect)
    painter.end()
    return image


def test_the_map_shows_the_rooms_votes_as_a_tower_with_its_range_and_undo_takes_it_away(
        make_window: Any, small_project: Path, qtbot: Any) -> None:
    window = make_window(small_project)
    desk, panel = window.workshop.desk, window.proposals_panel
    school = next(a for a in window.session.actors.values() if a.name == "Grundschule Süd")
    item = window.scene.actor_item(school.id)
    around = item.sceneBoundingRect().adjusted(-80, -40, 40, 40)
    before = _picture(window, around)
    assert window.scene.room_tower(school.id) is None

    for level in (2, 9, 4):  # three phones rate the school; the facilitator approves each
        proposal = desk.submit({"kind": "rating", "actor": school.id, "influence": level}, "dev")
        qtbot.waitUntil(lambda p=proposal: panel.current() is not None and panel.current().id == p.id)
        assert panel.approve()
    tower = window.scene.room_tower(school.id)
    assert tower is not None and tower.parentItem() is item
    assert (tower.view.votes, tower.view.median, tower.view.low, tower.view.high) == (3, 4.0, 2, 9)
    bar = tower.boundingRect()
    assert bar.right() < -item.body_radius()  # beside the actor, not over it
    low, high = tower.range_ys
    assert high < tower.median_y < low  # the fill stops at the median, inside the range
    assert tower.toolTip() == "Votes of the room: 3. Influence 4, from 2 to 9."
    with_tower = _picture(window, around)
    assert with_tower != before

    window.scene.set_presentation(True)  # on the projector the tower is drawn larger
    assert window.scene.room_tower(school.id).boundingRect().height() > bar.height()
    window.scene.set_presentation(False)

    window.undo_action.trigger()  # the last vote (4) taken back: median 5.5 of 2 and 9
    assert window.scene.room_tower(school.id).view.median == 5.5
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.scene.room_tower(school.id) is None and item.tower is None
    assert _picture(window, around) == before


def test_the_legend_explains_the_tower_while_the_map_shows_one(make_window: Any, small_project: Path,
                                                                qtbot: Any) -> None:
    window = make_window(small_project)
    desk = window.workshop.desk
    school = next(a for a in window.session.actors.values() if a.name == "Grundschule Süd")

    def tower_line() -> bool:
        return any(item.symbol == "tower" for _, items in window.legend.sections() for item in items)

    assert not tower_line()
    desk.auto = True
    desk.submit({"kind": "rating", "actor": school.id, "influence": 7}, "dev")
    qtbot.waitUntil(lambda: window.scene.room_tower(school.id) is not None)
    assert tower_line()
    assert any("tower: the room's influence votes" in label.text() for label in window.legend.findChildren(QLabel))


def test_a_decision_on_a_proposal_is_named_in_the_language_switched_to(make_window: Any, small_project: Path,
                                                                        qtbot: Any, qapp: Any) -> None:
    window = make_window(small_project)
    panel, desk = window.proposals_panel, window.workshop.desk
    desk.submit({"kind": "actor", "name": "Jugendzentrum"}, "dev")
    qtbot.waitUntil(lambda: panel.queue.count() == 1)
    assert panel.approve()
    assert window.undo_action.text().startswith("&Undo: Approve proposal: ")
    window.actions_.language_de.trigger()
    qapp.processEvents()
    assert window.undo_action.text().startswith("&Rückgängig: ") and "Approve" not in window.undo_action.text()
    window.actions_.language_en.trigger()
