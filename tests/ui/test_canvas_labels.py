"""Readable labels on a crowded map: the declutter pass gives each label a free place around its
actor (below, above, right, left, the corners) or hides it; key, selected and hovered actors keep
theirs; hidden labels come back when zoomed in. Long words widen a label instead of breaking."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from netmap.catalogues import default_catalogues
from netmap.domain import Actor, Attitude, Cluster, MapState, ProjectInfo
from netmap.ui.canvas import MapScene, MapView
from netmap.ui.canvas.items import ActorItem
from netmap.render.figures import LABEL_PLACES
from netmap.render.labels import LabelLayout, LabelRequest, place_labels

from .fixtures import send_mouse, view_point

NAMES = ["Bürgerverein Nord", "Sportfreunde Süd e. V.", "Kita Regenbogen", "Stadtteilbüro", "Jugendzentrum Ost",
         "Seniorenbeirat", "Caritasverband Musterstadt", "Quartiersmanagement", "Elternverein",
         "Integrationsbeirat", "Tafel Musterstadt", "Moscheeverein", "Kulturverein", "Stadtbücherei",
         "Nachbarschaftshilfe", "Förderverein Grundschule"]
KEY = 199


def crowded_state(spacing: float = 90.0, side: int = 4) -> MapState:
    """A `side` x `side` grid of actors `spacing` apart (far closer than a label is wide), the key
    actor in the middle with the least influence, the top row a cluster with its heading."""
    actors = []
    for i, (row, col) in enumerate(itertools.product(range(side), range(side))):
        actors.append(Actor(NAMES[i % len(NAMES)], category="vereine", influence=2 + i % 5,
                            attitude=Attitude.NEUTRAL, x=col * spacing, y=row * spacing, id=100 + i))
    middle = (side // 2) * side + side // 2
    actors[middle] = actors[middle].with_changes(name="Quartiersbüro", is_key=True, influence=0, id=KEY)
    clusters = [Cluster("Oberste Reihe", members=tuple(a.id for a in actors[:side] if a.id is not None), id=900)]
    return MapState(info=ProjectInfo(name="Gedränge"), catalogues=default_catalogues(), actors=actors,
                    clusters=clusters)


@pytest.fixture
def scene(qapp):  # type: ignore[no-untyped-def]
    scene = MapScene()
    scene.set_map(crowded_state(), "en")
    return scene


@pytest.fixture
def view(qtbot, scene):  # type: ignore[no-untyped-def]
    view = MapView(scene)
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(135, 135)
    scene.declutter_labels()
    return view


def label_in_scene(item: ActorItem) -> QRectF:
    return item.mapRectToScene(item.label_rect())


def circle_hits(item: ActorItem, rect: QRectF) -> bool:
    """Does `rect` (scene coordinates) touch the actor's circle?"""
    c = item.pos()
    r = item.body_radius()
    nx = min(max(c.x(), rect.left()), rect.right())
    ny = min(max(c.y(), rect.top()), rect.bottom())
    return (nx - c.x()) ** 2 + (ny - c.y()) ** 2 < r * r


def assert_readable(scene: MapScene, *, labels_only: bool = False) -> None:
    """No two visible labels overlap; no label covers an actor or a cluster heading (a forced
    label with no free place may: `labels_only`)."""
    items = scene.actor_items()
    shown = [item for item in items if item.label_visible]
    for a, b in itertools.combinations(shown, 2):
        assert not label_in_scene(a).intersects(label_in_scene(b)), (a.actor.name, b.actor.name)
    if labels_only:
        return
    for item in shown:
        rect = label_in_scene(item)
        for other in items:
            assert not circle_hits(other, rect), (item.actor.name, "covers", other.actor.name)
        cluster = scene.cluster_item(900)
        if cluster is not None:
            assert not rect.intersects(cluster.heading_rect), item.actor.name


# == the pass on the canvas =======================================================================


def test_crowded_labels_do_not_overlap_each_other_actors_or_headings(view: MapView) -> None:
    scene = view.map_scene()
    items = scene.actor_items()
    assert scene.labels_shown
    placed = [item for item in items if item.label_placed]
    hidden = [item for item in items if not item.label_placed]
    assert len(placed) >= 4 and hidden  # crowded: some labels had to go
    assert {LABEL_PLACES[item.label_place] for item in placed} - {"below"}  # and some moved aside
    assert_readable(scene)


def test_labels_never_cover_their_own_actor_wherever_they_go(scene: MapScene) -> None:
    for item in scene.actor_items():
        for place in range(len(LABEL_PLACES)):
            rect = item.label_rect(place)
            assert not circle_hits(item, item.mapRectToScene(rect)), (item.actor.name, LABEL_PLACES[place])


