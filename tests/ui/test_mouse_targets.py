"""Mouse targets on a touchpad in front of a group: an actor is hit on its label and around its dot;
a click on a label never selects the tie behind it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt


def _actor(window, name: str):  # type: ignore[no-untyped-def]
    return next(i for i in window.scene.actor_items() if i.actor.name == name)


def _click(qtbot, window, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    window.scene.clearSelection()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_click_near_a_small_dot_hits_the_actor(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    window.view.fit_all()
    window.view.set_zoom(0.6)  # zoomed out: the dots are a few pixels wide
    item = _actor(window, "Moscheeverein")
    window.view.centerOn(item)
    centre = window.view.mapFromScene(item.scenePos())
    edge_px = item.edge * window.view.zoom()
    _click(qtbot, window, centre + QPoint(round(edge_px) + 7, -round(edge_px) - 2))
    assert window.scene.selected_actor_ids() == [item.actor_id]


def test_a_click_on_a_label_selects_the_actor_not_the_tie_behind_it(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    town, mosque = _actor(window, "Stadtverwaltung"), _actor(window, "Moscheeverein")
    tie = window.add_tie(town.actor_id, mosque.actor_id)  # straight down, behind the town hall's label
    assert tie is not None
    window.view.fit_all()
    qtbot.wait(200)  # the labels' places
    assert town.label_visible
    label = town.mapRectToScene(town.label_rect())
    assert window.scene.tie_item(tie.id).contains(window.scene.tie_item(tie.id).mapFromScene(label.center())) \
        or abs(label.center().x() - town.x()) < 1  # the tie runs under the label
    _click(qtbot, window, window.view.mapFromScene(label.center()))
    assert window.scene.selected_actor_ids() == [town.actor_id]
    assert window.scene.selected_tie_ids() == []
