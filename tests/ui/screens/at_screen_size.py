"""Checks that need a screen of a given size: run by test_screen_sizes.py in a child process whose
offscreen screen is NETMAP_SCREEN (e.g. "1366x768") big; skipped when collected otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from netmap.demo import write_demo

SIZE = os.environ.get("NETMAP_SCREEN", "")
pytestmark = pytest.mark.skipif(not SIZE, reason="run by test_screen_sizes.py with a screen of a set size")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.netmap"
    write_demo(path).close()
    return path


def _screen() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def test_the_window_fits_and_the_map_gets_most_of_it(qtbot, make_window, demo: Path) -> None:
    width, height = (int(v) for v in SIZE.split("x"))
    assert _screen().size().toTuple() == (width, height)
    window = make_window(demo)
    window.set_language("de")
    qtbot.wait(100)
    screen = _screen()
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)
    status = window.statusBar()
    assert status.isVisible()
    assert screen.contains(QRect(status.mapToGlobal(status.rect().topLeft()), status.size()))
    view = window.view.viewport()
    share = view.width() * view.height() / (window.width() * window.height())
    assert share >= 0.5, f"the map has {share:.0%} of the window"


def _button_places(window) -> dict[str, tuple[int, int, int, int]]:  # type: ignore[no-untyped-def]
    places = {}
    for bar in (window.edit_toolbar, window.layout_toolbar):
        for act in bar.actions():
            button = bar.widgetForAction(act)
            if button is not None and button.isVisible() and act.objectName():
                top_left = button.mapTo(window, button.rect().topLeft())
                places[act.objectName()] = (top_left.x(), top_left.y(), button.width(), button.height())
    return places


def test_toolbar_buttons_stay_put_and_the_view_buttons_are_in_sight(qtbot, make_window, demo: Path) -> None:
    window = make_window(demo)
    window.set_language("de")
    qtbot.wait(100)
    qtbot.wait(50)
    before = _button_places(window)
    inside = window.rect()
    for name in ("actionFit", "actionPresentation", "actionUndo", "actionRedo"):
        assert name in before, f"{name} is not visible (behind »?)"
        x, y, w, h = before[name]
        assert inside.contains(QRect(x, y, w, h)), name
    window.start_quick_entry()
    qtbot.keyClicks(window.quick_entry.edit, "Seniorenbeirat Nordstadt mit langem Namen")
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    assert window.undo_group.canUndo()
    assert "Seniorenbeirat" in window.undo_action.toolTip()
    qtbot.wait(50)
    assert _button_places(window) == before


def test_presentation_shows_every_name_readable_and_the_whole_map(qtbot, make_window, demo: Path) -> None:
    from netmap.overlap import overlapping_pairs
    from netmap.ui.canvas.presentation import actor_box

    window = make_window(demo)
    window.set_language("de")
    stored = {a.id: (a.x, a.y) for a in window.session.actors.values()}
    window.set_presentation(True)
    screen = _screen()
    qtbot.waitUntil(lambda: window.view.viewport().size() == screen.size())
    qtbot.wait(300)  # the fit that follows the full-screen size
    view, scene = window.view, window.scene
    shown = view.viewport().rect()
    line_px = scene.style.label_px * scene.label_scale * view.zoom() * scene.style.label_line_ratio()
    assert line_px >= screen.height() / 50 - 0.01, line_px
    items = scene.actor_items()
    assert len(items) == 62
    for item in items:
        assert item.label_visible, item.actor.name
        assert not item.label().text.endswith("…"), item.actor.name
        rect = view.mapFromScene(item.mapRectToScene(item.label_rect())).boundingRect()
        assert shown.contains(rect), (item.actor.name, rect)
    assert overlapping_pairs([actor_box(item) for item in items]) == []
    # Priority dots are marks the back row sees, as large as the letters.
    from netmap.render.figures import badge_radius

    dotted = [item for item in items if item.actor.dots]
    assert dotted
    for item in dotted:
        assert 2 * badge_radius(scene.style, scene.label_scale) * view.zoom() >= screen.height() / 50
        assert item.boundingRect().width() * view.zoom() > 0
    # The project keeps its positions; leaving brings them and the labels back.
    assert {a.id: (a.x, a.y) for a in window.session.actors.values()} == stored
    window.set_presentation(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.wait(300)
    assert scene.labels_shown
    assert sum(item.label_visible for item in items) >= len(items) // 2
    assert {i.actor_id: (i.x(), i.y()) for i in items} == stored


def test_side_windows_fit_the_screen_close_with_esc_and_compare_leaves_the_map_in_view(
        qtbot, make_window, demo: Path) -> None:
    window = make_window(demo)
    screen = _screen()
    tools = window.snapshot_tools
    compare = tools.compare()
    qtbot.waitExposed(compare)
    monitoring = tools.monitoring()
    qtbot.waitExposed(monitoring)
    label = window.session.project.snapshots()[0].label
    viewer = tools.open_snapshot(label)
    qtbot.waitExposed(viewer)
    for side in (compare, monitoring, viewer):
        assert screen.contains(side.frameGeometry()), (side.objectName(), side.frameGeometry(), screen)
    # The compare window stays at the right, and the map fits into the part left of it.
    map_rect = QRect(window.view.mapToGlobal(window.view.rect().topLeft()), window.view.size())
    free = map_rect.width() - max(0, map_rect.right() - compare.frameGeometry().left())
    assert free >= map_rect.width() * 0.5
    shown = window.view.viewport()
    assert shown.mapToGlobal(shown.rect().topRight()).x() <= compare.frameGeometry().left() + 2
    # Esc closes each of them.
    for side in (viewer, monitoring, compare):
        side.activateWindow()
        qtbot.waitUntil(side.isActiveWindow)
        qtbot.keyClick(side, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda s=side: not s.isVisible())
    # The snapshot compared last is chosen again.
    other = window.session.project.snapshots()[0].label
    again = tools.compare(other)
    qtbot.waitExposed(again)
    again.close()
    qtbot.waitUntil(lambda: tools.compare_window is None)
    assert tools.compare().chosen()[0] == other


def test_a_larger_map_keeps_every_name_on_the_wall_with_smaller_letters_at_worst(
        qtbot, make_window, demo: Path) -> None:
    import random

    from netmap.domain import Actor
    from netmap.overlap import overlapping_pairs
    from netmap.project import Project
    from netmap.ui.canvas.presentation import actor_box

    rng = random.Random(3)
    with Project.open(demo) as project:
        project.add_actors([Actor(f"Initiative {rng.choice(['Nord', 'Süd', 'Ost'])}stadt {i}",
                                  x=rng.uniform(-900, 900), y=rng.uniform(-600, 600)) for i in range(20)])
    window = make_window(demo)
    window.set_presentation(True)
    screen = _screen()
    qtbot.waitUntil(lambda: window.view.viewport().size() == screen.size())
    qtbot.wait(300)
    view, scene = window.view, window.scene
    items = scene.actor_items()
    assert len(items) == 82
    shown = view.viewport().rect()
    for item in items:
        assert item.label_visible
        assert shown.contains(view.mapFromScene(item.mapRectToScene(item.label_rect())).boundingRect())
    assert overlapping_pairs([actor_box(item) for item in items]) == []
    line_px = scene.style.label_px * scene.label_scale * view.zoom() * scene.style.label_line_ratio()
    assert line_px >= 0.7 * screen.height() / 50 - 0.01
