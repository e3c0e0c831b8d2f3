"""Spain: the LOPDGDD's digital rights at work and the Workers' Statute."""

from datetime import date

from ..model import Authority, Citation, Representation, Source, member
from ..model import gettext_noop as _

LOPDGDD_URL = "https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673"
ET_URL = "https://www.boe.es/buscar/act.php?id=BOE-A-2015-11430"


def lopdgdd(article: str) -> Source:
    return Source(
        id=f"lopdgdd-art-{article}",
        kind="statute",
        jurisdiction="ES",
        citation=Citation(
            f"Art. {article} LOPDGDD (Spain)",
            f"Art. {article} LOPDGDD (Spanien)",
            f"article {article} de la LOPDGDD (Espagne)",
        ),
        in_force_from=date(2018, 12, 7),
        url=LOPDGDD_URL,
    )


def estatuto(ident: str, en: str, de: str, fr: str, in_force_from: date) -> Source:
    return Source(
        id=f"et-art-{ident}",
        kind="statute",
        jurisdiction="ES",
        citation=Citation(
            f"Art. {en} Workers' Statute (ET, Spain)",
            f"Art. {de} Estatuto de los Trabajadores (Spanien)",
            f"article {fr} du Statut des travailleurs (Espagne)",
        ),
        in_force_from=in_force_from,
        url=ET_URL,
    )


SOURCES = (
    *(lopdgdd(article) for article in ("87", "88", "89", "90", "91")),
    estatuto("20-3", "20(3)", "20 Abs. 3", "20.3", date(2015, 11, 13)),
    estatuto("20-bis", "20 bis", "20 bis", "20 bis", date(2018, 12, 7)),
    # Added by Royal Decree-Law 9/2021 with effect from 12 August 2021, kept in the
    # same words by Law 12/2021 ("Ley Rider").
    estatuto("64-4-d", "64(4)(d)", "64 Abs. 4 Buchst. d", "64.4.d)", date(2021, 8, 12)),
    estatuto(
        "64-5-f", "64(5)(f)", "64 Abs. 5 Buchst. f", "64.5.f)", date(2015, 11, 13)
    ),
    Source(
        id="aepd-guide-employment-2021",
        kind="guideline",
        jurisdiction="ES",
        citation=Citation(
            "AEPD guide on data protection in employment relations (May 2021)",
            "AEPD-Leitfaden zum Datenschutz in Arbeitsverhältnissen (Mai 2021)",
            "guide de l'AEPD sur la protection des données dans les relations de "
            "travail (mai 2021)",
        ),
        in_force_from=date(2021, 5, 1),
        url="https://www.aepd.es/guias/la-proteccion-de-datos-en-las-relaciones-laborales.pdf",
    ),
)

SPAIN = member(
    "ES",
    _("Spain"),
    "en",
    authority=Authority(
        "Agencia Española de Protección de Datos",
        ("C/ Jorge Juan, 6", "28001 Madrid", "España"),
        "https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/"
        "tramitesEntidadAll.jsf",
        website="https://www.aepd.es/",
        # So the questionnaire does not ask for the autonomous community.
        note="The regional authorities (Catalonia's APDCAT, the Basque AVPD, "
        "Andalusia's CTPDA) supervise their public sector and bodies providing "
        "public services; a private employer's staff complain to the AEPD. An "
        "inference from the regional authorities' scope (no source says it in so "
        "many words), checked 7 December 2026 against APDCAT's scope page: "
        "https://apdcat.gencat.cat/es/documentacio/preguntes-frequents/"
        "Ambit-actuacio-Autoritat-Catalana-de-Proteccio-de-Dades/index.html",
    ),
    letters={
        "complaint_note": _(
            "The AEPD takes complaints on its own official forms: I am filing this "
            "letter with that form, through its electronic office."
        ),
    },
    representation=Representation(
        _("works council (comité de empresa) or staff delegates"),
        ("et-art-64-4-d", "et-art-64-5-f", "lopdgdd-art-87"),
        {
            "information_basis": _(
                "The works council (or the staff delegates) must be told the "
                "parameters, rules and instructions of any algorithm or AI system that "
                "affects decisions on working conditions or employment "
                "({et-art-64-4-d}), may report before systems for controlling work are "
                "introduced or changed ({et-art-64-5-f}), and takes part in setting "
                "the rules for using digital devices ({lopdgdd-art-87})."
            ),
        },
    ),
)

JURISDICTIONS = (SPAIN,)
