"""France: the Labour Code, the CNIL and the Conseil d'État."""

from datetime import date

from ..model import Authority, Citation, Representation, Source, member
from ..model import gettext_noop as _


def code_du_travail(article: str, in_force_from: date) -> Source:
    number = article.replace("L", "L. ", 1)
    return Source(
        id=f"code-travail-{article.lower()}",
        kind="statute",
        jurisdiction="FR",
        citation=Citation(
            f"French Labour Code, art. {number}",
            f"Art. {number} Code du travail (Frankreich)",
            f"article {number} du Code du travail",
        ),
        in_force_from=in_force_from,
        url="https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/",
    )


SOURCES = (
    code_du_travail("L1121-1", date(2008, 5, 1)),
    code_du_travail("L1222-4", date(2008, 5, 1)),
    code_du_travail("L2312-38", date(2018, 1, 1)),
    Source(
        id="cnil-san-2023-021",
        kind="decision",
        jurisdiction="FR",
        citation=Citation(
            "CNIL, decision SAN-2023-021 of 27 December 2023 (Amazon France "
            "Logistique), as amended by the Conseil d'État",
            "CNIL, Entscheidung SAN-2023-021 vom 27. Dezember 2023 (Amazon France "
            "Logistique), vom Conseil d'État geändert",
            "CNIL, délibération SAN-2023-021 du 27 décembre 2023 (Amazon France "
            "Logistique), réformée par le Conseil d'État",
        ),
        in_force_from=date(2023, 12, 27),
        amended_on=date(2025, 12, 23),
        superseded_by="ce-2025-492830",
        url="https://gdprhub.eu/index.php?title=CNIL_%28France%29_-_SAN-2023-021",
        note="Fine reduced from €32m to €15m by the Conseil d'État.",
    ),
    Source(
        id="ce-2025-492830",
        kind="judgment",
        jurisdiction="FR",
        citation=Citation(
            "Conseil d'État, 23 December 2025, no. 492830 (Amazon France Logistique)",
            "Conseil d'État, Urt. v. 23.12.2025, Nr. 492830 (Amazon France Logistique)",
            "CE, 23 décembre 2025, n° 492830, Amazon France Logistique",
        ),
        in_force_from=date(2025, 12, 23),
        url="https://www.conseil-etat.fr/fr/arianeweb/CE/decision/2025-12-23/492830",
    ),
    Source(
        id="cnil-san-2024-021",
        kind="decision",
        jurisdiction="FR",
        citation=Citation(
            "CNIL, decision SAN-2024-021 of 19 December 2024",
            "CNIL, Entscheidung SAN-2024-021 vom 19. Dezember 2024",
            "CNIL, délibération SAN-2024-021 du 19 décembre 2024",
        ),
        in_force_from=date(2024, 12, 19),
        url="https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000051120331",
        note="€40,000: continuous video and sound in an office; inactivity counted "
        "after 3-15 minutes and regular screenshots of teleworkers; no DPIA. Made "
        "public 4 February 2025. Legifrance link as quoted by a law firm.",
    ),
    Source(
        id="cnil-monitoring-guidance",
        kind="guideline",
        jurisdiction="FR",
        citation=Citation(
            "CNIL guidance on monitoring at work",
            "CNIL-Leitfaden zur Überwachung am Arbeitsplatz",
            "CNIL, fiches pratiques sur la surveillance au travail",
        ),
        in_force_from=date(2019, 1, 1),
        url="https://www.cnil.fr/fr/travail-et-donnees-personnelles",
    ),
    Source(
        id="cnil-call-recording",
        kind="guideline",
        jurisdiction="FR",
        citation=Citation(
            "CNIL, listening to and recording calls at work (practical guidance)",
            "CNIL, Mithören und Aufzeichnen von Telefonaten am Arbeitsplatz "
            "(Praxishinweis)",
            "CNIL, l'écoute et l'enregistrement des appels sur le lieu de travail "
            "(fiche pratique)",
        ),
        # The page is undated; it restates the conditions of the CNIL's simplified
        # standard no. 57 (deliberation 2014-474 of 27 November 2014).
        in_force_from=date(2014, 11, 27),
        url="https://cnil.fr/fr/lecoute-et-lenregistrement-des-appels-sur-le-lieu-de-travail",
        note="Occasional listening or recording for training, evaluation or service "
        "quality; never permanent or systematic unless a law requires it; "
        "recordings kept at most six months.",
    ),
)

FRANCE = member(
    "FR",
    _("France"),
    "fr",
    authority=Authority(
        "Commission Nationale de l'Informatique et des Libertés (CNIL)",
        ("3 Place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07", "France"),
        "https://www.cnil.fr/fr/plaintes",
    ),
    representation=Representation(
        _("social and economic committee (CSE)"),
        ("code-travail-l2312-38", "code-travail-l1222-4"),
        {
            "information_basis": _(
                "In a company with at least 50 employees, the CSE must be informed and "
                "consulted before any means or technique for monitoring employees' "
                "activity is introduced ({code-travail-l2312-38})."
            ),
            "agreement_basis": _(
                "We ask you to open negotiations on an agreement governing these "
                "systems, and to consult the CSE before any change "
                "({code-travail-l2312-38})."
            ),
            "suspension_basis": _(
                "The CSE must be consulted before monitoring techniques are introduced "
                "({code-travail-l2312-38}), and no information about an employee may "
                "be collected by a device they were not told of "
                "({code-travail-l1222-4})."
            ),
            "employee_information_subject": _(
                "Request to the CSE: information and consultation on monitoring "
                "({code-travail-l2312-38})"
            ),
            "employee_information": (
                _(
                    "In a company with at least 50 employees, the CSE must be informed "
                    "and consulted before any means or technique for monitoring "
                    "employees' activity is introduced ({code-travail-l2312-38}). I ask "
                    "the CSE to obtain full information on: %(practices)s."
                ),
                _(
                    "No information about an employee may be collected by a device that "
                    "was not brought to their attention beforehand "
                    "({code-travail-l1222-4})."
                ),
            ),
        },
    ),
)

JURISDICTIONS = (FRANCE,)
