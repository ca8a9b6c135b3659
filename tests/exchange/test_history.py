"""Time in a file becomes dated snapshots; the map becomes the last state; a second import changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.domain import Actor
from netmap.history import choose_time_points, import_history, snapshot_date
from netmap.project import Project

DYNAMIC = Path(__file__).parent / "files" / "gexf" / "dynamic_dates.gexf"


def test_above_twenty_time_points_twenty_are_spread_evenly_first_and_last_included() -> None:
    points = [f"t{i:02d}" for i in range(50)]
    chosen = choose_time_points(points)
    assert len(chosen) == 20 and chosen[0] == "t00" and chosen[-1] == "t49"
    assert chosen == sorted(set(chosen))  # distinct, in time order
    gaps = {int(b[1:]) - int(a[1:]) for a, b in zip(chosen, chosen[1:], strict=False)}
    assert gaps <= {2, 3}
    assert choose_time_points(points[:20]) == points[:20]


@pytest.mark.parametrize("point, expected", [("2009-03-01", date(2009, 3, 1)),
                                             ("2009-03-01T10:15:00", date(2009, 3, 1)), ("2000.0", None)])
def test_a_snapshot_is_dated_by_its_time_point_when_that_is_a_date(point: str, expected: date | None) -> None:
    assert snapshot_date(point) == expected


def test_history_keeps_the_maps_own_actors_and_a_second_import_changes_nothing(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.netmap") as project:
        project.add_actor(Actor("Stadtbibliothek"))
        result = import_history(project, DYNAMIC, ["2020-05-01", "2022-05-01", "2024-05-01"])
        assert result.taken == ("dynamic_dates 2020-05-01", "dynamic_dates 2022-05-01", "dynamic_dates 2024-05-01")
        early = project.snapshot_state("dynamic_dates 2020-05-01")
        assert sorted(a.name for a in early.actors) == ["Jugendtreff", "Rathaus", "Stadtbibliothek"]
        assert len(early.ties) == 1
        assert sorted(a.name for a in project.state().actors) == ["Rathaus", "Stadtbibliothek", "Tafel"]
        revision = project.revision()
        again = import_history(project, DYNAMIC, ["2020-05-01", "2022-05-01", "2024-05-01"])
        assert again.taken == () and len(again.existing) == 3
        assert project.revision() == revision  # nothing was written


def test_netmap_import_takes_the_snapshots_so_compare_works_at_once(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "a.netmap")
    assert main(["import", str(DYNAMIC), target]) == 0
    assert "3 snapshots taken" in capsys.readouterr().out
    assert main(["compare", target, "dynamic_dates 2022-05-01", "dynamic_dates 2024-05-01", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"Tafel"' in out and '"Jugendtreff"' in out
