"""The parts MapScene is made of: plain models that work without a scene, and the rule that no part
imports the scene (the parts used to be mixins importing each other in a circle)."""

from __future__ import annotations

import ast
import gc
import math
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from .fixtures import small_state

from netmap.domain import Actor, Tie
from netmap.ui.canvas import MapScene
from netmap.render.map_rules import in_catalogue_order as in_order
from netmap.render.map_rules import mean_spacing
from netmap.render.map_rules import measure_shares as shares
from netmap.ui.canvas.detail import LevelOfDetail
from netmap.ui.canvas.overlays import Comparison

CANVAS = Path(__file__).resolve().parents[2] / "netmap" / "ui" / "canvas"


class Look:
    """A map style as the level of detail sees it."""

    def __init__(self, presentation: bool = False) -> None:
        self.presentation = presentation
        self.label_px = 21.0 if presentation else 13.0

    def label_line_ratio(self) -> float:
        return 1.25


def test_labels_grow_then_hide_as_the_zoom_goes_out() -> None:
    detail = LevelOfDetail()
    assert detail.label_state(1.0, Look(), spacing=200.0) == (True, 1.0)
    # 11 px wanted, 13 * 0.5 = 6.5 px natural: grown by 11 / 6.5.
    assert detail.label_state(0.5, Look(), spacing=200.0) == (True, round(11 / 6.5, 2))
    # Grown three times at most: 13 * 0.1 * 3 = 3.9 px is below the 6 px of a readable label.
    assert detail.label_state(0.1, Look(), spacing=2000.0) == (False, 3.0)
    # Readable letters, but the actors sit closer than 55 px on screen: the labels would pile up.
    assert detail.label_state(0.6, Look(), spacing=50.0)[0] is False


def test_on_the_wall_every_name_shows_as_large_as_the_back_row_needs() -> None:
    detail = LevelOfDetail()
    detail.wall_text_px = 40.0
    shown, factor = detail.label_state(0.1, Look(presentation=True), spacing=1.0)
    assert shown and factor == round(40.0 / (21.0 * 0.1 * 1.25), 3)
    detail.min_label_px = 8.0  # a poster's own minimum: the ordinary rules again
    assert detail.label_state(1.0, Look(presentation=True), spacing=200.0) == (True, 1.0)


def test_hit_margin_moves_in_steps_and_mean_spacing() -> None:
    detail = LevelOfDetail()
    assert detail.hit_margin_at(1.0) == round(1.25 ** round(math.log(10.0, 1.25)), 2)
    assert detail.hit_margin_at(1.0) == detail.hit_margin_at(1.05)  # a small zoom step touches no actor
    assert detail.hit_margin_at(0.1) > detail.hit_margin_at(1.0)
    assert mean_spacing([(0.0, 0.0)]) == math.inf
    assert mean_spacing([(0.0, 0.0), (100.0, 0.0), (0.0, 100.0), (100.0, 100.0)]) == pytest.approx(50.0)


def test_comparison_marks_match_by_id_and_uid() -> None:
    on_map = {1: Actor("A", uid="a", id=1), 2: Actor("B", uid="b", id=2), 3: Actor("C", uid="c", id=3)}
    comparison = Comparison(
        added_actors=(Actor("A", uid="a", id=1),  # same id and uid
                      Actor("B", uid="b", id=9),  # found by its uid
                      Actor("C2", uid="other", id=3)),  # unknown uid: the same id
        added_ties=(Tie(1, 2, "kooperation", id=5), Tie(2, 3, "kooperation", uid="t-new")),
        changed_actor_ids=frozenset({3, 42}))
    marks = comparison.marks(on_map)
    assert marks.new_actors == {1, 2, 3}
    assert marks.changed_actors == {3}  # 42 is not on this map
    assert marks.tie_is_new(Tie(1, 2, "kooperation", id=5))
    assert marks.tie_is_new(Tie(2, 3, "kooperation", uid="t-new", id=77))
    assert not marks.tie_is_new(Tie(2, 3, "kooperation", id=6))


def test_shares_and_catalogue_order() -> None:
    assert shares({1: 2.0, 2: 4.0, 3: float("nan")}) == {1: 0.5, 2: 1.0}
    assert shares({1: -1.0, 2: 1.0}) == {1: 0.0, 2: 1.0}
    assert in_order({"", "z", "b", "a"}, ["b", "a"]) == ["b", "a", "z", ""]


def test_scene_shows_a_typed_comparison_and_clears_it(qapp) -> None:  # type: ignore[no-untyped-def]
    scene = MapScene()
    state = small_state()
    scene.set_map(state, "de")
    gone = Actor("Weg", x=-300, y=300, id=-1)
    scene.show_comparison(Comparison(removed_actors=(gone,), removed_ties=(Tie(-1, 1, "kooperation"),),
                                     changed_actor_ids=frozenset({2})))
    assert [g.pos() for g in scene.ghost_actor_items()] == [QPointF(-300, 300)]
    assert len(scene.ghost_tie_items()) == 1 and scene.ghost_tie_items()[0] in scene.actor_item(1).ties
    assert "overlay" in scene.actor_item(2).halos and scene.actor_item(3).opacity() < 1.0
    scene.clear_overlay()
    assert not scene.ghost_actor_items() and not scene.ghost_tie_items()
    assert all(len(t.source.ties) for t in scene.tie_items()) and scene.actor_item(3).opacity() == 1.0
    assert all(t.ghost is False for t in scene.actor_item(1).ties)


def _imports(path: Path) -> set[str]:
    """Every netmap module `path` imports, under TYPE_CHECKING and inside functions too."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("netmap.")}


def test_no_part_of_the_scene_imports_the_scene_and_no_canvas_module_imports_in_a_circle() -> None:
    modules = {f"netmap.ui.canvas.{p.stem}": p for p in CANVAS.glob("*.py") if p.stem != "__init__"}
    graph = {name: _imports(path) & set(modules) for name, path in modules.items()}
    users_of_scene = {name for name, deps in graph.items() if "netmap.ui.canvas.scene" in deps}
    assert users_of_scene <= {"netmap.ui.canvas.view"}
    for start in ("scene", "gestures", "declutter", "analysis_views", "map_items", "selection", "scene_index"):
        seen: set[str] = set()
        todo = list(graph[f"netmap.ui.canvas.{start}"])
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(graph[name])
        assert f"netmap.ui.canvas.{start}" not in seen, f"{start} imports itself back"


def test_a_scene_dies_with_its_last_reference(qapp) -> None:  # type: ignore[no-untyped-def]
    """The parts hold their scene weakly: no cycle keeps it (a poster's scene) alive until the
    cycle collector runs, maybe on another thread than the one that made it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        scene = MapScene()
        scene.set_map(small_state(), "de")
        scene.set_overlay(removed_actors=[Actor("Weg", id=-1)])
        gone = weakref.ref(scene)
        del scene
        assert gone() is None
    finally:
        if collecting:
            gc.enable()


def test_the_models_of_the_scene_import_no_qt() -> None:
    """The level of detail and the analysis overlays are plain data and rules (drawn elsewhere);
    the label rule they share with the poster (render/map_rules.py) imports nothing at all."""
    rules = CANVAS.parents[1] / "render" / "map_rules.py"
    for path in [*(CANVAS / f"{stem}.py" for stem in ("detail", "overlays", "owner")), rules]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        names |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {n for n in names if n.startswith("PySide6")}, path.stem
        allowed = {"netmap.domain", "netmap.render.map_rules"} if path != rules else set()
        assert {n for n in names if n.startswith("netmap")} <= allowed, path.stem
