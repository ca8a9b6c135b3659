"""Fixtures shared by the exchange tests: the reference files written by other tools, and a rich map."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from shared_files import REFDATA

from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ContactPerson,
    Direction,
    MapState,
    Tie,
)


@pytest.fixture
def refdata() -> Path:
    if not REFDATA.is_dir():
        pytest.skip(f"reference data not found at {REFDATA}")
    return REFDATA


def _xml_elements(path: Path, name: str) -> Iterator[ET.Element]:
    """Elements of an XML file by local name, whatever their namespace: an independent count."""
    for el in ET.parse(path).getroot().iter():
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == name:
            yield el


def _rich_map() -> MapState:
    """A map that uses every field NetMap writes, hostile names included."""
    catalogues = default_catalogues()
    catalogues[CatalogueKind.DISTRICT] = [CatalogueEntry("nord", "Nordstadt", "North town")]
    catalogues[CatalogueKind.CATEGORY].append(
        CatalogueEntry("sportverein", "Sportverein", "Sports club", "#123456", rank=99)
    )
    actors = [
        Actor(
            "Stadtverwaltung", category="verwaltung", district="nord", fields=("sprache_bildung", "gesundheit"),
            stage="mitbestimmung", influence=8, attitude=Attitude.SUPPORTIVE, reached=True,
            notes="Zeile 1\nZeile 2", tags=("kern", "öffentlich"), x=10.5, y=-20.25,
            contact=ContactPerson("Erika Mustermann", "Leitung", "erika.mustermann@example.org", "+49 6151 123456"),
            dots=2, is_key=True, extra={"Website": "https://example.org", "colour": "#ff0000"}, id=1,
        ),
        Actor('=HYPERLINK("http://x","klick")', category="sportverein", x=100, y=50, attitude=Attitude.CRITICAL,
              id=2),
        Actor("@SUM(A1)", tags=("x",), id=3),
        Actor("Verein Ümläut ß", category="vereine", extra={"Influence": "High"}, id=4,
              contact=ContactPerson("Max Beispiel", email="max@example.org")),
    ]  # fmt: skip
    ties = [
        Tie(1, 2, "kooperation", Direction.DIRECTED, 3, field="gesundheit", notes="seit 2020",
            extra={"Quelle": "Workshop"}),
        Tie(2, 3, "", Direction.MUTUAL, 2),
        Tie(3, 4, "konflikt", Direction.UNDIRECTED, 3, extra={"weight": "8.5", "colour": "#00ff00"}),
        Tie(4, 1, "information", Direction.DIRECTED, 1),
    ]  # fmt: skip
    return MapState(catalogues=catalogues, actors=actors, ties=ties, clusters=[Cluster("Kern", (1, 2))])


PERSONAL_VALUES = ("Erika Mustermann", "erika.mustermann@example.org", "6151 123456", "Max Beispiel", "max@example.org")


def _comparable(state: MapState, language: str = "de") -> tuple[list[object], list[object], list[object]]:
    """What a round trip must keep: every field by label (keys may differ), ties by actor names."""
    names = {a.id: a.name for a in state.actors}

    def label(kind: CatalogueKind, key: str) -> str:
        return state.label(kind, key, language) if key else ""

    actors = [
        (a.name, label(CatalogueKind.CATEGORY, a.category), label(CatalogueKind.DISTRICT, a.district),
         tuple(label(CatalogueKind.FIELD, f) for f in a.fields), label(CatalogueKind.STAGE, a.stage), a.influence,
         a.attitude, a.reached, a.notes, a.tags, round(a.x, 6), round(a.y, 6), a.contact, a.dots, a.is_key, a.extra)
        for a in state.actors
    ]  # fmt: skip
    ties = [
        (names[t.source], names[t.target], label(CatalogueKind.TIE_KIND, t.kind), t.direction, t.strength,
         label(CatalogueKind.FIELD, t.field), t.notes, t.extra)
        for t in state.ties
    ]  # fmt: skip
    clusters = sorted((c.name, tuple(sorted(names[m] for m in c.members))) for c in state.clusters)
    return actors, ties, clusters  # type: ignore[return-value]


# Helpers as fixtures: the test modules share this directory with others and are not a package, so
# they receive the helpers from pytest instead of importing this module.


@pytest.fixture
def xml_elements() -> object:
    return _xml_elements


@pytest.fixture
def rich_map() -> object:
    return _rich_map


@pytest.fixture
def comparable() -> object:
    return _comparable


@pytest.fixture
def personal_values() -> tuple[str, ...]:
    return PERSONAL_VALUES


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project (62 actors, 7 clusters, two snapshots), written once; copy it to change it."""
    from netmap.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.netmap"
    write_demo(path).close()
    return path
