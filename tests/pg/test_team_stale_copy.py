"""An edit of a stale copy whose version this session never read (issue 18): NetMap cannot tell
which differences are the user's and which a colleague's, so it offers no "apply my version" and
the colleague's change survives whatever the user clicks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from netmap.domain import Actor
from netmap.errors import ConflictError
from netmap.project import Project
from netmap.edits import UpdateActors


def _stale_copy(team_location: str) -> tuple[Actor, int]:
    """An actor as read by a session that has closed since, and its id; then a colleague renames it."""
    with Project.create(team_location) as setup:
        added = setup.add_actor(Actor("Tafel", influence=2))
    assert added.id is not None
    with Project.open(team_location) as earlier:
        stale = earlier.actor(added.id)
    with Project.open(team_location) as colleague:
        colleague.update_actor(colleague.actor(added.id).with_changes(name="Tafel e. V."))
    return stale, added.id


def test_an_unknown_base_offers_nothing_to_apply_again(team_location: str) -> None:
    stale, actor_id = _stale_copy(team_location)
    with Project.open(team_location) as anna:
        with pytest.raises(ConflictError) as caught:
            anna.update_actor(stale.with_changes(influence=9))
        error = caught.value
        assert error.yours == ()  # nothing known to be the user's change
        assert error.rebased() is None
        assert "can be applied again" not in str(error)
        assert {c[0] for c in error.changes} >= {"name"}  # the differences are still named
        assert anna.actor(actor_id).name == "Tafel e. V."


def test_a_known_base_still_offers_only_the_users_attributes(team_of_three) -> None:  # type: ignore[no-untyped-def]
    """The other side of the rule: with the base known, "apply my version" stays, and writes only
    what the user changed."""
    anna, ben, _ = team_of_three
    added = anna.add_actor(Actor("Tafel", influence=2))
    stale = anna.actor(added.id)  # type: ignore[arg-type]
    ben.update_actor(ben.actor(added.id).with_changes(influence=6, name="Tafel e. V."))  # type: ignore[arg-type]
    with pytest.raises(ConflictError) as caught:
        anna.update_actor(stale.with_changes(influence=9))
    mine = caught.value.rebased()
    assert isinstance(mine, Actor) and (mine.name, mine.influence) == ("Tafel e. V.", 9)


def test_a_catalogue_conflict_still_offers_the_users_catalogue() -> None:
    """Catalogues carry no version: their conflict keeps offering the user's catalogue whole."""
    from netmap.domain import CatalogueEntry

    mine = [CatalogueEntry("a", "A", "A")]
    error = ConflictError("catalogue", "category", [], mine=mine, theirs=[CatalogueEntry("b", "B", "B")])
    assert error.rebased() == mine


def test_in_the_window_the_colleagues_name_survives_whatever_is_clicked(
        team_window, team_location: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    stale, actor_id = _stale_copy(team_location)
    window = team_window(team_location)  # opened after the colleague's change: the stale version is unknown to it
    assert window.session is not None

    offered: list[list[str]] = []
    clicked: list[str] = []

    def answer(box: QMessageBox) -> int:
        """The real conflict box, answered as a user would: each time a button not clicked yet."""
        buttons = box.buttons()
        offered.append([b.text() for b in buttons])
        chosen = next((b for b in buttons if b.text() not in clicked), buttons[0])
        clicked.append(chosen.text())
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    while not offered or set(clicked) != set(offered[-1]):  # the same edit again until every button was tried
        edit = UpdateActors([stale.with_changes(influence=9)])
        assert not window.session.execute(edit)
        assert len(offered) <= 3
    assert offered[0] == ["Keep their version"]  # no "Apply my version" to offer
    with Project.open(team_location) as check:
        now = check.actor(actor_id)
        assert (now.name, now.influence) == ("Tafel e. V.", 2)
    assert window.session.undo_stack.count() == 0
    window.close_project()


def _conflict_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, list[str]]]:
    """Every conflict box the window shows, as (text, informative text, buttons); answered "keep theirs"."""
    shown: list[tuple[str, str, list[str]]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Keep their version").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def test_in_the_window_an_unknown_base_does_not_credit_the_differences_to_the_colleague(
        team_window, team_location: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Ben created the actor with influence 2 and renamed it; Anna's stale copy says influence 9.
    NetMap cannot know whether Ben set the influence since her copy, so it does not say he did."""
    monkeypatch.setenv("LOGNAME", "ben")
    stale, _ = _stale_copy(team_location)
    monkeypatch.setenv("LOGNAME", "anna")
    window = team_window(team_location)
    assert window.session is not None
    shown = _conflict_boxes(monkeypatch)
    assert not window.session.execute(UpdateActors([stale.with_changes(influence=9)]))
    [(_, details, buttons)] = shown
    heading, *lines = details.splitlines()
    assert heading == ("Your copy was out of date, so NetMap cannot tell who changed what. "
                       "What is stored now differs from your copy in:")
    assert "• influence: now 2 (yours: 9)" in lines and "• name: now Tafel e. V. (yours: Tafel)" in lines
    assert not any("changed by" in line for line in lines)
    assert buttons == ["Keep their version"]
    window.close_project()


def test_in_the_window_a_known_base_still_names_the_colleague(
        team_window, team_location: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The window read the actor before Ben changed its influence: what Ben changed is known, and said."""
    monkeypatch.setenv("LOGNAME", "anna")
    with Project.create(team_location) as setup:
        added = setup.add_actor(Actor("Tafel", influence=2))
    assert added.id is not None
    window = team_window(team_location)
    assert window.session is not None
    mine = window.session.actors[added.id]
    monkeypatch.setenv("LOGNAME", "ben")
    with Project.open(team_location) as ben:
        ben.update_actor(ben.actor(added.id).with_changes(influence=6))
        colleague = ben.editor
    shown = _conflict_boxes(monkeypatch)
    assert not window.session.execute(UpdateActors([mine.with_changes(influence=9)]))
    [(text, details, buttons)] = shown
    assert colleague in text
    assert details.splitlines() == [f"What {colleague} changed:", "• influence: now 6 (yours: 9)"]
    assert "Apply my version" in buttons
    window.close_project()
