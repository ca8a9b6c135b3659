"""`netmap serve` and `netmap proposals`: the participants' phones without a window (issue 19).

Kept apart from `cli.py`, which only registers these two commands. `serve` listens on 127.0.0.1
unless `--host` names an interface of this computer: phones are let in only when the facilitator
says so, and then only on that interface.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable
from typing import Any

from netmap.errors import InvalidEditError, NetMapError
from netmap.i18n import tr

__all__ = ["RUNNERS", "add_parsers"]


def _whole(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type for a whole number from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what} {low}-{high}")
        return value

    return parse


def add_parsers(sub: Any, location_help: str) -> None:
    """Add the two subcommands to the main parser's subparsers."""
    serve = sub.add_parser("serve", help="let participants' phones propose actors, ties, ratings, dots")
    serve.add_argument("project", help=location_help)
    serve.add_argument("--host", default="127.0.0.1",
                       help="the address of this computer's network interface the phones reach "
                            "(default 127.0.0.1: this computer only)")
    serve.add_argument("--port", type=_whole(0, 65535, "a port number"), default=8765,
                       help="0 picks a free port (default 8765)")
    serve.add_argument("--approve", choices=("manual", "auto"), default="manual",
                       help="manual: proposals wait for a decision; auto: they go on the map at once")
    serve.add_argument("--dots", type=_whole(0, 100, "a number of dots"), default=None, metavar="N",
                       help="priority dots per phone (default 3)")

    proposals = sub.add_parser("proposals", help="list the participants' proposals and decide on them")
    proposals.add_argument("project", help=location_help)
    proposals.add_argument("--approve", default=None, metavar="ID|all")
    proposals.add_argument("--reject", default=None, metavar="ID", type=int)


def _run_serve(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from netmap.participation.desk import DEFAULT_DOTS, ModerationDesk
    from netmap.participation.proposals import ProposalStatus
    from netmap.participation.server import ParticipationServer, available_interfaces
    from netmap.project import Project

    app = QCoreApplication.instance() or QCoreApplication([])
    with Project.open(args.project) as project:
        desk = ModerationDesk(project, auto=args.approve == "auto",
                              dots_per_device=args.dots if args.dots is not None else DEFAULT_DOTS)
        server = ParticipationServer(desk, host=args.host, port=args.port)
        url = server.start()
        received: list[int] = []
        server.proposal_received.connect(received.append)
        print(f"join address: {url}")
        print(f"join code: {server.code}")
        if args.host.startswith("127."):
            others = ", ".join(f"{i.address} ({i.name})" for i in available_interfaces() if not i.loopback)
            if others:
                print(f"only this computer can join; to let phones in, pass --host with one of: {others}")
        print("serving until Ctrl+C", flush=True)

        def stop(*_: object) -> None:
            app.quit()

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        # Python runs signal handlers only between bytecodes: a timer hands it control now and then.
        wake = QTimer()
        wake.timeout.connect(lambda: None)
        wake.start(200)
        try:
            app.exec()
        finally:
            wake.stop()
            server.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        waiting = len(desk.proposals(ProposalStatus.PENDING))
    print(f"stopped: {len(received)} proposals received, {waiting} waiting for a decision")
    return 0


def _run_proposals(args: argparse.Namespace) -> int:
    from netmap.participation.desk import ModerationDesk, describe
    from netmap.participation.proposals import ProposalStatus
    from netmap.project import Project

    failed = 0
    with Project.open(args.project) as project:
        desk = ModerationDesk(project)
        if args.approve is not None:
            if args.approve == "all":
                wanted = [p.id for p in desk.proposals(ProposalStatus.PENDING)]
            else:
                try:
                    wanted = [int(args.approve)]
                except ValueError:
                    raise NetMapError(tr("Participation", "--approve takes a proposal number or all")) from None
            for proposal_id in wanted:
                try:
                    desk.approve(proposal_id)
                    print(f"approved {proposal_id}")
                except InvalidEditError as exc:
                    if args.approve != "all":
                        raise
                    failed += 1
                    print(f"netmap: proposal {proposal_id}: {exc}", file=sys.stderr)
        if args.reject is not None:
            desk.reject(args.reject)
            print(f"rejected {args.reject}")
        state = project.state()
        everything = desk.proposals()
    for proposal in everything:
        if proposal.status is ProposalStatus.PENDING:
            print(f"{proposal.id:>5}  {proposal.kind:<6}  {describe(proposal, state)}")
    counts = {status: sum(1 for p in everything if p.status is status) for status in ProposalStatus}
    print(", ".join(f"{n} {status}" for status, n in counts.items()))
    return 1 if failed else 0


RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {"serve": _run_serve, "proposals": _run_proposals}
