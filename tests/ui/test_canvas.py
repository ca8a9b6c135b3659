"""The map canvas: what it draws for a small map, and the gestures on it (driven by mouse events)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPen, QWheelEvent
from PySide6.QtWidgets import QApplication

from netmap.domain import Actor, Tie
from netmap.ui.canvas import MapScene, MapView
from netmap.ui.canvas.items import ActorItem, TieItem

from .fixtures import double_click, drag, send_mouse, small_state, view_point


@pytest.fixture
def state():  # type: ignore[no-untyped-def]
    return small_state()


@pytest.fixture
def scene(qapp, state):  # type: ignore[no-untyped-def]
    scene = MapScene()
    scene.set_map(state, "en")
    return scene


@pytest.fixture
def view(qtbot, scene):  # type: ignore[no-untyped-def]
    view = MapView(scene)
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(0, 150)
    return view


# == what is drawn ================================================================================


def test_actors_are_coloured_by_category_and_sized_by_influence(scene: MapScene, state) -> None:  # type: ignore[no-untyped-def]
    town_hall, school, mosque, club, plain = (scene.actor_item(i) for i in (1, 2, 3, 4, 5))
    assert town_hall.fill == QColor("#1f4e99")
    assert school.fill == QColor("#2e8b57")
    assert plain.fill == QColor("#bdbdbd")  # no category: neutral grey
    assert town_hall.radius > mosque.radius > school.radius > club.radius


def test_attitude_is_outline_colour_and_style(scene: MapScene) -> None:
    supportive, neutral, critical = (scene.actor_item(i).outline for i in (1, 2, 3))
    assert supportive.color().name() == "#2e7d32" and supportive.style() == Qt.PenStyle.SolidLine
    assert critical.color().name() == "#c62828" and critical.style() == Qt.PenStyle.CustomDashLine
    assert neutral.style() == Qt.PenStyle.SolidLine and neutral.widthF() < supportive.widthF()


def test_ties_styled_by_kind_direction_and_strength(scene: MapScene) -> None:
    cooperation, information, funding, membership = (scene.tie_item(i) for i in (11, 12, 13, 14))
    assert cooperation.tie_pen.style() == Qt.PenStyle.SolidLine
    assert information.tie_pen.style() == Qt.PenStyle.CustomDashLine  # "dash" in the catalogue
    assert membership.tie_pen.style() == Qt.PenStyle.CustomDashLine  # "dot"
    assert membership.tie_pen.dashPattern() != information.tie_pen.dashPattern()
    assert cooperation.tie_pen.color() != information.tie_pen.color()
    # Arrowheads: none undirected, one directed, two mutual.
    assert (len(cooperation.heads), len(information.heads), len(funding.heads)) == (0, 1, 2)
    # Width by strength 1-3.
    assert cooperation.tie_pen.widthF() < information.tie_pen.widthF() < funding.tie_pen.widthF()


def test_directed_arrow_points_at_the_target_circle(scene: MapScene) -> None:
    tie = scene.tie_item(12)  # 2 (300, 0) -> 3 (0, 300)
    tip = tie.heads[0].at(0)
    target = scene.actor_item(3)
    distance = ((tip.x() - target.x()) ** 2 + (tip.y() - target.y()) ** 2) ** 0.5
    assert abs(distance - (target.radius + target.outline.widthF() / 2 + 1)) < 0.5


def test_parallel_ties_are_side_by_side(scene: MapScene) -> None:
    a, b = scene.tie_item(11), scene.tie_item(15)  # both between actors 1 and 2
    assert a.offset == -b.offset != 0
    assert a.line.p1() != b.line.p1()


def test_labels_sit_below_their_actor_and_wrap(scene: MapScene) -> None:
    club = scene.actor_item(4)
    rect = club.label_rect()
    assert rect.top() > club.radius  # below the circle, never on it
    assert rect.width() <= scene.style.label_width + 1
    assert rect.height() > 2 * scene.style.label_px  # the long name wraps to several lines


def test_key_actor_dots_and_cluster(scene: MapScene) -> None:
    town_hall = scene.actor_item(1)
    assert town_hall.actor.is_key and town_hall.actor.dots == 2
    cluster = scene.cluster_item(21)
    assert cluster is not None
    for member in (1, 2):
        assert cluster.hull.contains(scene.actor_item(member).pos())
    assert not cluster.hull.contains(scene.actor_item(3).pos())


def test_legend_lists_what_is_on_the_map_in_catalogue_order(scene: MapScene) -> None:
    entries = scene.legend_entries()
    colours = [label for label, value in entries if isinstance(value, QColor)]
    pens = [label for label, value in entries if isinstance(value, QPen)]
    assert colours == ["Administration", "Schools", "Faith communities", "Clubs and associations",
                       "without category"]
    assert pens == ["Cooperation", "Information exchange", "Funding", "Membership", "Conflict/tension"]
    assert len(scene.attitude_legend()) == 3


def test_german_labels_follow_the_language(qapp, state) -> None:  # type: ignore[no-untyped-def]
    scene = MapScene()
    scene.set_map(state, "de")
    assert scene.legend_entries()[0][0] == "Verwaltung"
    scene.set_catalogues(state.catalogues, "en")
    assert scene.legend_entries()[0][0] == "Administration"


def test_presentation_mode_has_larger_labels_and_thicker_lines(scene: MapScene) -> None:
    label_before = scene.actor_item(2).label_rect().height()
    width_before = scene.tie_item(11).tie_pen.widthF()
    scene.set_presentation(True)
    assert scene.presentation
    assert scene.actor_item(2).label_rect().height() > label_before
    assert scene.tie_item(11).tie_pen.widthF() > width_before
    scene.set_presentation(False)
    assert scene.tie_item(11).tie_pen.widthF() == width_before


# == editing the map through the scene's API =====================================================


def test_upsert_and_remove_actors_and_ties(scene: MapScene) -> None:
    scene.upsert_actors([Actor("Neu", category="vereine", x=500, y=500, id=6)])
    scene.upsert_ties([Tie(6, 1, "kooperation", id=16)])
    assert scene.actor_item(6) is not None and scene.tie_item(16) is not None
    moved = scene.actor_item(6).actor.with_changes(x=600.0, influence=10)
    scene.upsert_actors([moved])
    assert scene.actor_item(6).pos() == QPointF(600, 500)
    assert scene.tie_item(16).line.p1().x() > 500  # the tie followed
    scene.remove_actors([6])
    assert scene.actor_item(6) is None and scene.tie_item(16) is None
    scene.remove_ties([15])
    assert scene.tie_item(15) is None and scene.tie_item(11).offset == 0


def test_select_actors_emits_once(qtbot, scene: MapScene) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[list[int], list[int]]] = []
    scene.selectionIdsChanged.connect(lambda a, t: seen.append((a, t)))
    scene.select_actors([2, 3])
    assert seen == [([2, 3], [])]
    assert scene.selected_actor_ids() == [2, 3]
    scene.tie_item(12).setSelected(True)
    assert seen[-1] == ([2, 3], [12])


def test_measure_sizes_and_colours_actors(scene: MapScene) -> None:
    influence_radius = scene.actor_item(4).radius
    scene.set_measure({1: 0.1, 2: 0.0, 3: 0.2, 4: 1.0, 5: 0.5})
    assert scene.actor_item(4).radius > scene.actor_item(5).radius > scene.actor_item(2).radius
    assert scene.actor_item(4).fill != scene.actor_item(2).fill
    labels = [label for label, value in scene.legend_entries() if isinstance(value, QColor)]
    assert len(labels) == 3  # the colour ramp instead of the categories
    scene.set_measure(None)
    assert scene.actor_item(4).radius == influence_radius
    assert scene.actor_item(4).fill == QColor("#f08c00")


def test_highlight_puts_a_halo_and_clears(scene: MapScene) -> None:
    scene.set_highlight({3}, {12}, mode="whatif")
    assert "highlight" in scene.actor_item(3).halos and scene.tie_item(12).halo is not None
    assert not scene.actor_item(2).halos
    scene.set_highlight(set())
    assert not scene.actor_item(3).halos and scene.tie_item(12).halo is None


def test_overlay_shows_removed_as_dashed_ghosts_and_mutes_the_rest(scene: MapScene) -> None:
    gone = Actor("Aufgelöster Verein", category="vereine", x=-300, y=300, id=99)
    scene.set_overlay(added_actors=[scene.actor_item(5).actor], removed_actors=[gone],
                      added_ties=[scene.tie_item(11).tie], removed_ties=[Tie(99, 3, "kooperation", id=98)],
                      changed_actor_ids=[2])
    ghosts = scene.ghost_actor_items()
    assert len(ghosts) == 1 and ghosts[0].pos() == QPointF(-300, 300)
    assert ghosts[0].outline.style() == Qt.PenStyle.DashLine
    ghost_ties = scene.ghost_tie_items()
    assert len(ghost_ties) == 1 and ghost_ties[0].tie_pen.style() == Qt.PenStyle.CustomDashLine
    assert scene.actor_item(5).halos["overlay"] != scene.actor_item(2).halos["overlay"]  # new vs changed
    assert scene.actor_item(1).opacity() < 1 and scene.actor_item(5).opacity() == 1
    assert scene.tie_item(11).halo is not None and scene.tie_item(12).opacity() < 1
    scene.set_overlay(None, None, None, None, None)
    assert not scene.ghost_actor_items() and not scene.ghost_tie_items()
    assert scene.actor_item(1).opacity() == 1 and not scene.actor_item(5).halos


# == gestures =====================================================================================


def test_double_click_on_empty_space_asks_for_an_actor(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    spot = QPointF(-200, 400)
    with qtbot.waitSignal(scene.addActorRequested) as blocker:
        double_click(view, view_point(view, spot))
    pos = blocker.args[0]
    assert abs(pos.x() - spot.x()) < 2 and abs(pos.y() - spot.y()) < 2


def test_double_click_on_actor_and_on_cluster_heading(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    with qtbot.waitSignal(scene.actorActivated) as blocker:
        double_click(view, view_point(view, scene.actor_item(3).pos()))
    assert blocker.args == [3]
    heading = scene.cluster_item(21).heading_rect.center()
    with qtbot.waitSignal(scene.clusterActivated) as blocker:
        double_click(view, view_point(view, heading))
    assert blocker.args == [21]


def test_double_click_on_a_label_activates_its_actor(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    item = scene.actor_item(3)
    with qtbot.waitSignal(scene.actorActivated) as blocker:
        double_click(view, view_point(view, item.mapToScene(item.label_rect().center())))
    assert blocker.args == [3]


def test_shift_drag_from_actor_to_actor_asks_for_a_tie(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    before = scene.actor_item(5).pos()
    with qtbot.waitSignal(scene.tieRequested) as blocker:
        drag(view, view_point(view, scene.actor_item(5).pos()), view_point(view, scene.actor_item(3).pos()),
             modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == [5, 3]
    assert scene.actor_item(5).pos() == before  # drawing a tie does not move the actor
    assert not [i for i in scene.items() if i.zValue() >= 1000]  # the rubber line is gone


def test_tie_tool_draws_ties_with_a_plain_drag(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    scene.set_tie_mode(True)
    requested: list[tuple[int, int]] = []
    scene.tieRequested.connect(lambda a, b: requested.append((a, b)))
    drag(view, view_point(view, scene.actor_item(2).pos()), view_point(view, scene.actor_item(5).pos()))
    # Released on empty space: no tie.
    drag(view, view_point(view, scene.actor_item(2).pos()), view_point(view, QPointF(150, 150)))
    assert requested == [(2, 5)]
    scene.set_tie_mode(False)


def test_dragging_actors_emits_actors_moved_once(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    scene.select_actors([2, 5])
    moved: list[dict[int, tuple[float, float]]] = []
    scene.actorsMoved.connect(moved.append)
    start = scene.actor_item(2).pos()
    drag(view, view_point(view, start), view_point(view, start + QPointF(60, 40)), steps=10)
    assert len(moved) == 1
    assert set(moved[0]) == {2, 5}
    x, y = moved[0][2]
    assert abs(x - 360) < 2 and abs(y - 40) < 2
    assert moved[0][5] == pytest.approx((360, 340), abs=2)
    # The ties followed the actor.
    assert scene.tie_item(12).line.p1().x() > 330


def test_fast_drag_paints_a_picture_of_the_still_map(qtbot, view: MapView, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    monkeypatch.setattr(MapScene, "FAST_DRAG_MIN_ITEMS", 0)
    moved: list[dict[int, tuple[float, float]]] = []
    scene.actorsMoved.connect(moved.append)
    start = view_point(view, scene.actor_item(3).pos())
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, start, left, left)
    send_mouse(view, QEvent.Type.MouseMove, start + QPointF(20, 0), Qt.MouseButton.NoButton, left)
    QApplication.processEvents()
    assert scene.layer.opacity() == 0.0  # the still map comes from the picture...
    assert scene.actor_item(3).parentItem() is None  # ...the moving actor and its ties are drawn
    assert scene.tie_item(12).parentItem() is None
    assert scene.actor_item(2).parentItem() is scene.layer
    send_mouse(view, QEvent.Type.MouseMove, start + QPointF(40, 10), Qt.MouseButton.NoButton, left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, start + QPointF(40, 10), left, Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert scene.layer.opacity() == 1.0
    assert scene.actor_item(3).parentItem() is scene.layer
    assert len(moved) == 1 and moved[0][3] == pytest.approx((40, 310), abs=2)


def test_rubber_band_selects_actors_not_ties(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    seen: list[tuple[list[int], list[int]]] = []
    scene.selectionIdsChanged.connect(lambda a, t: seen.append((a, t)))
    drag(view, view_point(view, QPointF(150, -100)), view_point(view, QPointF(420, 420)))
    assert scene.selected_actor_ids() == [2, 5]
    assert scene.selected_tie_ids() == []
    assert seen[-1] == ([2, 5], [])


def test_click_on_a_tie_selects_it(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    middle = scene.tie_item(12).line.center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(middle))
    assert scene.selected_tie_ids() == [12]


def test_escape_cancels_a_tie_being_drawn(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    requested: list[tuple[int, int]] = []
    scene.tieRequested.connect(lambda a, b: requested.append((a, b)))
    shift = Qt.KeyboardModifier.ShiftModifier
    left = Qt.MouseButton.LeftButton
    start = view_point(view, scene.actor_item(2).pos())
    end = view_point(view, scene.actor_item(5).pos())
    send_mouse(view, QEvent.Type.MouseButtonPress, start, left, left, shift)
    send_mouse(view, QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, left, shift)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton, shift)
    assert requested == []


# == zoom, pan and labels ========================================================================


def test_labels_hide_when_zoomed_out_and_come_back(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    item = scene.actor_item(2)
    assert scene.labels_shown and item.label_shown
    view.set_zoom(0.05)
    assert not scene.labels_shown and not item.label_shown
    view.set_zoom(1.0)
    assert scene.labels_shown and item.label_shown


def test_labels_grow_when_zoomed_out_to_stay_readable(view: MapView) -> None:
    scene = view.map_scene()
    view.set_zoom(0.5)
    assert scene.labels_shown and scene.label_scale > 1
    on_screen = scene.style.label_px * scene.label_scale * view.zoom()
    assert on_screen >= 11 - 0.5


def test_wheel_zooms_around_the_cursor(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    anchor = QPoint(600, 200)
    before = view.mapToScene(anchor)
    zoom = view.zoom()
    event = QWheelEvent(QPointF(anchor), QPointF(view.viewport().mapToGlobal(anchor)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > zoom
    after = view.mapToScene(anchor)
    assert abs(after.x() - before.x()) < 3 and abs(after.y() - before.y()) < 3


def test_zoom_slots_and_fit_all(view: MapView) -> None:
    zoom = view.zoom()
    view.zoom_in()
    assert view.zoom() > zoom
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() < zoom
    view.fit_all()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene().content_rect())


def test_middle_button_and_space_drag_pan(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    centre = view.mapToScene(view.viewport().rect().center())
    drag(view, QPointF(400, 300), QPointF(300, 250), button=Qt.MouseButton.MiddleButton)
    moved = view.mapToScene(view.viewport().rect().center())
    assert moved.x() == pytest.approx(centre.x() + 100, abs=2) and moved.y() == pytest.approx(centre.y() + 50, abs=2)
    scene = view.map_scene()
    before = scene.actor_item(2).pos()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    drag(view, view_point(view, before), view_point(view, before) + QPointF(-80, 0))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert scene.actor_item(2).pos() == before  # panned, not moved
    assert view.mapToScene(view.viewport().rect().center()).x() == pytest.approx(moved.x() + 80, abs=2)


def test_items_are_the_canvas_types(scene: MapScene) -> None:
    assert isinstance(scene.actor_item(1), ActorItem) and isinstance(scene.tie_item(11), TieItem)
    assert scene.actor_item(404) is None and scene.tie_item(404) is None



def test_the_painted_view_shows_the_category_colours(view: MapView) -> None:
    scene = view.map_scene()
    image = view.viewport().grab().toImage()
    for actor_id, colour in ((1, "#1f4e99"), (2, "#2e8b57"), (3, "#7b3fa0")):
        centre = view.mapFromScene(scene.actor_item(actor_id).pos())
        assert image.pixelColor(centre).name() == colour
