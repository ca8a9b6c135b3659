"""A small hand-built town for the fragility, gaps and report tests.

    Stadt(1, key) -- Integrationsbüro(2) -- Moschee(3)
        |    \\                 \\
     Schule A(5)  Schule B(6)    Kirchengemeinde(4)
          \\________/
    Verein X(7) -- Verein Y(8)        Einsam(9)

Stadt is the only link between the schools and the integration office's side; the integration office
is the only link to the two faith communities.
"""

from __future__ import annotations

from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    MapState,
    ProjectInfo,
    Tie,
)


def entries(*keys: str) -> list[CatalogueEntry]:
    return [CatalogueEntry(k, k.title(), k.title() + " (en)", rank=i) for i, k in enumerate(keys)]


def town() -> MapState:
    catalogues = {
        CatalogueKind.CATEGORY: entries(
            "verwaltung", "schulen", "religion", "migrantenorganisationen", "vereine", "jugend", "beiraete"
        ),
        CatalogueKind.DISTRICT: entries("nord", "sued", "ost"),
        CatalogueKind.FIELD: entries("sprache_bildung", "arbeit_wirtschaft", "sport_kultur"),
        CatalogueKind.TIE_KIND: entries("kooperation", "information"),
        CatalogueKind.STAGE: entries(
            "dekoration", "anweisung", "information", "anhoerung", "mitbestimmung", "selbstbestimmung"
        ),
    }
    actors = [
        Actor("Stadt", "verwaltung", "nord", stage="mitbestimmung", reached=True, is_key=True, id=1),
        Actor("Integrationsbüro", "verwaltung", "nord", stage="selbstbestimmung", reached=True, id=2),
        Actor("Moschee", "religion", "sued", stage="information", reached=False, id=3),
        Actor("Kirchengemeinde", "religion", "sued", stage="dekoration", reached=True, id=4),
        Actor("Schule A", "schulen", "nord", stage="anhoerung", reached=True, id=5),
        Actor("Schule B", "schulen", "sued", stage="anweisung", reached=True, id=6),
        Actor("Verein X", "migrantenorganisationen", "sued", id=7),
        Actor("Verein Y", "migrantenorganisationen", "sued", id=8),
        Actor("Einsam", "vereine", "nord", id=9),
    ]
    ties = [
        Tie(1, 2, "kooperation", field="sprache_bildung", strength=3, id=1),
        Tie(1, 5, "kooperation", field="sprache_bildung", id=2),
        Tie(5, 6, "information", field="sprache_bildung", id=3),
        Tie(1, 6, "information", id=4),
        Tie(2, 3, "information", id=5),
        Tie(2, 4, "kooperation", strength=2, id=6),
        Tie(7, 8, "kooperation", id=7),
    ]
    clusters = [Cluster("Bildung", (5, 6, 1), id=1), Cluster("Glaube", (3, 4), id=2)]
    return MapState(info=ProjectInfo(name="Test", language="de"), catalogues=catalogues, actors=actors,
                    ties=ties, clusters=clusters)
