"""The HTTP contract of issue 19 against the real server on 127.0.0.1."""

from __future__ import annotations

import json
from typing import Any

from participation.conftest import Phone, Served, run_phones

from netmap.domain import CatalogueKind
from netmap.participation.proposals import ActorProposal, ProposalStatus


def test_the_page_and_the_map_are_served_with_strict_headers(served: Served, qtbot: Any) -> None:
    phone = served.phone()
    page, data = run_phones(qtbot, [lambda: phone.request("GET", f"/j/{served.code}/"),
                                    lambda: phone.request("GET", f"/j/{served.code}/api/map")])
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "unsafe" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert b"http://" not in page.body and b"https://" not in page.body  # nothing from elsewhere
    assert data.status == 200
    content = data.json()
    state = served.project.state()
    assert [(a["id"], a["name"]) for a in content["actors"]] == [(a.id, a.name) for a in state.actors]
    assert set(content["actors"][0]) == {"id", "name"}
    assert [c["key"] for c in content["categories"]] == [e.key for e in state.catalogue(CatalogueKind.CATEGORY)]
    assert [c["key"] for c in content["tie_kinds"]] == [e.key for e in state.catalogue(CatalogueKind.TIE_KIND)]
    contacts = [a.contact for a in state.actors if a.contact is not None]
    assert contacts, "the demo has contact persons, so this test can see them leak"
    text = data.body.decode("utf-8")
    for contact in contacts:
        for value in (contact.name, contact.email, contact.phone):
            assert not value or json.dumps(value, ensure_ascii=False)[1:-1] not in text


def test_proposals_are_queued_and_change_nothing_until_approved(served: Served, qtbot: Any) -> None:
    before = served.project.state()
    phone = served.phone()
    ids = [a.id for a in before.actors[:2]]
    replies = run_phones(qtbot, [lambda: [
        phone.propose(served.code, kind="actor", name="<script>alert(1)</script>", category="vereine"),
        phone.propose(served.code, kind="tie", source=ids[0], target=ids[1], tie_kind="kooperation"),
        phone.propose(served.code, kind="rating", actor=ids[0], influence=3, attitude="critical"),
        phone.propose(served.code, kind="dot", actor=ids[1])]])[0]
    assert [r.status for r in replies] == [202, 202, 202, 202]  # type: ignore[union-attr]
    assert replies[3].json()["dots_left"] == 2  # type: ignore[index]
    after = served.project.state()
    assert after.actors == before.actors and after.ties == before.ties
    queued = served.desk.proposals(ProposalStatus.PENDING)
    assert queued[0].content == ActorProposal("<script>alert(1)</script>", "vereine")  # text, as typed
    served.desk.approve(queued[0].id)
    assert "<script>alert(1)</script>" in [a.name for a in served.project.actors()]


def test_auto_mode_answers_201_and_the_actor_is_on_the_map(served: Served, qtbot: Any) -> None:
    served.desk.auto = True
    phone = served.phone()
    (reply,) = run_phones(qtbot, [lambda: phone.propose(served.code, kind="actor", name="Tafel e. V.")])
    assert reply.status == 201 and reply.json()["status"] == "applied"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "Tafel e. V." in [a.name for a in served.project.actors()])


def test_bad_input_gets_400_with_a_message_and_stores_nothing(served: Served, qtbot: Any) -> None:
    phone = served.phone()
    path = f"/j/{served.code}/api/proposals"
    replies = run_phones(qtbot, [lambda: [
        phone.propose(served.code, kind="actor", name=""),
        phone.propose(served.code, kind="rating", actor=1, influence=12),
        phone.request("POST", path, b"{not json"),
        phone.request("POST", path, json.dumps({"kind": "actor", "name": "x"}).encode()),  # no device token
        phone.request("POST", path, b"\xff\xfe")]])[0]
    assert [r.status for r in replies] == [400] * 5  # type: ignore[union-attr]
    assert "name is missing" in replies[0].json()["error"]  # type: ignore[index]
    assert "outside 0-10" in replies[1].json()["error"]  # type: ignore[index]
    assert served.desk.proposals() == []


