"""Done-when of the importers: every file of another tool (shared/refdata) and every small variant file of
ours imports, exports to GraphML, GEXF and the NetMap workbook and comes back with the same actors and ties;
a second import of the original changes nothing."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from shared_files import REFDATA

from netmap.domain import CatalogueKind, MapState
from netmap.project import Project
from netmap.transfer import export_map, plan_file_import

OWN = Path(__file__).parent / "files"
IMPORTS = {".graphml", ".gexf", ".net", ".paj", ".pajek", ".dl", ".csv", ".xlsx"}


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMPORTS) if folder.is_dir() else []


def _summary(state: MapState) -> tuple[Counter[str], Counter[tuple[str, str, str, str]]]:
    names = {a.id: a.name for a in state.actors}

    def kind(key: str) -> str:
        return state.label(CatalogueKind.TIE_KIND, key, "en").casefold() if key else ""

    ties = Counter((*sorted((names[t.source], names[t.target])), kind(t.kind), t.direction.value)
                   for t in state.ties if t.source != t.target)
    return Counter(a.name for a in state.actors), ties


@pytest.mark.parametrize("path", [pytest.param(p, id=str(p.relative_to(p.parents[1]))) for p in
                                  _files(OWN) + _files(REFDATA)])
def test_import_export_reimport(tmp_path: Path, path: Path) -> None:
    with Project.create(tmp_path / "original.netmap") as project:
        project.apply_import(plan_file_import(project, path))
        state = project.state()
        again = plan_file_import(project, path)
        assert again.is_empty(), f"a second import would change: {again}"
        expected = _summary(state)
        for suffix in (".graphml", ".gexf", ".xlsx"):
            target = tmp_path / f"export{suffix}"
            export_map(project, target)
            with Project.create(tmp_path / f"back{suffix}.netmap") as back:
                back.apply_import(plan_file_import(back, target))
                assert _summary(back.state()) == expected, suffix
