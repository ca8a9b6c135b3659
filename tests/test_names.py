"""Names that look the same are the same (issue 12, point 9): invisible and bidi-control characters
go, names are composed (NFC), on every edit and every import, and an import says what it did."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap import rules
from netmap.cli import main
from netmap.domain import Actor, Cluster, ContactPerson
from netmap.project import Project

ZWJ, ZWSP, RLO, PDF, LRM, BOM, NBSP = "\u200d", "\u200b", "\u202e", "\u202c", "\u200e", "\ufeff", "\u00a0"


@pytest.mark.parametrize(
    "raw, kept",
    [("B" + ZWJ, "B"), (ZWSP + "Kita" + ZWSP + "Nord", "KitaNord"), ("Kita " + RLO + "dron" + PDF, "Kita dron"),
     (LRM + "Tafel" + BOM, "Tafel"), ("Gru\u0308n-Weiß", "Grün-Weiß"), ("TSV" + NBSP + "1860", "TSV 1860"),
     ("Moschee\u00adverein", "Moscheeverein"), ("Kita\u200dNord\u200c", "KitaNord"),
     ("می\u200cخواهم", "می\u200cخواهم"), ("क\u094d\u200dष", "क\u094d\u200dष"),  # joiners that shape letters stay
     ("\U0001F469\u200d\U0001F467", "\U0001F469\u200d\U0001F467"), ("Plain", "Plain")],
)
def test_the_rule(raw: str, kept: str) -> None:
    assert rules.normalise_name(raw) == kept
    assert rules.name_key(raw) == rules.name_key(kept.upper())


def test_every_edit_stores_the_normalised_name(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.netmap") as project:
        added = project.add_actor(Actor("B" + ZWJ, tags=("kern" + ZWSP,),
                                        contact=ContactPerson(RLO + "Erika Muster", "Leitung")))
        assert (added.name, added.tags, added.contact.name) == ("B", ("kern",), "Erika Muster")  # type: ignore[union-attr]
        project.update_actor(added.with_changes(name="Ju\u0308gendamt" + LRM))
        cluster = project.add_cluster(Cluster("Kern" + ZWSP, members=(added.id,)))  # type: ignore[arg-type]
        project.update_cluster(cluster.with_changes(name=RLO + "Mitte"))
    with Project.open(tmp_path / "p.netmap", read_only=True) as project:
        (actor,) = project.actors()
        assert (actor.name, actor.tags, actor.contact.name) == ("Jügendamt", ("kern",), "Erika Muster")  # type: ignore[union-attr]
        assert [c.name for c in project.clusters()] == ["Mitte"]
    with Project.open(tmp_path / "p.netmap") as project:  # a name that is only invisible is no name
        with pytest.raises(Exception, match="needs a name"):
            project.add_actor(Actor(ZWSP + ZWJ))


def test_an_import_normalises_names_and_says_how_many(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "karte.graphml"
    source.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label"/><graph>'
        f'<node id="a"><data key="l">Kita {RLO}dron</data></node><node id="b"><data key="l">Tafel{ZWSP}</data></node>'
        '<node id="c"><data key="l">Jugendamt</data></node></graph></graphml>', encoding="utf-8")
    target = tmp_path / "p.netmap"
    assert main(["import", str(source), str(target)]) == 0
    out = capsys.readouterr().out
    assert "Names normalised (invisible and text-direction characters removed, Unicode composed to NFC): 2" in out
    with Project.open(target, read_only=True) as project:
        assert sorted(a.name for a in project.actors()) == ["Jugendamt", "Kita dron", "Tafel"]


def test_a_name_on_the_map_matches_its_spelling_with_invisible_characters(tmp_path: Path) -> None:
    target = tmp_path / "p.netmap"
    with Project.create(target) as project:
        project.add_actor(Actor("Tafel"))
    source = tmp_path / "nodes.csv"
    source.write_text(f"Name;Einfluss\nTa{ZWSP}fel;7\n", encoding="utf-8")
    assert main(["import", str(source), str(target)]) == 0
    with Project.open(target, read_only=True) as project:
        assert [(a.name, a.influence) for a in project.actors()] == [("Tafel", 7)]


@pytest.mark.parametrize(
    "name, text",
    [("ties.csv", f"Von;Nach\nKita Nord;Tafel\nKITA NORD;Jugendamt\nB;Tafel\nB{ZWJ};Jugendamt\n"),
     ("nodes.csv", f"Name;Einfluss\nKita Nord;3\nkita  nord;4\nB;1\nB{ZWJ};2\nTafel;5\n")],
)
def test_a_csv_import_that_merges_spellings_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    name: str, text: str) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "p.netmap"
    assert main(["import", str(source), str(target)]) == 0
    out = capsys.readouterr().out
    with Project.open(target, read_only=True) as project:
        names = sorted(a.name for a in project.actors())
    assert len(names) == len({rules.name_key(n) for n in names}) == (4 if name == "ties.csv" else 3)
    assert "Actors the file names in several spellings, each kept as one actor (2):" in out
    assert "KITA NORD" in out or "kita  nord" in out
    assert "'B\\u200d'" in out  # the invisible character shown, not hidden


def test_the_import_notices_speak_german(qapp: object) -> None:
    # qapp: install_language would otherwise create a bare QCoreApplication, and every widget test
    # that runs after this one in the same process would abort.
    from netmap.i18n import install_language
    from netmap.merge import ImportPlan
    from netmap.transfer import import_notices

    plan = ImportPlan(normalised_names=2, merged_spellings=[(f"Kita {i}", (f"KITA {i}",)) for i in range(6)])
    assert install_language("de")
    try:
        normalised, merged = import_notices(plan)
    finally:
        install_language("en")
    assert normalised.startswith("Vereinheitlichte Namen") and normalised.endswith(": 2")
    assert merged.startswith("Akteure, die die Datei verschieden schreibt, jeweils als ein Akteur übernommen (6): ")
    assert "'Kita 0' (auch 'KITA 0')" in merged and merged.endswith("und 1 weiterer")


def test_erase_person_finds_a_name_stored_with_invisible_characters(tmp_path: Path) -> None:
    # A project or snapshot written before names were normalised may hold "Erika\u200b Muster":
    # erasing "erika muster" must find it there too (personal data must not survive by a spelling).
    import sqlite3

    path = tmp_path / "old.netmap"
    with Project.create(path) as project:
        project.add_actor(Actor("Tafel", contact=ContactPerson("Erika Muster", "Leitung")))
        project.take_snapshot("2024")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE contact_person SET name = ?", ("Erika" + ZWSP + " Muster",))
        db.execute("UPDATE snapshot SET content = replace(content, 'Erika Muster', ?)", ("Erika" + ZWSP + " Muster",))
    db.close()
    with Project.open(path) as project:
        assert project.erase_person("erika muster") == ["map", "2024"]
        assert project.actors()[0].contact is None and project.snapshot_state("2024").actors[0].contact is None