def test_wrong_codes_other_paths_and_methods_give_nothing_away(served: Served, qtbot: Any) -> None:
    phone = served.phone()
    code = served.code
    wrong = ("x" + code)[: len(code)]
    checks = [("GET", f"/j/{wrong}/"), ("GET", f"/j/{wrong}/api/map"), ("POST", f"/j/{wrong}/api/proposals"),
              ("GET", "/"), ("GET", "/j/"), ("GET", f"/j/{code}/../"), ("GET", f"/j/{code}/api/"),
              ("GET", f"/j/{code}/page.html"), ("GET", "/favicon.ico")]
    replies = run_phones(qtbot, [lambda: [phone.request(m, p, b"{}" if m == "POST" else None) for m, p in checks]])[0]
    assert [r.status for r in replies] == [404] * len(checks)  # type: ignore[union-attr]
    assert all(r.body == b"" for r in replies)  # type: ignore[union-attr]
    methods = run_phones(qtbot, [lambda: [phone.request("GET", f"/j/{code}/api/proposals"),
                                          phone.request("POST", f"/j/{code}/api/map", b"{}"),
                                          phone.request("DELETE", f"/j/{code}/")]])[0]
    assert [r.status for r in methods] == [405, 405, 405]  # type: ignore[union-attr]
    assert served.desk.proposals() == []


def test_oversize_bodies_get_413(served: Served, qtbot: Any) -> None:
    """A body a little over the limit is read whole and refused with a reason: refused unread, the
    connection was closed with data pending, and the phone sometimes got a reset instead of 413."""
    phone = served.phone()
    name = "x" * (17 * 1024)
    (reply,) = run_phones(qtbot, [lambda: phone.propose(served.code, kind="actor", name=name)])
    assert reply.status == 413  # type: ignore[union-attr]
    assert json.loads(reply.body)["error"] == "the proposal is too long"  # type: ignore[union-attr]
    assert served.desk.proposals() == []


def test_a_flooding_device_gets_429_and_others_still_get_through(served: Served, qtbot: Any) -> None:
    flooder, other = served.phone("127.0.0.2"), served.phone("127.0.0.3")
    burst = served.server.limits.device_burst
    replies = run_phones(qtbot, [lambda: [flooder.propose(served.code, kind="actor", name=f"Flut {i}")
                                          for i in range(burst + 10)]])[0]
    statuses = [r.status for r in replies]  # type: ignore[union-attr]
    assert statuses[:burst] == [202] * burst and statuses[-5:] == [429] * 5
    (fine,) = run_phones(qtbot, [lambda: other.propose(served.code, kind="actor", name="Ruhig")])
    assert fine.status == 202  # type: ignore[union-attr]
    assert len(served.desk.proposals()) == statuses.count(202) + 1


def test_thirty_phones_each_send_ten_proposals_and_every_one_arrives_once(served: Served, qtbot: Any) -> None:
    phones = [Phone(served.server.port, f"127.0.0.{10 + i}") for i in range(30)]

    def participate(number: int, phone: Phone) -> list[int]:
        phone.request("GET", f"/j/{served.code}/")
        phone.request("GET", f"/j/{served.code}/api/map")
        return [phone.propose(served.code, kind="actor", name=f"Telefon {number} Vorschlag {k}").status
                for k in range(10)]

    results = run_phones(qtbot, [lambda n=n, p=p: participate(n, p) for n, p in enumerate(phones)])
    assert results == [[202] * 10] * 30
    names = [p.content.name for p in served.desk.proposals()]  # type: ignore[union-attr]
    assert sorted(names) == sorted(f"Telefon {n} Vorschlag {k}" for n in range(30) for k in range(10))


def test_a_team_project_on_a_server_takes_proposals_too(qtbot: Any) -> None:
    """The server thread opens its own connection to the project: on PostgreSQL too."""
    import uuid

    from pg.cluster import database_or_skip

    from netmap.domain import Actor
    from netmap.participation.desk import ModerationDesk
    from netmap.participation.server import ParticipationServer
    from netmap.project import Project

    with Project.create(f"{database_or_skip()}#t_{uuid.uuid4().hex[:12]}") as project:
        project.add_actor(Actor("Rathaus"))
        desk = ModerationDesk(project)
        server = ParticipationServer(desk)
        server.start()
        try:
            phone = Phone(server.port)
            (reply,) = run_phones(qtbot, [lambda: phone.propose(server.code, kind="actor", name="Stadtbücherei")])
            assert reply.status == 202, reply.body.decode()  # type: ignore[union-attr]
            (listed,) = run_phones(qtbot, [lambda: phone.request("GET", f"/j/{server.code}/api/map").json()])
            assert [a["name"] for a in listed["actors"]] == ["Rathaus"]  # type: ignore[index]
        finally:
            server.stop()
        assert [p.content for p in desk.proposals()] == [ActorProposal("Stadtbücherei")]
