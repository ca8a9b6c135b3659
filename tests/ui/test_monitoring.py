"""Monitoring: the indicators across all snapshots as a chart, exported as PNG and SVG for a report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from netmap.demo import write_demo
from netmap.domain import Actor
from netmap.edits import AddActors
from netmap.ui.i18n import install_language
from netmap.ui.snapshots.monitoring import DEFAULT_INDICATORS

from .fixtures import take_snapshot


def answer_save_dialog(monkeypatch, *paths: Path) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """The save dialog answers `paths`, one per question; returns what it was asked."""
    asked: list[tuple[object, ...]] = []
    answers = [str(p) for p in paths]

    def save_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    return asked


def test_the_chart_follows_the_snapshots_and_exports_png_and_svg(qtbot, make_window, small_project: Path,
                                                                 tmp_path: Path, monkeypatch) -> None:
    window = make_window(small_project)
    take_snapshot(qtbot, window, "Workshop 2024", date(2024, 5, 1))
    session = window.session
    assert session.execute(AddActors([Actor("Jugendhaus", category="vereine")]))
    take_snapshot(qtbot, window, "Workshop 2026", date(2026, 5, 1))

    window.actions_.monitoring.trigger()
    monitor = window.snapshot_tools.monitoring_window
    qtbot.waitExposed(monitor)
    series = monitor.chart.series
    assert [p.label for p in series.points] == ["Workshop 2024", "Workshop 2026", ""]
    assert series.points[-1].current
    assert series.values["actors"] == [4.0, 5.0, 5.0]
    assert series.values["isolates"] == [0.0, 1.0, 1.0]
    assert monitor.chosen() == list(DEFAULT_INDICATORS)

    # A new snapshot and an edit of the map show at once.
    assert session.execute(AddActors([Actor("Seniorenbeirat", category="beiraete")]))
    qtbot.waitUntil(lambda: monitor.chart.series.values["actors"][-1] == 6.0, timeout=3000)
    monitor.include_current.setChecked(False)
    assert [p.label for p in monitor.chart.series.points] == ["Workshop 2024", "Workshop 2026"]

    # Choosing indicators: only the ticked ones are drawn.
    first = monitor.choices.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    assert "actors" not in monitor.chart.chosen
    monitor.set_chosen(["actors", "share_reached"])
    assert monitor.chart.chosen == ["actors", "share_reached"]

    png, svg = tmp_path / "monitoring", tmp_path / "monitoring.svg"
    asked = answer_save_dialog(monkeypatch, png, svg)
    qtbot.mouseClick(monitor.export_png_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(monitor.export_svg_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    written_png = tmp_path / "monitoring.png"  # the extension is added when it was left out
    assert written_png.stat().st_size > 10_000
    image = QImage(str(written_png))
    assert (image.width(), image.height()) == (3200, 2000)
    colours = {image.pixel(x, y) for x in range(0, 3200, 9) for y in range(0, 2000, 9)}
    assert len(colours) > 20  # lines, points and words, not a blank picture
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Actors" in text and "Workshop 2026" in text and "Network monitoring: Musterstadt" in text
    assert "Exported" in monitor.status.text()


def test_the_chart_speaks_german(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "demo.netmap"
    write_demo(path).close()
    window = make_window(path)
    window.set_language("de")
    qtbot.wait(10)
    monitor = window.snapshot_tools.monitoring()
    assert monitor.windowTitle().startswith("Monitoring")
    assert monitor.choices.item(0).text() == "Akteure"
    assert monitor.include_current.text().startswith("Aktuelle Karte")
    assert [p.label for p in monitor.chart.series.points][:2] == ["Bestandsaufnahme 2024", "Bestandsaufnahme 2026"]
    assert monitor.chart.series.values["components"][:2] == [2.0, 1.0]
    svg = tmp_path / "chart.svg"
    monitor.chart.export_svg(svg)
    text = svg.read_text(encoding="utf-8")
    assert "Netzwerk-Monitoring: Musterstadt" in text
    assert "Anteil erreichter Akteure" in text and "14.11.2024" in text
    png = monitor.chart.export_png(tmp_path / "chart.png")
    assert png.stat().st_size > 10_000
    install_language("en")


def test_without_snapshots_the_chart_says_what_to_do(qtbot, make_window, small_project: Path, tmp_path: Path) -> None:
    window = make_window(small_project)
    monitor = window.snapshot_tools.monitoring()
    monitor.include_current.setChecked(False)
    assert monitor.chart.series.points == []
    svg = monitor.chart.export_svg(tmp_path / "empty.svg")
    assert "take a snapshot" in svg.read_text(encoding="utf-8")
    window.close_project()
    assert window.snapshot_tools.monitoring_window is None
