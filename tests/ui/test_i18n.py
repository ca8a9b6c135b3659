"""German and English through Qt's translation files; the language switches while the window runs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from netmap.i18n import tr as translate
from netmap.ui import i18n_build
from netmap.ui.i18n import install_language
from netmap.ui.settings import Preferences, system_language


def test_switching_to_german_translates_menus_docks_and_tables(qapp, make_window, small_project: Path,
                                                               settings) -> None:
    window = make_window(small_project)
    assert window.file_menu.title() == "&File"
    window.actions_.language_de.trigger()
    qapp.processEvents()  # Qt posts the LanguageChange events to the widgets
    assert window.file_menu.title() == "&Datei"
    assert window.edit_menu.title() == "&Bearbeiten"
    assert window.view_menu.title() == "&Ansicht"
    assert window.settings_menu.title() == "&Einstellungen"
    assert window.help_menu.title() == "&Hilfe"
    assert window.actions_.group.text() == "Als &Cluster gruppieren"
    assert window.undo_action.text().startswith("&Rückgängig")
    assert window.actions_.presentation.text() == "&Präsentation"
    assert window.actors_dock.windowTitle() == "Akteure"
    assert window.ties_dock.windowTitle() == "Beziehungen"
    model = window.actors_panel.model
    assert model.headerData(model.CATEGORY, Qt.Orientation.Horizontal) == "Kategorie"
    school = next(i for i, a in window.session.actors.items() if a.category == "schulen")
    assert model.index(model.row_of(school), model.CATEGORY).data() == "Schulen"
    assert window.quick_entry.prompt.text() == "Neuer Akteur:"
    assert Preferences(settings).language == "de"
    # Qt's own texts speak German too.
    assert translate("QPlatformTheme", "Cancel") == "Abbrechen"

    window.actions_.language_en.trigger()
    qapp.processEvents()
    assert window.file_menu.title() == "&File"
    assert window.quick_entry.prompt.text() == "New actor:"
    assert model.index(model.row_of(school), model.CATEGORY).data() == "Schools"
    assert Preferences(settings).language == "en"


def test_a_new_window_starts_in_the_stored_language(make_window, settings) -> None:
    Preferences(settings).language = "de"
    install_language("de")
    window = make_window()
    assert window.file_menu.title() == "&Datei"
    assert window.actions_.language_de.isChecked()


def test_german_is_the_default_on_a_german_system() -> None:
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert system_language(QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"


def test_every_text_has_a_german_translation() -> None:
    root = ET.parse(i18n_build.ts_path("de")).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            texts = [translation.text or ""] if translation is not None else [""]
            if translation is not None and message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.iter("numerusform")]
            if translation is None or translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_placeholders_survive_translation() -> None:
    import re

    root = ET.parse(i18n_build.ts_path("de")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        # A plural message (numerus) has one translation per form; each keeps the placeholders.
        forms = [f.text or "" for f in message.iter("numerusform")] or [message.findtext("translation") or ""]
        for translation in forms:
            if not translation:
                continue
            # {0}, {0!r}, %1, %n; a format spec may differ ({1:,} puts commas in numbers, which German
            # reads as decimals: the German leaves them out).
            placeholder = r"\{\d+(?:![rsa])?(?=[:}])|%\d|%n"
            assert sorted(re.findall(placeholder, source)) == sorted(re.findall(placeholder, translation)), source


def test_merge_keeps_translations_and_marks_vanished(tmp_path: Path) -> None:
    def ts(path: Path, messages: list[tuple[str, str, str | None]]) -> Path:
        body = "".join(
            f"<context><name>{c}</name><message><source>{s}</source>"
            + (f"<translation>{t}</translation>" if t else '<translation type="unfinished"/>')
            + "</message></context>" for c, s, t in messages)
        path.write_text(f'<?xml version="1.0"?><!DOCTYPE TS><TS version="2.1">{body}</TS>', encoding="utf-8")
        return path

    existing = ts(tmp_path / "old.ts", [("A", "Open", "Öffnen"), ("A", "Gone", "Weg"), ("A", "Moved", "Umgezogen")])
    fresh = ts(tmp_path / "new.ts", [("A", "Open", None), ("B", "New text", None), ("C", "Moved", None)])
    tree = i18n_build.merge([fresh], existing, "de")
    found = {(c.findtext("name"), m.findtext("source")): m.find("translation")
             for c in tree.getroot().iter("context") for m in c.iter("message")}
    assert found[("A", "Open")].text == "Öffnen" and found[("A", "Open")].get("type") is None
    assert found[("B", "New text")].get("type") == "unfinished"
    assert found[("A", "Gone")].get("type") == "vanished"
    # Code that moved to another class keeps its translation, without a vanished copy.
    assert found[("C", "Moved")].text == "Umgezogen" and found[("C", "Moved")].get("type") is None
    assert ("A", "Moved") not in found


def test_release_builds_the_qm_files() -> None:
    built = i18n_build.release()
    assert {p.name for p in built} == {"netmap_de.qm", "netmap_en.qm"}
    assert all(p.stat().st_size > 0 for p in built)


def test_a_conflict_names_the_attributes_in_the_users_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from netmap.errors import ConflictError
    from netmap.i18n import install_language

    install_language("de")
    try:
        error = ConflictError("actor", "TSV 1889", [("stage", "beteiligt", "informiert"), ("x", 10.0, 5.0)],
                              theirs=object(), by="Ben")
        assert "Partizipationsstufe" in str(error) and "Position" in str(error)
        assert "stage" not in str(error)
    finally:
        install_language("en")
    assert "participation stage is now 'beteiligt'" in str(ConflictError(
        "actor", "TSV 1889", [("stage", "beteiligt", "informiert")], theirs=object()))


def test_merge_keeps_plural_forms(tmp_path: Path) -> None:
    # lupdate marks no text of Python code as plural; a translation with plural forms keeps its mark.
    existing = tmp_path / "old.ts"
    existing.write_text('<?xml version="1.0"?><!DOCTYPE TS><TS version="2.1"><context><name>A</name>'
                        '<message numerus="yes"><source>and %n more</source><translation>'
                        '<numerusform>und %n weiterer</numerusform><numerusform>und %n weitere</numerusform>'
                        '</translation></message></context></TS>', encoding="utf-8")
    fresh = tmp_path / "new.ts"
    fresh.write_text('<?xml version="1.0"?><!DOCTYPE TS><TS version="2.1"><context><name>A</name>'
                     '<message><source>and %n more</source><translation type="unfinished"/></message>'
                     '</context></TS>', encoding="utf-8")
    (message,) = i18n_build.merge([fresh], existing, "de").getroot().iter("message")
    assert message.get("numerus") == "yes"
    assert [f.text for f in message.iter("numerusform")] == ["und %n weiterer", "und %n weitere"]
