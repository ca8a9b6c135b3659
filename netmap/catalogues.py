"""Default catalogues of a new project, taken from the WIR handbook (see DOMAIN.md).

Every project gets its own editable copy; the keys are stable identifiers, the labels are German and
English. Colours group related categories (public bodies in blues, education in greens, civil
society in oranges, faith in purple) so a poster stays readable with 30 categories.
"""

from __future__ import annotations

from netmap.domain import CatalogueEntry, CatalogueKind

__all__ = ["default_catalogues", "LOWEST_STAGES"]

_CATEGORIES: list[tuple[str, str, str, str]] = [
    ("verwaltung", "Verwaltung", "Administration", "#1f4e99"),
    ("politik", "Politik", "Politics", "#3a6fc4"),
    ("buergermeisteramt", "Bürgermeisteramt", "Mayor's office", "#0b2e6b"),
    ("beauftragte", "Beauftragte", "Commissioners (women, children, seniors, integration)", "#5b8fd9"),
    ("schulen", "Schulen", "Schools", "#2e8b57"),
    ("kitas", "Kindertageseinrichtungen", "Day-care centres", "#66bb6a"),
    ("hochschulen", "Universitäten/Hochschulen", "Universities", "#1b5e20"),
    ("bildungstraeger", "Bildungsträger", "Education providers", "#9ccc65"),
    ("religion", "Religions-/Glaubensgemeinschaften", "Faith communities", "#7b3fa0"),
    ("vereine", "Vereine", "Clubs and associations", "#f08c00"),
    ("initiativen", "Initiativen", "Citizens' initiatives", "#ffb74d"),
    ("migrantenorganisationen", "Migrant*innenorganisationen", "Migrant organisations", "#d9480f"),
    ("sozialverbaende", "Sozialverbände", "Social associations", "#c2185b"),
    ("wohlfahrtsverbaende", "Wohlfahrtsverbände", "Welfare associations", "#e75480"),
    ("beratungsstellen", "Beratungsstellen", "Counselling services", "#f06292"),
    ("netzwerke", "Netzwerke", "Networks", "#00838f"),
    ("arbeitskreise", "Arbeitskreise", "Working groups", "#26a69a"),
    ("beiraete", "Interessenvertretungen und Beiräte", "Advocacy bodies and advisory councils", "#00695c"),
    ("expertinnen", "Expertinnen/Experten", "Experts", "#607d8b"),
    ("kammern", "Kammern", "Chambers (commerce, crafts)", "#8d6e63"),
    ("wirtschaftsfoerderung", "Wirtschaftsförderung", "Economic development", "#a1887f"),
    ("unternehmen", "Unternehmen", "Companies", "#5d4037"),
    ("jobcenter", "Jobcenter/Agentur für Arbeit", "Job centre / employment agency", "#795548"),
    ("polizei", "Polizei", "Police", "#37474f"),
    ("stadtteilzentren", "Stadtteilzentren / Nachbarschaftszentren", "Community centres", "#fbc02d"),
    ("familienzentren", "Familienzentren", "Family centres", "#fdd835"),
    ("wohnungsbau", "Kommunale Wohnungsbaugesellschaft", "Municipal housing company", "#827717"),
    ("engagierte", "Freiwillig Engagierte (Lotsen, Mentoren, Paten)", "Volunteers (guides, mentors, sponsors)",
     "#ff8a65"),
    ("gefluechtete", "Menschen mit Fluchtgeschichte", "People with a refugee background", "#bf360c"),
    ("stadtbevoelkerung", "Stadtbevölkerung", "Residents", "#9e9e9e"),
    ("landkreis", "Landkreis", "County", "#283593"),
    ("medien", "Medien", "Media", "#455a64"),
]

_TIE_KINDS: list[tuple[str, str, str, str, str]] = [
    ("kooperation", "Kooperation", "Cooperation", "#2e7d32", "solid"),
    ("information", "Informationsaustausch", "Information exchange", "#1565c0", "dash"),
    ("finanzierung", "Finanzierung/Förderung", "Funding", "#ef6c00", "solid"),
    ("weisung", "Formale Weisung/Zuständigkeit", "Formal authority", "#37474f", "solid"),
    ("mitgliedschaft", "Mitgliedschaft", "Membership", "#6a1b9a", "dot"),
    ("vermittlung", "Vermittlung/Verweisung", "Referral", "#00838f", "dash"),
    ("konflikt", "Konflikt/Spannung", "Conflict/tension", "#c62828", "dot"),
]

_FIELDS: list[tuple[str, str, str]] = [
    ("sprache_bildung", "Sprache und Bildung", "Language and education"),
    ("arbeit_wirtschaft", "Arbeit und Wirtschaft", "Work and economy"),
    ("wohnen_sozialraum", "Wohnen und Sozialraum", "Housing and neighbourhood"),
    ("gesundheit", "Gesundheit", "Health"),
    ("sport_kultur", "Sport und Kultur", "Sport and culture"),
    ("vereine_ehrenamt", "Vereine, Kultur und Ehrenamt", "Clubs, culture and volunteering"),
    ("interreligioes", "Interreligiöser Dialog", "Interfaith dialogue"),
    ("oeffnung_verwaltung", "Interkulturelle Öffnung der Verwaltung", "Intercultural opening of the administration"),
    ("oeffnung_gemeinwesen", "Interkulturelle Öffnung des Gemeinwesens und gesellschaftliche Teilhabe",
     "Intercultural opening of the community and participation"),
    ("inklusion", "Barrierefreiheit und Inklusion", "Accessibility and inclusion"),
    ("jugend", "Jugend und Zukunft", "Youth and future"),
    ("vielfalt", "Vielfaltsdimensionen", "Dimensions of diversity"),
]

# The participation ladder after Hart and Arnstein, lowest first; rank 0 and 1 are no participation.
_STAGES: list[tuple[str, str, str, str]] = [
    ("dekoration", "Dekoration", "Decoration", "#bdbdbd"),
    ("anweisung", "Anweisung", "Instruction", "#9e9e9e"),
    ("information", "Information", "Information", "#90caf9"),
    ("anhoerung", "Anhörung", "Consultation", "#42a5f5"),
    ("mitbestimmung", "Mitbestimmung", "Co-determination", "#66bb6a"),
    ("selbstbestimmung", "Selbstbestimmung", "Self-determination", "#2e7d32"),
    ("selbstorganisation", "Selbstorganisation", "Self-organisation", "#1b5e20"),
]

LOWEST_STAGES = frozenset({"dekoration", "anweisung"})
"""Stages the ladder counts as no participation at all."""


def default_catalogues() -> dict[CatalogueKind, list[CatalogueEntry]]:
    """Fresh copies of the default catalogues. Districts start empty: every town has its own."""
    return {
        CatalogueKind.CATEGORY: [
            CatalogueEntry(k, de, en, colour, rank=i) for i, (k, de, en, colour) in enumerate(_CATEGORIES)
        ],
        CatalogueKind.TIE_KIND: [
            CatalogueEntry(k, de, en, colour, rank=i, style=style)
            for i, (k, de, en, colour, style) in enumerate(_TIE_KINDS)
        ],
        CatalogueKind.FIELD: [CatalogueEntry(k, de, en, rank=i) for i, (k, de, en) in enumerate(_FIELDS)],
        CatalogueKind.DISTRICT: [],
        CatalogueKind.STAGE: [
            CatalogueEntry(k, de, en, colour, rank=i) for i, (k, de, en, colour) in enumerate(_STAGES)
        ],
    }
