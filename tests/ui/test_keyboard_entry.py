"""Ties typed from the keyboard, new actors placed by their category, and the scripted workshop:
40 actors and 80 ties from the keyboard alone, with the keys it took."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from netmap.domain import Actor, CatalogueKind
from netmap.project import Project
from netmap.ui.editing.quick_entry import match_categories
from netmap.ui.editing.tie_entry import match_actors


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` key by key (Qt's test keyboard only knows ASCII; umlauts come as their text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _names(window) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {a.name: a.id for a in window.session.actors.values()}


def _tie_set(window) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return {(t.source, t.target, t.kind) for t in window.session.ties.values()}


def test_a_tie_is_typed_with_completion_a_kind_number_and_more_from_the_same_actor(
        qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    ids = _names(window)
    kinds = [e.key for e in window.session.catalogue(CatalogueKind.TIE_KIND)]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    entry = window.tie_entry
    assert entry.isVisible() and entry.edit.hasFocus()
    qtbot.keyClicks(entry.edit, "mosch")
    assert "Moscheeverein" in entry.hint.text()  # the candidates show while typing
    qtbot.keyClicks(entry.edit, ", s")
    # "s": the shortest name first; Tab steps to the next candidate.
    assert entry.target is not None and entry.target.name == "Sportverein TSV"
    qtbot.keyClick(entry.edit, Qt.Key.Key_Tab)
    assert entry.target.name == "Stadtverwaltung"
    qtbot.keyClicks(entry.edit, "3")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert (ids["Moscheeverein"], ids["Stadtverwaltung"], kinds[2]) in _tie_set(window)
    # The first actor stays: the next tie from it is the other's letters and Enter.
    assert entry.edit.text() == "Moscheeverein, " and entry.source.name == "Moscheeverein"
    qtbot.keyClicks(entry.edit, "sport")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert (ids["Moscheeverein"], ids["Sportverein TSV"], kinds[2]) in _tie_set(window)  # the kind stays
    # Esc empties the field, Esc again leaves it; Ctrl+Z undoes the last tie.
    qtbot.keyClick(entry.edit, Qt.Key.Key_Escape)
    assert entry.edit.text() == "" and entry.isVisible()
    qtbot.keyClick(entry.edit, Qt.Key.Key_Escape)
    assert not entry.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (ids["Moscheeverein"], ids["Sportverein TSV"], kinds[2]) not in _tie_set(window)


def test_a_new_actor_goes_next_to_its_category_and_is_selected(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    school = next(a for a in window.session.actors.values() if a.category == "schulen")
    window.start_quick_entry()
    qtbot.keyClicks(window.quick_entry.edit, "Gymnasium am Park")
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.quick_entry.edit, "schu")
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    new = next(a for a in window.session.actors.values() if a.name == "Gymnasium am Park")
    assert new.category == "schulen"
    others = [a for a in window.session.actors.values() if a.id != new.id]
    nearest = min(others, key=lambda a: (a.x - new.x) ** 2 + (a.y - new.y) ** 2)
    assert nearest.id == school.id
    assert window.scene.selected_actor_ids() == [new.id]


def test_recently_used_categories_come_first_among_equal_matches(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    entries = window.session.catalogue(CatalogueKind.CATEGORY)
    first = match_categories("ver", entries, "de")[0].key
    other = next(e.key for e in match_categories("ver", entries, "de") if e.key != first)
    assert match_categories("ver", entries, "de", recent=[other])[0].key == other


def _shortest_prefix(name: str, ranked) -> str:  # type: ignore[no-untyped-def]
    """The fewest letters of `name` after which `ranked(letters)` puts it first."""
    for n in range(1, len(name) + 1):
        if ranked(name[:n]) == name:
            return name[:n]
    return name


def test_scripted_workshop_forty_actors_eighty_ties_from_the_keyboard(qtbot, make_window, tmp_path: Path,
                                                                     demo: Path) -> None:
    with Project.open(demo, read_only=True) as source:
        state = source.state()
    people: list[Actor] = sorted(state.actors, key=lambda a: a.id)[:40]
    path = tmp_path / "workshop.netmap"
    Project.create(path, catalogues=state.catalogues).close()
    window = make_window(path)
    window.set_language("de")
    entries = window.session.catalogue(CatalogueKind.CATEGORY)
    label = {e.key: e.label("de") for e in entries}

    keys_actor: list[int] = []
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    overhead = 1
    for person in people:
        edit = window.quick_entry.edit
        _type(qtbot, edit, person.name)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        typed = 1
        if person.category:
            recent = list(window.quick_entry.recent)
            prefix = _shortest_prefix(label[person.category], lambda p, r=recent: next(
                (label[e.key] for e in match_categories(p, entries, "de", r)[:1]), ""))
            _type(qtbot, edit, prefix)
            typed += len(prefix)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        keys_actor.append(typed + 1)
    added = {a.name: a for a in window.session.actors.values()}
    assert [(added[p.name].category) for p in people] == [p.category for p in people]

    rng = random.Random(14)
    ids = [added[p.name].id for p in people]
    kinds = [e.key for e in window.session.catalogue(CatalogueKind.TIE_KIND)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 80:
        a, b = rng.sample(ids, 2)
        if (b, a) not in pairs:
            pairs.add((a, b))
    wanted = [(a, b, kinds[min(len(kinds) - 1, int(rng.expovariate(1.2)))]) for a, b in sorted(pairs)]
    actors = list(window.session.actors.values())
    by_id = {a.id: a for a in actors}

    def first(letters: str, skip: int | None = None) -> str:
        found = [a for a in match_actors(letters, actors) if a.id != skip]
        return found[0].name if found else ""

    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    overhead += 1
    entry = window.tie_entry
    keys_tie: list[int] = []
    letters_tie: list[int] = []
    for source, target, kind in wanted:
        edit = entry.edit
        keys = letters = 0
        if entry.source is None or entry.source.id != source or "," not in edit.text():
            if edit.text():
                qtbot.keyClick(edit, Qt.Key.Key_Escape)
                keys += 1
            prefix = _shortest_prefix(by_id[source].name, first)
            _type(qtbot, edit, prefix + ",")
            letters += len(prefix)
            keys += 1
        prefix = _shortest_prefix(by_id[target].name, lambda p, s=source: first(p, s))
        if prefix[-1:].isdigit():
            prefix += " "  # a name ending in a digit: the space keeps it from being read as a kind
            keys += 1
        _type(qtbot, edit, prefix)
        letters += len(prefix.strip())
        if kind != window.current_kind:
            qtbot.keyClicks(edit, str(kinds.index(kind) + 1))
            keys += 1
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        keys += 1
        keys_tie.append(keys)
        letters_tie.append(letters)
    assert set(wanted) - _tie_set(window) == set()
    assert _tie_set(window) == set(wanted)
    print(f"\nworkshop: {len(people)} actors, {len(wanted)} ties, {overhead} keys to open the fields")
    print(f"per actor: the name + {sum(keys_actor) / len(keys_actor):.2f} keys (at most {max(keys_actor)})")
    print(f"per tie: {sum(letters_tie) / len(letters_tie):.2f} letters for the two prefixes "
          f"+ {sum(keys_tie) / len(keys_tie):.2f} keys (at most {max(keys_tie)})")
    assert max(keys_tie) <= 4
    assert sum(keys_actor) / len(keys_actor) <= 4.5


def test_automatic_layout_keeps_everyone_near_their_place_unless_asked_to_lay_out_all(
        qtbot, make_window, demo: Path) -> None:
    from netmap.layouts import SPACING

    window = make_window(demo)
    before = {i: (a.x, a.y) for i, a in window.session.actors.items()}

    def moved() -> float:
        return max(((a.x - before[i][0]) ** 2 + (a.y - before[i][1]) ** 2) ** 0.5
                   for i, a in window.session.actors.items())

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.layouts.running is None and window.undo_group.canUndo(), timeout=20000)
    assert 0 < moved() <= SPACING + 0.01
    window.undo_action.trigger()
    window.actions_.layout_relayout.trigger()
    qtbot.waitUntil(lambda: window.layouts.running is None and window.undo_group.canUndo(), timeout=20000)
    assert moved() > 2 * SPACING
