"""The workshop's results protocol: what a steering group files after a participatory network analysis.

Every sentence is built here from the analysis (`netmap.analysis.report.analyze`), the comparison
with an earlier snapshot (`netmap.compare.compare_states`) and the project info, in the language
asked for, and handed out as plain frozen dataclasses; `netmap.ui.exchange.report_pdf` lays them out on A4
pages with the map. Sentences name organisations, never people: the participants are counted, and
contact persons appear only in a section of their own that `anonymize` leaves out (together with
the facilitator's name).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

import networkx as nx

from netmap.analysis.actor_figures import ActorFigures
from netmap.analysis.result import AnalysisReport
from netmap.compare import compare_states
from netmap.domain import CatalogueKind, MapState, Tie
from netmap.graph import build_graph
from netmap.i18n import Translate
from netmap.i18n import tr as app_tr

__all__ = ["ProtocolSection", "ResultsProtocol", "build_protocol", "format_date", "new_bridges", "thin_districts"]

_TOP = 3  # how many actors a sentence names after the first
_LIST = 8  # how many names a list shows before "and N more"


@dataclass(frozen=True)
class ProtocolSection:
    """One heading of the protocol and its sentences, in reading order."""

    key: str
    heading: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class ResultsProtocol:
    """The whole protocol, every text already in `language`."""

    language: str
    title: str
    facts: tuple[tuple[str, str], ...]  # (label, value): town, topic, date, facilitator, participants
    sections: tuple[ProtocolSection, ...]
    page_label: str  # "Page {page} of {pages}"
    map_caption: str

    def section(self, key: str) -> ProtocolSection | None:
        return next((s for s in self.sections if s.key == key), None)

    def text(self) -> str:
        """All of it as plain text (tests, and a check that nothing personal is in it)."""
        lines = [self.title, *(f"{label}: {value}" for label, value in self.facts)]
        for section in self.sections:
            lines += ["", section.heading, *section.sentences]
        return "\n".join(lines)


def format_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if language == "de" else value.strftime("%d %B %Y").lstrip("0")


def _percent(share: float, language: str) -> str:
    return f"{100 * share:.0f} %" if language == "de" else f"{100 * share:.0f}%"


def _names(names: list[str], tr: Translate, limit: int = _LIST) -> str:
    """"A, B and C" in the protocol's language; long lists end in "and N more"."""
    if len(names) > limit:
        shown = ", ".join(names[:limit])
        more = len(names) - limit  # (lupdate reads a plural's count only as a plain name)
        return tr("Protocol", "%1 and %n more", None, more).replace("%1", shown)
    if len(names) <= 1:
        return "".join(names)
    return tr("Protocol", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def build_protocol(state: MapState, analysis: AnalysisReport, *, language: str, translate: Translate | None = None,
                   earlier: MapState | None = None, since: str = "", since_date: date | None = None,
                   anonymize: bool = False) -> ResultsProtocol:
    """The protocol of `state` (analysed as `analysis`); `earlier` is the snapshot `since` to
    compare with. `translate` defaults to the application's language (`tr`)."""
    tr = translate or app_tr
    info = state.info
    facts = [(tr("Protocol", "Town"), info.town), (tr("Protocol", "Topic"), info.topic),
             (tr("Protocol", "Workshop date"), format_date(info.workshop_date, language))]
    if info.facilitator and not anonymize:
        facts.append((tr("Protocol", "Facilitation"), info.facilitator))
    if info.participants:
        people = info.participants
        facts.append((tr("Protocol", "Participants"), tr("Protocol", "%n people (not named here)", None, people)))
    sections = [
        _overview(state, analysis, tr),
        _central(analysis, tr, language),
        _brokers(state, analysis, tr, language),
        _missing(state, analysis, tr, language),
        _districts(state, analysis, tr, language),
        _breaks(analysis, tr),
    ]
    if earlier is not None:
        sections.append(_changes(earlier, state, analysis, tr, since, format_date(since_date, language)))
    sections.append(_priorities(state, tr))
    if info.next_workshop is not None:
        sections.append(ProtocolSection("next", tr("Protocol", "Next date"), (
            tr("Protocol", "The group meets again on {date} to repeat the map.").format(
                date=format_date(info.next_workshop, language)),)))
    questions = tuple(q.strip() for q in info.open_questions.splitlines() if q.strip())
    sections.append(ProtocolSection("questions", tr("Protocol", "Open questions"),
                                    questions or (tr("Protocol", "The group wrote down no open questions."),)))
    if not anonymize:
        contacts = _contacts(state, tr)
        if contacts:
            sections.append(contacts)
    title = tr("Protocol", "Results protocol: network analysis {town}").format(town=info.town) if info.town \
        else tr("Protocol", "Results protocol: network analysis")
    return ResultsProtocol(language=language, title=title, facts=tuple((k, v) for k, v in facts if v),
                           sections=tuple(_tidy(s) for s in sections), page_label=tr("Protocol", "Page {page} of {pages}"),
                           map_caption=tr("Protocol", "The map as the group drew it"))


def _tidy(section: ProtocolSection) -> ProtocolSection:
    """A name that ends in a full stop ("e. V.") ends its sentence too: no double stop."""
    return ProtocolSection(section.key, section.heading,
                           tuple(x[:-1] if x.endswith("..") else x for x in section.sentences))


# == the sections ======================================================================================


def _overview(state: MapState, analysis: AnalysisReport, tr: Translate) -> ProtocolSection:
    net = analysis.network
    actors, ties, parts = net.actors, net.ties, net.components
    sentences = [tr("Protocol", "The map shows %n actors", None, actors) + " "
                 + tr("Protocol", "and %n ties between them.", None, ties)]
    key = [a.name for a in state.actors if a.is_key]
    if key:
        sentences.append(tr("Protocol", "The map was drawn around {names} as the key actor.").format(names=_names(key, tr)))
    if net.components > 1:
        sentences.append(tr("Protocol", "The network falls into %n separate parts that have no tie to each other.",
                            None, parts))
    elif actors > 1:
        sentences.append(tr("Protocol", "Every actor can reach every other one through the network."))
    confirmed = sum(1 for t in state.ties if len(t.sources) > 1)
    if confirmed:
        sentences.append(tr("Protocol", "%n ties are named by more than one source, which makes them firmer evidence.",
                            None, confirmed))
    if net.isolates:
        isolated = [a.name for a in analysis.gaps.isolated_actors]
        sentences.append(tr("Protocol", "Without any tie: {names}.").format(names=_names(isolated, tr)))
    return ProtocolSection("overview", tr("Protocol", "The network at a glance"), tuple(sentences))


def _ranked(analysis: AnalysisReport, measure: str) -> list[ActorFigures]:
    """The actors with a positive value of `measure`, highest first."""
    values = [(value, a) for a in analysis.actors if (value := a.measure(measure) or 0.0) > 0]
    return [a for _, a in sorted(values, key=lambda item: (-item[0], item[1].name))]


def _central(analysis: AnalysisReport, tr: Translate, language: str) -> ProtocolSection:
    ranked = _ranked(analysis, "degree")
    if not ranked:
        return ProtocolSection("central", tr("Protocol", "Who is central?"), (tr("Protocol", "No actor has a tie yet."),))
    first, others = ranked[0], analysis.network.actors - 1
    degree = first.degree
    sentences = [tr("Protocol", "{name} is the most central actor: it works directly with %n of the other actors.",
                    None, degree).format(name=first.name) + " "
                 + tr("Protocol", "That is {share} of the map.").format(share=_percent(first.degree / max(1, others),
                                                                                  language))]
    if len(ranked) > 1:
        next_ = [f"{a.name} ({a.degree})" for a in ranked[1:1 + _TOP]]
        sentences.append(tr("Protocol", "Next come {names}.").format(names=_names(next_, tr)))
    return ProtocolSection("central", tr("Protocol", "Who is central?"), tuple(sentences))


def _brokers(state: MapState, analysis: AnalysisReport, tr: Translate, language: str) -> ProtocolSection:
    ranked = _ranked(analysis, "betweenness")
    heading = tr("Protocol", "Who connects groups that would otherwise not meet?")
    if not ranked:
        return ProtocolSection("brokers", heading, (tr("Protocol", "Nobody stands between others: every actor who has "
                                                       "ties reaches the others directly."),))
    first = ranked[0]
    sentences = [tr("Protocol", "{name} is the strongest broker: it lies on {share} of the shortest connections between "
                   "two other actors.").format(name=first.name, share=_percent(first.betweenness or 0.0, language))]
    groups = _groups_reached(state, analysis, first.id)
    total = analysis.network.communities
    if total > 1 and groups > 1:
        sentences.append(tr("Protocol", "Its ties reach into {reached} of the {total} groups the network forms.")
                         .format(reached=groups, total=total))
    if len(ranked) > 1:
        sentences.append(tr("Protocol", "{names} also connect parts of the network.")
                         .format(names=_names([a.name for a in ranked[1:1 + _TOP]], tr)))
    return ProtocolSection("brokers", heading, tuple(sentences))


def _groups_reached(state: MapState, analysis: AnalysisReport, actor_id: int) -> int:
    """How many of the network's groups (communities) an actor and its direct partners belong to."""
    community = {a.id: a.community for a in analysis.actors}
    reached = {community.get(actor_id)}
    for tie in state.ties:
        if actor_id in (tie.source, tie.target):
            reached.update((community.get(tie.source), community.get(tie.target)))
    return len({c for c in reached if c is not None})


def _missing(state: MapState, analysis: AnalysisReport, tr: Translate, language: str) -> ProtocolSection:
    heading = tr("Protocol", "Which groups are missing?")
    missing = [state.label(CatalogueKind.CATEGORY, e.key, language) for e in analysis.gaps.missing_categories]
    sentences = []
    if missing:
        sentences.append(tr("Protocol", "No actor of these groups named in the handbook is on the map: {names}.")
                         .format(names=_names(missing, tr, limit=20)))
    else:
        sentences.append(tr("Protocol", "Every group of the catalogue has at least one actor on the map."))
    for entry in analysis.gaps.not_reached:
        names = [a.name for a in entry.actors]
        sentences.append(tr("Protocol", "{group}: not reached yet or only informed: {names}.")
                         .format(group=state.label(CatalogueKind.CATEGORY, entry.key, language),
                                 names=_names(names, tr)))
    return ProtocolSection("missing", heading, tuple(sentences))


def thin_districts(state: MapState) -> list[tuple[str, int, int]]:
    """(district key, actors, ties to other districts) of the districts that are thin: no actors,
    fewer than half the actors of the average district, or fewer than average and at most one tie
    to the rest of the town."""
    keys = [e.key for e in state.catalogue(CatalogueKind.DISTRICT)]
    if not keys:
        return []
    district = {a.id: a.district for a in state.actors}
    actors = Counter(a.district for a in state.actors if a.district in keys)
    outward: Counter[str] = Counter()
    for tie in state.ties:
        a, b = district.get(tie.source, ""), district.get(tie.target, "")
        if a != b:
            outward.update(d for d in (a, b) if d in keys)
    average = sum(actors.values()) / len(keys)
    return [(k, actors[k], outward[k]) for k in keys
            if actors[k] == 0 or actors[k] < average / 2 or (actors[k] < average and outward[k] <= 1)]


def _districts(state: MapState, analysis: AnalysisReport, tr: Translate, language: str) -> ProtocolSection:
    heading = tr("Protocol", "Which districts are thin?")
    thin = thin_districts(state)
    if not state.catalogue(CatalogueKind.DISTRICT):
        return ProtocolSection("districts", heading, (tr("Protocol", "The project has no districts to compare."),))
    if not thin:
        return ProtocolSection("districts", heading, (tr("Protocol", "Every district has actors and several ties to the "
                                                           "rest of the town."),))
    per_district = len(state.actors) / max(1, len(state.catalogue(CatalogueKind.DISTRICT)))
    sentences = []
    for key, count, outward in thin:
        name = state.label(CatalogueKind.DISTRICT, key, language)
        if count == 0:
            sentences.append(tr("Protocol", "{district} has no actor on the map.").format(district=name))
            continue
        sentences.append(tr("Protocol", "{district} has only %n actors (a district has {average} on average)", None,
                            count)
                         .format(district=name, average=f"{per_district:.0f}") + "; "
                         + tr("Protocol", "%n ties link them to other districts.", None, outward))
    return ProtocolSection("districts", heading, tuple(sentences))


def _breaks(analysis: AnalysisReport, tr: Translate) -> ProtocolSection:
    heading = tr("Protocol", "Where would the network break?")
    sentences = []
    for spof in analysis.gaps.single_points_of_failure:
        cut = [c.name for c in spof.cut_off]
        count = len(cut)
        sentences.append(tr("Protocol", "If {name} drops out, {names} would lose every connection to the rest of the "
                            "network (%n actors).", None, count).format(name=spof.name, names=_names(cut, tr)))
    for bridge in analysis.bridges[:_LIST]:
        sentences.append(tr("Protocol", "The tie between {a} and {b} is the only link between two parts of the network.")
                         .format(a=bridge.source_name, b=bridge.target_name))
    if not sentences:
        sentences.append(tr("Protocol", "No single actor or tie holds the network together: it does not break when one "
                           "of them drops out."))
    return ProtocolSection("breaks", heading, tuple(sentences))


def _tie_words(tie: Tie, names: dict[int, str]) -> str:
    return f"{names.get(tie.source, '?')} – {names.get(tie.target, '?')}"


def _changes(earlier: MapState, state: MapState, analysis: AnalysisReport, tr: Translate, since: str,
             since_date: str) -> ProtocolSection:
    comparison = compare_states(earlier, state)
    names = {a.id: a.name for a in state.actors if a.id is not None}
    old_names = {a.id: a.name for a in earlier.actors if a.id is not None}
    when = (tr("Protocol", "“{label}” of {date}") if since_date else tr("Protocol", "“{label}”")).format(label=since, date=since_date)
    sentences = [
        tr("Protocol", "Since {when} the map has changed from {a0} to {a1} actors and from {t0} to {t1} ties.").format(
            when=when, a0=len(earlier.actors), a1=len(state.actors), t0=len(earlier.ties), t1=len(state.ties)),
    ]
    added = [a.name for a in comparison.actors_added]
    removed = [a.name for a in comparison.actors_removed]
    new, gone = len(added), len(removed)
    sentences.append(tr("Protocol", "%n actors are new", None, new)
                     + (f": {_names(added, tr)}." if added else "."))
    sentences.append(tr("Protocol", "%n actors are no longer on the map", None, gone)
                     + (f": {_names(removed, tr)}." if removed else "."))
    new, gone = len(comparison.ties_added), len(comparison.ties_removed)
    sentences.append(tr("Protocol", "%n ties were added", None, new) + "; " + tr("Protocol", "%n ties ended.", None, gone))
    stronger = [new for old, new, changed in comparison.ties_changed if "strength" in changed
                and new.strength > old.strength]
    if stronger:
        new = len(stronger)
        sentences.append(tr("Protocol", "%n ties became stronger", None, new)
                         + f": {_names([_tie_words(x, names) for x in stronger], tr)}.")
    bridges = new_bridges(earlier, state, comparison.ties_added)
    if bridges:
        new = len(bridges)
        sentences.append(tr("Protocol", "%n new ties join actors who were more than two steps apart before", None, new)
                         + f": {_names([_tie_words(x, names) for x in bridges], tr, limit=5)}.")
    ended = [_tie_words(x, old_names) for x in comparison.ties_removed
             if x.source in names and x.target in names]
    if ended:
        sentences.append(tr("Protocol", "Ties that ended although both actors are still there: {names}.")
                         .format(names=_names(ended, tr, limit=5)))
    return ProtocolSection("changes", tr("Protocol", "What changed since {label}?").format(label=since), tuple(sentences))


def new_bridges(earlier: MapState, state: MapState, added: list[Tie]) -> list[Tie]:
    """The added ties whose two actors were both on the earlier map but had no partner in common
    there, nor a tie: ties that open a new way through the network rather than thicken a group."""
    uid = {a.id: a.uid for a in state.actors}
    old_id = {a.uid: a.id for a in earlier.actors}
    graph = build_graph(earlier)
    found = []
    for tie in added:
        a, b = old_id.get(uid.get(tie.source, "")), old_id.get(uid.get(tie.target, ""))
        if a is None or b is None or a == b:
            continue
        try:
            far = nx.shortest_path_length(graph, a, b) > 2
        except nx.NetworkXNoPath:
            far = True
        if far:
            found.append(tie)
    return found


def _priorities(state: MapState, tr: Translate) -> ProtocolSection:
    heading = tr("Protocol", "Priorities")
    actors = sorted((a for a in state.actors if a.dots > 0), key=lambda a: (-a.dots, a.name))
    clusters = sorted((c for c in state.clusters if c.dots > 0), key=lambda c: (-c.dots, c.name))
    if not actors and not clusters:
        return ProtocolSection("priorities", heading, (tr("Protocol", "No priority dots were given."),))
    given = sum(a.dots for a in actors) + sum(c.dots for c in clusters)
    sentences = [tr("Protocol", "The group gave %n priority dots.", None, given)]
    info = state.info
    if info.participants and info.dots_each:
        people = info.participants
        sentences[0] += " " + tr("Protocol", "Each of the %n participants had {each}, {all} in all.", None,
                                 people).format(each=info.dots_each, all=people * info.dots_each)
    if actors:
        top = actors[0].dots
        first = [a.name for a in actors if a.dots == top]
        sentences.append(tr("Protocol", "Most dots (%n) went to {names}.", None, top).format(names=_names(first, tr)))
        rest = [_dots(a.name, a.dots, tr) for a in actors if a.dots < top]
        if rest:
            sentences.append(tr("Protocol", "Further actors with dots: {list}.").format(list=_names(rest, tr)))
    if clusters:
        listed = [_dots(c.name, c.dots, tr) for c in clusters]
        sentences.append(tr("Protocol", "Clusters with dots: {list}.").format(list=_names(listed, tr)))
    return ProtocolSection("priorities", heading, tuple(sentences))


def _dots(name: str, dots: int, tr: Translate) -> str:
    return tr("Protocol", "{name}: %n", None, dots).format(name=name)


def _contacts(state: MapState, tr: Translate) -> ProtocolSection | None:
    """The contact persons of the key actors and of the actors the group prioritised: whom to call next."""
    chosen = [a for a in sorted(state.actors, key=lambda a: (-a.dots, a.name))
              if a.contact is not None and (a.dots > 0 or a.is_key)]
    if not chosen:
        return None
    lines = []
    for actor in chosen:
        contact = actor.contact
        assert contact is not None
        parts = [contact.name + (f" ({contact.role})" if contact.role else ""), contact.email, contact.phone]
        lines.append(tr("Protocol", "{actor}: {contact}").format(actor=actor.name, contact=", ".join(p for p in parts if p)))
    return ProtocolSection("contacts", tr("Protocol", "Contact persons for the next steps"), tuple(lines))
