"""NetMap's command line: a stable contract for tests, scripts and batch users.

Exit status 0 on success, 2 for a usage error, 1 for bad input or a failed operation; errors are
one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from netmap.cli_participation import RUNNERS as PARTICIPATION_RUNNERS
from netmap.cli_participation import add_parsers as add_participation_parsers
from netmap.domain import CatalogueKind
from netmap.errors import CompactionFailedError, NetMapError
from netmap.i18n import tr
from netmap.matching import match_snapshot, match_tie_kind
from netmap.transfer import EXPORT_SUFFIXES, PAPERS

if TYPE_CHECKING:
    from netmap.project import Project

__all__ = ["main"]

COMMANDS = ("demo", "import", "export", "snapshot", "analyze", "compare", "report", "serve", "proposals",
            "erase-person")


_LOCATION = "a .netmap file, or postgresql://USER@HOST:PORT/DATABASE#PROJECT for a team project"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2 comes from `main`)."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD") from None


def _command_parser() -> _Parser:
    parser = _Parser(prog="netmap", description="NetMap: participatory stakeholder network analysis")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help="write the demo project (fictional town, two snapshots)")
    demo.add_argument("path", help=_LOCATION)

    imp = sub.add_parser("import", help="add a file's actors and ties to a project (created if missing)")
    imp.add_argument("source")
    imp.add_argument("project", help=_LOCATION)
    imp.add_argument("--replace", action="store_true",
                     help="the map becomes what SOURCE holds (matched actors keep identity, position, snapshots)")
    imp.add_argument("--network", default=None, metavar="NAME",
                     help="the network to import from a Pajek project file with several (default: the first)")

    exp = sub.add_parser("export", help="write the map as a workbook, file, web page or poster")
    exp.add_argument("project", help=_LOCATION)
    exp.add_argument("target", help="by extension: " + " ".join(EXPORT_SUFFIXES))
    exp.add_argument("--snapshot", default=None, metavar="LABEL")
    exp.add_argument("--compare-with", default=None, metavar="LABEL",
                     help="poster: before/after with this snapshot; workbook: a comparison sheet")
    exp.add_argument("--anonymize", action="store_true", help="leave every contact person out")
    exp.add_argument("--paper", choices=PAPERS, default="A1")
    exp.add_argument("--landscape", action="store_true")
    exp.add_argument("--lang", choices=("de", "en"), default=None)
    layout = exp.add_mutually_exclusive_group()
    layout.add_argument("--kumu", action="store_true", help=".xlsx in Kumu's layout (Elements, Connections)")
    layout.add_argument("--gephi", action="store_true",
                        help=".csv pair for Gephi (nodes Id,Label; edges Source,Target)")

    snapshot = sub.add_parser("snapshot", help="take a snapshot of the current map")
    snapshot.add_argument("project", help=_LOCATION)
    snapshot.add_argument("label")
    snapshot.add_argument("--date", type=_iso_date, default=None, help="YYYY-MM-DD (default: today)")
    snapshot.add_argument("--note", default="")

    analyze = sub.add_parser("analyze", help="figures of the map: who is central, who bridges, what is missing")
    analyze.add_argument("project", help=_LOCATION)
    analyze.add_argument("--snapshot", default=None, metavar="LABEL")
    analyze.add_argument("--tie-kind", default=None, metavar="KIND")
    analyze.add_argument("--directed", action="store_true")
    analyze.add_argument("--weighted", action="store_true", help="tie strength counts, as the app's checkbox")
    analyze.add_argument("--json", action="store_true")

    compare = sub.add_parser("compare", help="what changed between two snapshots")
    compare.add_argument("project", help=_LOCATION)
    compare.add_argument("label_a")
    compare.add_argument("label_b")
    compare.add_argument("--json", action="store_true")

    report = sub.add_parser("report", help="the workshop's results protocol as a PDF of a few A4 pages")
    report.add_argument("project", help=_LOCATION)
    report.add_argument("target", metavar="TARGET.pdf")
    report.add_argument("--since", default=None, metavar="LABEL", help="what changed since this snapshot")
    report.add_argument("--lang", choices=("de", "en"), default=None, help="default: the project's language")
    report.add_argument("--anonymize", action="store_true", help="leave out contact persons and the facilitator")
    add_participation_parsers(sub, _LOCATION)

    erase = sub.add_parser("erase-person", help="remove a contact person everywhere, snapshots included")
    erase.add_argument("project", help=_LOCATION)
    erase.add_argument("name")
    return parser


def _check_gui_word(word: str) -> None:
    """Refuse a first word that is no command and cannot be a project: a typo must not open a window.

    A project is an existing file, a name ending in `.netmap` (the app offers to create it) or a
    `postgresql://` address; anything else is a usage error with the nearest command as a hint.
    """
    from netmap.location import is_server_location

    if word.startswith("-") or word.casefold().endswith(".netmap") or is_server_location(word):
        return
    if Path(word).is_file():
        return
    close = [c for c in COMMANDS if c.startswith(word.casefold())] if len(word) >= 2 else []
    close = close or difflib.get_close_matches(word.casefold(), COMMANDS, n=1)
    if close:
        hint = tr("Errors", "{0!r} is not a command; did you mean {1}?").format(word, close[0])
    elif Path(word + ".netmap").is_file():
        hint = tr("Errors", "{0!r} is not a command; did you mean {1}?").format(word, word + ".netmap")
    else:
        hint = tr("Errors", "{0!r} is neither a command ({1}) nor a project (an existing file, a .netmap file "
                            "or a postgresql:// address)").format(word, ", ".join(COMMANDS))
    raise _UsageError(f"netmap: {hint} (see netmap --help)")


def _gui_parser() -> _Parser:
    parser = _Parser(prog="netmap", description="Open NetMap (on PROJECT if given). Commands: " + ", ".join(COMMANDS))
    parser.add_argument("project", nargs="?", help=_LOCATION)
    return parser


def _run_demo(args: argparse.Namespace) -> int:
    from netmap.demo import write_demo

    project = write_demo(args.path)
    labels = ", ".join(s.label for s in project.snapshots())
    print(f"wrote {project.location} ({len(project.actors())} actors; snapshots: {labels})")
    project.close()
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from netmap.location import parse_location
    from netmap.project import Project
    from netmap.storage.database import discard_project, project_exists
    from netmap.transfer import describe_plan, import_notices, import_source, plan_file_import

    target = parse_location(args.project)  # a file, or a project on a server (team mode)
    created = not project_exists(target)
    project = Project.create(target) if created else Project.open(target)
    history = None
    try:
        plan = plan_file_import(project, args.source, replace_map=args.replace, network=args.network)
        if len(plan.facts.timeline) > 1:  # time in the file: dated snapshots (netmap.history)
            from netmap.history import choose_time_points, import_history

            history = import_history(project, args.source, choose_time_points(plan.facts.timeline),
                                     replace_map=args.replace)
        else:
            project.apply_import(plan, import_source(args.source))
    except BaseException:
        project.close()
        if created:  # bad input changes nothing: not even an empty new project stays behind
            discard_project(target)
        raise
    project.close()
    print(f"imported {args.source}: {describe_plan(plan)}")
    for notice in import_notices(plan):
        print(f"netmap: {notice}")
    if len(plan.facts.networks) > 1:
        print(f"  network {plan.facts.network!r} imported; --network NAME chooses another")
    if history is not None:
        from netmap.exchange.notes import Left, Note, describe_note

        if history.taken:
            print(f"  {len(history.taken)} snapshots taken, one per time point: {', '.join(history.taken)}")
        if history.existing:
            print(f"  {len(history.existing)} snapshots of earlier imports kept as they are")
        left = len(plan.facts.timeline) - len(history.taken) - len(history.existing)
        if left:
            print(f"  {describe_note(Note(Left.TIME_POINTS, left))}")
    return 0


def _run_export(args: argparse.Namespace) -> int:
    from netmap.project import Project
    from netmap.transfer import export_map
    from netmap.ui.exchange.poster import draw_poster

    kind = "kumu" if args.kumu else "gephi" if args.gephi else None
    needed = {"kumu": ".xlsx", "gephi": ".csv"}.get(kind or "")
    if needed and Path(args.target).suffix.lower() != needed:
        print(f"netmap export: --{kind} writes {needed} files, not {args.target!r} (see netmap export --help)",
              file=sys.stderr)
        return 2
    with Project.open(args.project, read_only=True) as project:
        snapshot = _snapshot(project, args.snapshot) if args.snapshot else None
        compare_with = _snapshot(project, args.compare_with) if args.compare_with else None
        written = export_map(project, args.target, snapshot=snapshot, anonymize=args.anonymize,
                             paper=args.paper, landscape=args.landscape, language=args.lang,
                             compare_with=compare_with, kind=kind, draw_poster=draw_poster)
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def _run_snapshot(args: argparse.Namespace) -> int:
    from netmap.project import Project

    with Project.open(args.project) as project:
        info = project.take_snapshot(args.label, args.date, args.note)
    print(f"snapshot {info.label!r} of {info.taken_on.isoformat()} taken")
    return 0


def _run_analyze(args: argparse.Namespace) -> int:
    from netmap.analysis.report import analyze
    from netmap.project import Project
    from netmap.reports import format_analysis

    with Project.open(args.project, read_only=True) as project:
        state = project.snapshot_state(_snapshot(project, args.snapshot)) if args.snapshot else project.state()
    tie_kind = None
    if args.tie_kind is not None:
        tie_kind = match_tie_kind(state.catalogue(CatalogueKind.TIE_KIND), args.tie_kind)
    result = analyze(state, directed=args.directed, tie_kind=tie_kind, weighted=args.weighted)
    if args.json:
        _print_json(result.to_json())
    else:
        _install_language(state.info.language)
        sys.stdout.write(format_analysis(result, state.info.language))
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from netmap.compare import compare_states, comparison_to_dict
    from netmap.project import Project
    from netmap.reports import format_comparison

    with Project.open(args.project, read_only=True) as project:
        a = project.snapshot_state(_snapshot(project, args.label_a))
        b = project.snapshot_state(_snapshot(project, args.label_b))
    result = comparison_to_dict(compare_states(a, b), a, b)
    if args.json:
        _print_json(result)
    else:
        _install_language(b.info.language)
        sys.stdout.write(format_comparison(result, args.label_a, args.label_b, b))
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from netmap.project import Project

    target = Path(args.target)
    if target.suffix.lower() != ".pdf":
        raise NetMapError(tr("Errors", "{0}: the results protocol is a .pdf").format(target))
    if not target.parent.is_dir():
        raise NetMapError(tr("Errors", "{0}: the folder does not exist").format(target))
    with Project.open(args.project, read_only=True) as project:
        state = project.state()
        # Snapshot labels are matched without regard to case (users type them from memory); an unknown
        # one is named by snapshot_state.
        since = next((s for s in project.snapshots() if args.since and s.label.casefold() == args.since.casefold()),
                     None)
        earlier = project.snapshot_state(since.label if since else args.since) if args.since else None
    from netmap.ui.exchange.report_pdf import write_protocol  # Qt's PDF writer: only when a protocol is written

    write_protocol(state, target, language=args.lang or state.info.language, earlier=earlier,
                   since=since.label if since else "", since_date=since.taken_on if since else None,
                   anonymize=args.anonymize)
    print(f"wrote {target}")
    return 0


def _run_erase_person(args: argparse.Namespace) -> int:
    from netmap.project import Project

    with Project.open(args.project) as project:
        try:
            places = project.erase_person(args.name)
        except CompactionFailedError as warning:  # erased all the same: success, with the warning
            print(f"netmap: {warning}", file=sys.stderr)
            places = warning.places
    print(f"erased {args.name!r} from: {', '.join(places)}")
    return 0


def _snapshot(project: Project, label: str) -> str:
    """The label of the snapshot `label` names, matched without regard to case."""
    return match_snapshot([s.label for s in project.snapshots()], label)


def _print_json(result: object) -> None:
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _install_language(language: str) -> None:
    from netmap.i18n import install_language

    install_language(language)


_RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _run_demo,
    "import": _run_import,
    "export": _run_export,
    "snapshot": _run_snapshot,
    "analyze": _run_analyze,
    "compare": _run_compare,
    "report": _run_report,
    "erase-person": _run_erase_person,
    **PARTICIPATION_RUNNERS,
}


def _run_gui(args: argparse.Namespace) -> int:
    from netmap.ui.app import run_app

    return run_app(args.project)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            runner = _RUNNERS[args.command]
        else:
            if argv:
                _check_gui_word(argv[0])
            args = _gui_parser().parse_args(argv)
            runner = _run_gui
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        return runner(args)
    except NetMapError as exc:
        print(f"netmap: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"netmap: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        failure = _storage_failure(args, exc)
        if failure is None:
            raise
        print(f"netmap: {failure}", file=sys.stderr)
        return 1


def _storage_failure(args: argparse.Namespace, exc: Exception) -> NetMapError | None:
    """A failure of the project file that no layer turned into a NetMap error (disk full,
    write-protected, damaged) still becomes one line naming the project."""
    from netmap.storage.sqlite import storage_error

    return storage_error(str(getattr(args, "project", None) or getattr(args, "path", "")), exc)


if __name__ == "__main__":
    sys.exit(main())
