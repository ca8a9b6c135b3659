"""Reading and writing a map by file extension: the one entry point to every format.

`read_map` and `write_map` choose the reader or writer by extension; see `SUPPORTED_IMPORTS` and
`SUPPORTED_EXPORTS`. Not supported, with a message saying what to do instead: Kumu's JSON blueprints
and project backups (an internal format Kumu does not specify; its Excel export is supported), other
JSON, old .xls workbooks, OpenDocument, GML and VNA files.

The readers and writers are imported when a file needs them (and the column schema they share is in
`netmap.exchange.schema`): no reader imports this module back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netmap.domain import MapState
from netmap.exchange.errors import ExchangeError
from netmap.exchange.safety import guarded_reader
from netmap.i18n import tr

__all__ = [
    "SUPPORTED_EXPORTS",
    "SUPPORTED_IMPORTS",
    "read_map",
    "write_map",
]

SUPPORTED_IMPORTS: dict[str, str] = {
    ".graphml": "GraphML (yEd, Gephi, SocNetV, igraph, networkx)",
    ".gexf": "GEXF 1.1 to 1.3 (Gephi), static or dynamic",
    ".net": "Pajek network",
    ".paj": "Pajek project",
    ".pajek": "Pajek network",
    ".dl": "UCINET DL",
    ".csv": "CSV edge list or node list (comma or semicolon; UTF-8 or Windows-1252)",
    ".xlsx": "Excel: a NetMap workbook (sheet Akteure/Actors) or Kumu (sheets Elements/Connections)",
}
SUPPORTED_EXPORTS: dict[str, str] = {
    ".graphml": "GraphML (opens in yEd, Gephi, igraph)",
    ".gexf": "GEXF 1.3 (opens in Gephi with positions and colours)",
    ".csv": "CSV node list and edge list",
    ".xlsx": "Excel: NetMap workbook, or Kumu layout with kind='kumu'",
}
# Translated when a message is made. str(): QT_TRANSLATE_NOOP returns its text, typed as object.
_UNSUPPORTED: dict[str, str] = {suffix: str(text) for suffix, text in {
    ".xls": QT_TRANSLATE_NOOP("Errors", "old Excel workbooks (.xls) are not supported: save the file as .xlsx "
                                        "in Excel and import that"),
    ".ods": QT_TRANSLATE_NOOP("Errors", "OpenDocument spreadsheets are not supported: save the file as .xlsx "
                                        "and import that"),
    ".gml": QT_TRANSLATE_NOOP("Errors", "GML is not supported: save the network as GraphML (.graphml) and "
                                        "import that"),
    ".vna": QT_TRANSLATE_NOOP("Errors", "NetDraw VNA is not supported: save the network as UCINET DL (.dl) or "
                                        "Pajek (.net)"),
}.items()}


# ------------------------------------------------------------------------------------------ dispatch
# Each reader and writer is imported when a file needs it (a reader's dependencies load only for its
# format). The tables READERS and WRITERS are the one place that says which is which.


def _read_graphml(path: Path, network: str | None) -> MapState:
    from netmap.exchange.graphml import read_graphml

    return read_graphml(path)


def _read_gexf(path: Path, network: str | None) -> MapState:
    from netmap.exchange.gexf import read_gexf

    return read_gexf(path)


def _read_pajek(path: Path, network: str | None) -> MapState:
    from netmap.exchange.pajek import read_pajek

    return read_pajek(path, network=network)


def _read_ucinet(path: Path, network: str | None) -> MapState:
    from netmap.exchange.ucinet import read_ucinet

    return read_ucinet(path)


def _read_csv(path: Path, network: str | None) -> MapState:
    from netmap.exchange.csvlists import read_csv

    return read_csv(path)


def _read_workbook(path: Path, network: str | None) -> MapState:
    from netmap.exchange.workbook import read_workbook

    return read_workbook(path)


def _read_kumu(path: Path, network: str | None) -> MapState:
    from netmap.exchange.kumu import read_kumu

    return read_kumu(path)


def _write_graphml(state: MapState, path: Path, **kw: Any) -> Any:
    from netmap.exchange.graphml import write_graphml

    return write_graphml(state, path, **kw)


def _write_gexf(state: MapState, path: Path, **kw: Any) -> Any:
    from netmap.exchange.gexf import write_gexf

    return write_gexf(state, path, **kw)


def _write_csv(state: MapState, path: Path, **kw: Any) -> Any:
    from netmap.exchange.csvlists import write_csv

    return write_csv(state, path, **kw)


def _write_workbook(state: MapState, path: Path, **kw: Any) -> Any:
    from netmap.exchange.workbook import write_workbook

    return write_workbook(state, path, **kw)


def _write_kumu(state: MapState, path: Path, **kw: Any) -> Any:
    from netmap.exchange.kumu import write_kumu

    return write_kumu(state, path, **kw)


Reader = Callable[[Path, "str | None"], MapState]
Writer = Callable[..., Any]

READERS: dict[str, Reader] = {
    ".graphml": _read_graphml, ".gexf": _read_gexf, ".net": _read_pajek, ".paj": _read_pajek,
    ".pajek": _read_pajek, ".dl": _read_ucinet, ".csv": _read_csv,
    "workbook": _read_workbook, "kumu": _read_kumu,  # .xlsx: chosen by the workbook's sheets
}  # fmt: skip
"""Reader by extension (for .xlsx by kind of workbook), called with the path and a Pajek network name."""
WRITERS: dict[str, Writer] = {
    ".graphml": _write_graphml, ".gexf": _write_gexf, ".csv": _write_csv,
    "workbook": _write_workbook, "kumu": _write_kumu,  # .xlsx: a NetMap workbook unless kind="kumu"
}  # fmt: skip
"""Writer by extension or kind, called with the state, the path and the writer's keyword arguments."""


