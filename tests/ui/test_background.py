"""A background job runs off the UI thread and hands its outcome over on the UI thread."""

from __future__ import annotations

import threading

from netmap.ui.background import BackgroundJob


def test_a_job_runs_on_another_thread_and_its_result_arrives_on_this_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    job = BackgroundJob()
    heard: list[tuple[object, int]] = []
    job.finished.connect(lambda result: heard.append((result, threading.get_ident())))
    assert job.start(threading.get_ident)
    assert not job.start(threading.get_ident)  # one job at a time
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    (worker, delivered), = heard
    assert worker != threading.get_ident() and delivered == threading.get_ident()
    assert not job.running


def test_a_failing_job_hands_over_its_exception(qtbot) -> None:  # type: ignore[no-untyped-def]
    job = BackgroundJob()

    def broken() -> None:
        raise OSError(13, "Permission denied", "/tmp/x")

    assert job.start(broken)
    assert job.wait(5000)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], OSError) and not job.running
    assert job.start(lambda: 1)  # a new job after the failure
