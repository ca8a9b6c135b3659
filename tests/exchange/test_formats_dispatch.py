"""read_map / write_map: every reference file imports or is refused with a clear message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from netmap.domain import MapState
from netmap.exchange import (
    SUPPORTED_EXPORTS,
    SUPPORTED_IMPORTS,
    ExchangeError,
    formats,
    read_map,
    write_map,
)

# Every file below refdata/ must be listed here: a new file fails the test until it is classified.
IMPORTABLE = {  # file: (actors, ties); the format tests check where these numbers come from
    "gephi/dynamicedgeweight.gexf": (2, 1),
    "gephi/test_utf8_chars.csv": (2, 0),
    "gexf_spec/__dynamics.gexf": (71, 141),
    "gexf_spec/celegans.gexf": (306, 2345),
    "gexf_spec/data.gexf": (4, 5),
    "gexf_spec/dynamics.gexf": (4, 5),
    "gexf_spec/dynamics_edgeweight.gexf": (3, 3),
    "gexf_spec/dynamics_openintervals.gexf": (2, 1),
    "gexf_spec/hierarchy1.gexf": (10, 9),
    "gexf_spec/viz.gexf": (1, 0),
    "graphology/arctic.gexf": (1715, 6676),
    "graphology/attributes.graphml": (6, 7),
    "graphology/case.gexf": (10, 20),
    "graphology/les_miserables.gexf": (77, 254),
    "graphology/miserables.graphml": (77, 254),
    "graphology/mixed_multigraph.graphml": (6, 8),
    "graphology/rio.gexf": (366, 1107),
    "graphology/v1_3.gexf": (2, 1),
    "kumu/paypal-mafia.xlsx": (34, 49),
    "kumu/snap-to-tutorial-data.xlsx": (51, 113),
    "networkx/yed_3.17_groups.graphml": (6, 4),
    "socnetv/Bernard_Killworth_Fraternity.dl": (58, 4273),
    "socnetv/Campnet.paj": (18, 44),
    "socnetv/Freeman_EIES_network_48actors_Acquaintanceship_at_time_1.dl": (48, 695),
    "socnetv/Freeman_EIES_network_48actors_Acquaintanceship_at_time_2.dl": (48, 830),
    "socnetv/Knoke_Bureaucracies_Network.pajek": (10, 71),
    "socnetv/Krackhardt_High-tech_managers.paj": (21, 312),
    "socnetv/Krackhardt_Kite_N10.paj": (10, 18),
    "socnetv/Padgett_Florentine_Families.paj": (16, 35),
    "socnetv/Sampson_Monks_N18.net": (18, 41),
    "socnetv/Stokman_Ziegler_Corporate_Interlocks_Netherlands.dl": (16, 60),
    "socnetv/Thurman_Office_Networks_Coalitions.dl": (15, 67),
    "socnetv/TinyDir_N2_E1_Attributes.graphml": (2, 1),
    "socnetv/TinyGraphML_Weighted_Dir_N3.graphml": (3, 3),
    "socnetv/Zachary_Karate_Club.dl": (34, 156),
}
UNSUPPORTED = {  # file: what the message must say
    # Kumu's JSON blueprints/backups: an internal format without a specification (documented in formats.py)
    "kumu/kumu-changelabs-template.json": "Kumu JSON blueprints are not supported",
    "kumu/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json": "Kumu JSON blueprints are not supported",
    # not networks: SocNetV's metric baselines and the documentation
    "socnetv/baselines/Krackhardt_Kite_N10__CLUST__V6__FT2__W0_IW1_DI0.json": "JSON files are not supported",
    "socnetv/baselines/Krackhardt_Kite_N10__PROM__V4__FT2__W0_IW1_DI0.json": "JSON files are not supported",
    "socnetv/baselines/Padgett_Florentine_Families__FT2_multirel.json": "JSON files are not supported",
    "socnetv/baselines/Sampson_Monks_N18__PROM__V4__FT2__W0_IW1_DI0.json": "JSON files are not supported",
    "socnetv/baselines/BASELINES__README.md": "cannot import .md",
    "README.md": "cannot import .md",
    "SOURCES.md": "cannot import .md",
    "REFERENCE_VALUES.md": "cannot import .md",
}


def test_every_reference_file_is_classified(refdata: Path) -> None:
    files = {p.relative_to(refdata).as_posix() for p in refdata.rglob("*") if p.is_file()}
    assert files == set(IMPORTABLE) | set(UNSUPPORTED)


@pytest.mark.parametrize("name", sorted(IMPORTABLE))
def test_reference_file_imports(refdata: Path, name: str) -> None:
    state = read_map(refdata / name)
    assert (len(state.actors), len(state.ties)) == IMPORTABLE[name]
    ids = {a.id for a in state.actors}
    assert ids == set(range(1, len(state.actors) + 1))
    assert all(t.source in ids and t.target in ids for t in state.ties)


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_file_is_refused_clearly(refdata: Path, name: str) -> None:
    with pytest.raises(ExchangeError) as info:
        read_map(refdata / name)
    message = str(info.value)
    assert UNSUPPORTED[name] in message and message.startswith(Path(name).name) and "\n" not in message


def test_supported_extensions() -> None:
    assert set(SUPPORTED_IMPORTS) == {".graphml", ".gexf", ".net", ".paj", ".pajek", ".dl", ".csv", ".xlsx"}
    assert set(SUPPORTED_EXPORTS) == {".graphml", ".gexf", ".csv", ".xlsx"}


@pytest.fixture
def fake_workbook_module(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Stand in for the workbook reader and writer in the dispatch tables: records the calls."""
    calls: list[tuple[str, object]] = []
    monkeypatch.setitem(formats.READERS, "workbook", lambda path, network: calls.append(("read", path)) or MapState())
    monkeypatch.setitem(formats.WRITERS, "workbook", lambda state, path, **kw: calls.append(("write", kw)))
    return calls