@guarded_reader
def read_map(path: str | Path, *, network: str | None = None) -> MapState:
    """Read any supported file into a `MapState` (see `SUPPORTED_IMPORTS`); `ExchangeError` otherwise.

    `network` chooses one of the networks of a Pajek project file (by name, any case); other formats
    hold one network and ignore it.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in READERS:
        return READERS[suffix](path, network)
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix == ".json":
        raise ExchangeError(_json_message(path), file=path)
    if suffix in _UNSUPPORTED:
        raise ExchangeError(tr("Errors", _UNSUPPORTED[suffix]), file=path)
    known = ", ".join(SUPPORTED_IMPORTS)
    if suffix:
        message = tr("Errors", "NetMap cannot import {0}; it imports {1}").format(suffix, known)
    else:
        message = tr("Errors", "NetMap cannot import files without extension; it imports {0}").format(known)
    raise ExchangeError(message, file=path)


def _read_xlsx(path: Path) -> MapState:
    from netmap.exchange.safety import xlsx_sheet_names

    sheets = xlsx_sheet_names(path)
    folded = {s.casefold() for s in sheets}
    if folded & {"akteure", "actors"}:
        return READERS["workbook"](path, None)
    if folded & {"elements", "connections"}:
        return READERS["kumu"](path, None)
    if sheets:
        message = tr("Errors", "the workbook is neither a NetMap workbook (sheet Akteure or Actors) nor a Kumu "
                               "workbook (sheets Elements and Connections); its sheets are: {0}").format(
            ", ".join(sheets)
        )
    else:
        message = tr("Errors", "the workbook is neither a NetMap workbook (sheet Akteure or Actors) nor a Kumu "
                               "workbook (sheets Elements and Connections); its sheets are: none")
    raise ExchangeError(message, file=path)


def _json_message(path: Path) -> str:
    try:
        from netmap.exchange.safety import read_bytes

        data = json.loads(read_bytes(path)) if path.stat().st_size < 50_000_000 else None
    except (ValueError, OSError, ExchangeError):
        data = None
    if isinstance(data, dict) and "elements" in data and "connections" in data:
        return tr("Errors", "Kumu JSON blueprints are not supported (an internal Kumu format without a "
                            "specification); in Kumu, export the project as an Excel workbook "
                            "(Elements/Connections) and import that")
    return tr("Errors", "JSON files are not supported; import GraphML, GEXF, CSV or an Excel workbook instead")


def write_map(state: MapState, path: str | Path, *, kind: str | None = None, **kw: Any) -> Any:
    """Write `state` by extension (see `SUPPORTED_EXPORTS`).

    ``.xlsx`` writes a NetMap workbook (`netmap.exchange.workbook.write_workbook`), or Kumu's layout
    with ``kind="kumu"``. Keyword arguments (``anonymize``, ``language``) go to the writer.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if kind not in (None, "kumu", "workbook"):
        raise ValueError(f"unknown kind of export: {kind!r}")
    if kind == "kumu":
        return WRITERS["kumu"](state, path, **kw)
    if suffix in WRITERS:
        return WRITERS[suffix](state, path, **kw)
    if suffix == ".xlsx" or kind == "workbook":
        return WRITERS["workbook"](state, path, **kw)
    known = ", ".join(SUPPORTED_EXPORTS)
    if suffix:
        message = tr("Errors", "NetMap cannot export {0}; it exports {1}").format(suffix, known)
    else:
        message = tr("Errors", "NetMap cannot export files without extension; it exports {0}").format(known)
    raise ExchangeError(message, file=path)
