"""One plain-language sentence per measure and gap, in German and English.

Most users are not network scientists (DOMAIN.md): every figure needs "Wer verbindet?", "Wer fehlt?",
"Wo bricht das Netz?". Kept as plain data keyed by the codes the report uses (actor fields, gap keys,
network fields); the UI routes them through Qt's translation system, the CLI prints them as they are.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["EXPLANATIONS", "explain"]

_TEXTS: dict[str, tuple[str, str]] = {
    # Actor measures
    "degree": (
        "Mit wie vielen anderen steht dieser Akteur direkt in Verbindung?",
        "How many others is this actor directly connected with?",
    ),
    "degree_centrality": (
        "Welcher Anteil aller anderen Akteure ist direkt mit diesem verbunden?",
        "What share of all other actors is directly connected with this one?",
    ),
    "in_degree": (
        "Wie viele Verbindungen gehen von anderen zu diesem Akteur?",
        "How many ties run from others to this actor?",
    ),
    "out_degree": (
        "Wie viele Verbindungen gehen von diesem Akteur zu anderen?",
        "How many ties run from this actor to others?",
    ),
    "strength": (
        "Wie viele und wie starke Verbindungen hat dieser Akteur zusammengenommen?",
        "How many and how strong are this actor's ties, taken together?",
    ),
    "betweenness": (
        "Wer verbindet Gruppen, die sonst nichts voneinander wissen?",
        "Who links groups that would otherwise know nothing of each other?",
    ),
    "closeness": (
        "Wer erreicht alle anderen über die wenigsten Zwischenschritte?",
        "Who reaches everyone else in the fewest steps?",
    ),
    "eigenvector": (
        "Wer ist mit Akteuren verbunden, die selbst gut vernetzt sind?",
        "Who is connected to actors who are well connected themselves?",
    ),
    "pagerank": (
        "Bei wem landet man am ehesten, wenn man den Verbindungen im Netz folgt?",
        "Where do you most likely end up when you follow the ties through the network?",
    ),
    "constraint": (
        "Wie sehr kennen sich die Kontakte dieses Akteurs schon untereinander, sodass er wenig vermitteln kann?",
        "How far do this actor's contacts already know each other, leaving it little to broker?",
    ),
    "effective_size": (
        "Zu wie vielen getrennten Kreisen hat dieser Akteur Zugang?",
        "How many separate circles does this actor have access to?",
    ),
    "community": (
        "Zu welcher Gruppe gehört dieser Akteur, die untereinander enger verbunden ist als mit dem Rest?",
        "Which group, more closely tied within than to the rest, does this actor belong to?",
    ),
    "articulation_point": (
        "Zerfällt das Netz, wenn dieser Akteur wegfällt?",
        "Does the network fall apart if this actor leaves?",
    ),
    "cuts_off": (
        "Wie viele Akteure verlieren den Anschluss, wenn dieser Akteur wegfällt?",
        "How many actors lose their connection if this actor leaves?",
    ),
    "k_core": (
        "Wie tief steckt dieser Akteur im dichten Kern des Netzes statt am Rand?",
        "How deep inside the dense core of the network, rather than at its edge, is this actor?",
    ),
    "brokerage": (
        "Wie oft vermittelt dieser Akteur zwischen zwei anderen, die keine direkte Verbindung haben?",
        "How often does this actor broker between two others who have no direct tie?",
    ),
    "coordinator": (
        "Wie oft vermittelt der Akteur innerhalb der eigenen Gruppe?",
        "How often does the actor broker within its own group?",
    ),
    "itinerant": (
        "Wie oft vermittelt der Akteur zwischen zwei Mitgliedern einer anderen Gruppe?",
        "How often does the actor broker between two members of another group?",
    ),
    "representative": (
        "Wie oft trägt der Akteur etwas aus der eigenen Gruppe zu einer anderen Gruppe?",
        "How often does the actor carry something from its own group to another group?",
    ),
    "gatekeeper": (
        "Wie oft lässt der Akteur etwas von außen in die eigene Gruppe hinein?",
        "How often does the actor let something from outside into its own group?",
    ),
    "liaison": (
        "Wie oft verbindet der Akteur zwei andere Gruppen, zu denen er selbst nicht gehört?",
        "How often does the actor link two other groups it does not belong to itself?",
    ),
    # Network figures
    "density": (
        "Welcher Anteil aller möglichen Verbindungen besteht tatsächlich?",
        "What share of all possible ties actually exists?",
    ),
    "components": (
        "In wie viele Teile, die keinerlei Verbindung zueinander haben, zerfällt das Netz?",
        "Into how many parts with no connection at all between them does the network fall?",
    ),
    "average_distance": (
        "Über wie viele Zwischenschritte erreichen sich zwei Akteure im Durchschnitt?",
        "Through how many steps do two actors reach each other on average?",
    ),
    "modularity": (
        "Wie deutlich zerfällt das Netz in Gruppen, die vor allem unter sich bleiben?",
        "How clearly does the network split into groups that keep mostly to themselves?",
    ),
    "clusters": (
        "Wie gut stimmen die von Hand gezeichneten Cluster mit den gefundenen Gruppen überein?",
        "How well do the hand-drawn clusters match the groups found in the ties?",
    ),
    "bridges": (
        "Welche einzelne Verbindung hält zwei Teile des Netzes zusammen?",
        "Which single tie holds two parts of the network together?",
    ),
    "what_if": (
        "Was passiert mit dem Netz, wenn dieser Akteur wegfällt?",
        "What happens to the network if this actor leaves?",
    ),
    # Gaps
    "missing_categories": (
        "Welche Akteursgruppen fehlen ganz auf der Karte?",
        "Which groups of actors are missing from the map altogether?",
    ),
    "isolated_actors": (
        "Wer steht auf der Karte, hat aber mit niemandem eine Verbindung?",
        "Who is on the map but connected to no one?",
    ),
    "single_points_of_failure": (
        "Wo bricht das Netz, wenn jemand wegfällt?",
        "Where does the network break if someone leaves?",
    ),
    "peripheral_categories": (
        "Welche Akteursgruppen sind nur am Rand, mit höchstens einer Verbindung je Akteur, dabei?",
        "Which groups of actors are only on the edge, with at most one tie per actor?",
    ),
    "missing_districts": (
        "In welchen Stadtteilen gibt es noch keinen einzigen Akteur?",
        "Which districts do not have a single actor yet?",
    ),
    "fields_without_ties": (
        "In welchen Handlungsfeldern gibt es noch keine einzige Zusammenarbeit?",
        "Which fields of action have no tie at all yet?",
    ),
    "not_reached": (
        "Wer wurde vom Prozess noch nicht erreicht oder nur informiert, nicht beteiligt?",
        "Who has not been reached by the process yet, or only been informed rather than involved?",
    ),
    "unconnected_communities": (
        "Welche Gruppen haben keine direkte Verbindung zueinander, und wer könnte sie zusammenbringen?",
        "Which groups have no direct tie to each other, and who could bring them together?",
    ),
    "key_actors": (
        "Wie sehr hängt das Netz an den Schlüsselakteuren?",
        "How much does the network hang on its key actors?",
    ),
}

EXPLANATIONS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(_TEXTS)
"""code -> (German, English) sentence; codes are the report's field names."""


def explain(code: str, language: str = "de") -> str:
    """The sentence for `code` in `language` ("de" or "en"); KeyError for an unknown code.

    >>> explain("betweenness", "en")
    'Who links groups that would otherwise know nothing of each other?'
    """
    german, english = EXPLANATIONS[code]
    return english if language == "en" else german