@pytest.mark.parametrize("sheet", ["Akteure", "Actors"])
def test_netmap_workbooks_go_to_the_workbook_reader(tmp_path: Path, sheet: str, fake_workbook_module: Any) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = sheet
    path = tmp_path / "projekt.xlsx"
    workbook.save(path)
    read_map(path)
    assert fake_workbook_module == [("read", path)]


def test_other_workbooks_are_refused_naming_their_sheets(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Haushalt 2024"
    path = tmp_path / "budget.xlsx"
    workbook.save(path)
    with pytest.raises(ExchangeError, match="its sheets are: Haushalt 2024"):
        read_map(path)


def test_write_map_dispatches_by_extension(tmp_path: Path, rich_map: Any, fake_workbook_module: Any) -> None:
    state = rich_map()
    for suffix in (".graphml", ".gexf"):
        write_map(state, tmp_path / f"map{suffix}", language="en")
        assert len(read_map(tmp_path / f"map{suffix}").actors) == 4
    nodes, ties = write_map(state, tmp_path / "map.csv")
    assert nodes.is_file() and ties.is_file()
    write_map(state, tmp_path / "kumu.xlsx", kind="kumu", anonymize=True)
    assert len(read_map(tmp_path / "kumu.xlsx").ties) == 4
    write_map(state, tmp_path / "map.xlsx", anonymize=True, language="en")
    assert fake_workbook_module == [("write", {"anonymize": True, "language": "en"})]
    with pytest.raises(ExchangeError, match=r"cannot export \.pdf"):
        write_map(state, tmp_path / "map.pdf")


@pytest.mark.parametrize(
    "name, message",
    [
        ("old.xls", "save the file as .xlsx"),
        ("karte", "cannot import files without extension"),
        ("missing.graphml", "does not exist"),
    ],
)
def test_unsupported_or_missing_files(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name
    if name != "missing.graphml":
        path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ExchangeError, match=message):
        read_map(path)