def test_the_key_actor_keeps_its_label(view: MapView) -> None:
    scene = view.map_scene()
    key = scene.actor_item(KEY)
    assert key.actor.influence == 0  # the smallest circle: only being the key actor puts it first
    assert key.label_placed
    # Also with the projector's larger labels: presentation mode hides no name at all (issue 14;
    # the view spreads the actors to make room, see test_screen_sizes.py).
    scene.set_presentation(True)
    scene.declutter_labels()
    assert scene.labels_shown and key.label_placed
    assert all(item.label_placed for item in scene.actor_items())
    scene.set_presentation(False)


def test_a_hidden_label_comes_back_when_zoomed_in(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    scene = MapScene()
    scene.set_map(crowded_state(spacing=150.0, side=5), "en")
    view = MapView(scene)
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(0.6)  # labels grow to stay readable: fewer fit
    view.centerOn(300, 300)
    scene.declutter_labels()
    assert scene.labels_shown and scene.label_scale > 1
    hidden = [item for item in scene.actor_items() if not item.label_placed]
    assert hidden
    assert_readable(scene)
    view.set_zoom(1.5)
    # The pass runs a moment after the zoom (a wheel zoom is many small steps).
    qtbot.waitUntil(lambda: any(item.label_placed for item in hidden), timeout=2000)
    assert_readable(scene)
    view.set_zoom(0.6)
    qtbot.waitUntil(lambda: not all(item.label_placed for item in hidden), timeout=2000)


def test_a_hidden_label_shows_while_hovered_and_while_selected(qtbot, view: MapView) -> None:  # type: ignore[no-untyped-def]
    scene = view.map_scene()
    item = next(item for item in scene.actor_items() if not item.label_placed)
    assert not item.label_visible
    # Hover: a plain mouse move onto the actor.
    send_mouse(view, QEvent.Type.MouseMove, view_point(view, item.pos()), Qt.MouseButton.NoButton,
               Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert item.label_visible and item.zValue() > scene.actor_item(KEY).zValue()  # drawn over the neighbours
    send_mouse(view, QEvent.Type.MouseMove, QPointF(5, 5), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert not item.label_visible
    # Selection: shown at once, and placed first by the next pass.
    scene.select_actors([item.actor_id])
    assert item.label_visible
    scene.declutter_labels()
    assert item.label_placed
    assert_readable(scene, labels_only=True)  # the others made room
    scene.select_actors([])
    scene.declutter_labels()
    assert not scene.actor_item(item.actor_id).label_forced


def test_moving_actors_apart_frees_their_labels(view: MapView) -> None:
    scene = view.map_scene()
    hidden = [item for item in scene.actor_items() if not item.label_placed]
    moved = [item.actor.with_changes(x=2000.0 + 400 * i, y=1500.0) for i, item in enumerate(hidden)]
    scene.upsert_actors(moved)  # as after a drag or a layout
    scene.declutter_labels()
    assert all(scene.actor_item(a.id).label_placed for a in moved if a.id is not None)
    assert_readable(scene)


def test_presentation_mode_declutters_its_larger_labels(view: MapView) -> None:
    scene = view.map_scene()
    scene.set_presentation(True)
    view.fit_all()
    scene.declutter_labels()
    assert scene.labels_shown
    assert_readable(scene)
    scene.set_presentation(False)


def test_on_a_large_map_the_pass_follows_the_view(qtbot, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """From DECLUTTER_REGION_MIN_ACTORS on, labels are placed around what the view shows; panning
    further places the labels there."""
    monkeypatch.setattr(MapScene, "DECLUTTER_REGION_MIN_ACTORS", 1)
    state = crowded_state(spacing=150.0, side=3)
    far = [a.with_changes(x=a.x + 20000.0, id=(a.id or 0) + 50, is_key=False) for a in state.actors]
    scene = MapScene()
    scene.set_map(MapState(catalogues=state.catalogues, actors=[*state.actors, *far]), "en")
    view = MapView(scene)
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(150, 150)
    scene.declutter_labels()
    near_items = [scene.actor_item(a.id) for a in state.actors if a.id is not None]
    far_items = [scene.actor_item(a.id) for a in far if a.id is not None]
    assert any(item.label_placed for item in near_items)
    assert not any(item.label_placed for item in far_items)
    view.centerOn(20150, 150)
    qtbot.waitUntil(lambda: any(item.label_placed for item in far_items), timeout=2000)
    assert_readable(scene)
    # A picture of the whole map (a poster) places every label first.
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 200, 100), scene.content_rect())
    painter.end()
    assert any(item.label_placed for item in near_items) and any(item.label_placed for item in far_items)


# == the parts ====================================================================================


def test_long_words_widen_a_label_instead_of_breaking(qapp) -> None:  # type: ignore[no-untyped-def]
    font = QFont()
    font.setPixelSize(13)
    word = "Stadtverordnetenversammlung"
    width = QFontMetricsF(font).horizontalAdvance(word)
    narrow = width * 0.8
    label = LabelLayout(f"{word} Musterstadt", font, narrow)
    assert label.rect.width() >= width - 0.5  # the word on one line
    assert label.rect.height() < 2.5 * QFontMetricsF(font).height()  # two lines, not three
    # Within reason: a word far wider than the label still breaks.
    assert LabelLayout(word * 3, font, narrow).rect.width() <= narrow * LabelLayout.MAX_WIDENING + 1


def test_place_labels_greedy_in_order_with_bounds_gap_and_forced() -> None:
    below, above = (-20.0, 6.0, 20.0, 16.0), (-20.0, -16.0, 20.0, -6.0)
    a = LabelRequest(0.0, 0.0, 5.0, [below, above])
    b = LabelRequest(10.0, 0.0, 5.0, [below, above])
    c = LabelRequest(20.0, 0.0, 5.0, [below, above], forced=True)
    # b cannot go below (a is there) and goes above; c finds both taken but is forced.
    assert place_labels([a, b, c]) == [0, 1, 0]
    # Without the force, c stays hidden; in another order, c comes first.
    c_free = c._replace(forced=False)
    assert place_labels([a, b, c_free]) == [0, 1, None]
    assert place_labels([c_free, a, b]) == [0, 1, None]
    # Bounds: a box leaving them is not used.
    assert place_labels([a], bounds=(-50.0, -1.0, 50.0, 50.0)) == [0]
    assert place_labels([a], bounds=(-50.0, -50.0, 50.0, 10.0)) == [1]
    assert place_labels([a], bounds=(-50.0, -1.0, 50.0, 10.0)) == [None]
    # Gap: two labels 4 apart are fine without a gap, not with a gap of 6.
    left = LabelRequest(0.0, 0.0, 1.0, [(-10.0, 10.0, 0.0, 20.0)])
    right = LabelRequest(100.0, 0.0, 1.0, [(-96.0, 10.0, -86.0, 20.0)])
    assert place_labels([left, right]) == [0, 0]
    assert place_labels([left, right], gap=6.0) == [0, None]
    # Obstacles (cluster headings) and other actors' circles block a label.
    assert place_labels([a], [(-5.0, 8.0, 5.0, 12.0)]) == [1]
    blocker = LabelRequest(0.0, 11.0, 3.0, [])
    assert place_labels([a, blocker]) == [1, None]


def test_place_labels_at_5000_actors_reuses_the_grid_of_circles() -> None:
    """Correctness of the cache: a second pass with the same actors gives the same answer, a pass
    after moving one actor sees it where it is now."""
    requests = [LabelRequest(float(i % 70) * 40, float(i // 70) * 40, 8.0, [(-30.0, 10.0, 30.0, 24.0),
                                                                          (-30.0, -24.0, 30.0, -10.0)])
                for i in range(5000)]
    cache: dict = {}  # type: ignore[type-arg]
    first = place_labels(requests, gap=2.0, cache=cache)
    assert first == place_labels(requests, gap=2.0, cache=cache) == place_labels(requests, gap=2.0)
    assert None in first and 0 in first and 1 in first
    moved = [requests[0], requests[1]._replace(x=0.0, y=17.0), *requests[2:]]  # onto the first one's label
    assert place_labels(moved, gap=2.0, cache=cache)[:2] == place_labels(moved, gap=2.0)[:2]


def test_a_one_line_label_is_drawn_inside_its_rectangle(qapp) -> None:  # type: ignore[no-untyped-def]
    """Short names skip the text layout: measured by the font, drawn as plain text, centred."""
    font = QFont()
    font.setPixelSize(20)
    metrics = QFontMetricsF(font)
    label = LabelLayout("Moschee  Al-Nur\n", font, 400.0)
    assert label.text == "Moschee Al-Nur"
    assert label.rect.width() == pytest.approx(metrics.horizontalAdvance("Moschee Al-Nur"))
    assert label.rect.height() == pytest.approx(metrics.height())
    assert label.rect.center().x() == pytest.approx(0.0)
    image = QImage(500, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.translate(250, 30)
    painter.setPen(QColor("#000000"))
    label.draw(painter, 0.0)
    painter.end()
    inked = [(x, y) for y in range(100) for x in range(500) if QColor(image.pixel(x, y)).lightness() < 128]
    assert inked
    xs, ys = [x - 250 for x, _ in inked], [y - 30 for _, y in inked]
    assert label.rect.left() - 1 <= min(xs) < label.rect.left() + 4
    assert label.rect.right() - 4 < max(xs) <= label.rect.right() + 1
    assert 0 <= min(ys) and max(ys) <= label.rect.bottom() + 1
    # A name too long for one line is still wrapped.
    assert LabelLayout("Moschee Al-Nur " * 4, font, 200.0).rect.height() > 1.5 * metrics.height()
