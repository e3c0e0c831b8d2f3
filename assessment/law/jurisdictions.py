"""Every place the app knows, one record each: the bodies of law that reach it, its
supervisory authority, its workers' representation and the letter paragraphs that
differ there, its document language and where its public holidays come from.

Adding a country is adding a record here (docs/jurisdictions.md). Texts are English
and marked for translation; "{source-id}" in a text becomes that source's citation in
the letter's language.
"""

from dataclasses import dataclass, field

from .model import gettext_noop as _

EU, EEA = "EU", "EEA"


@dataclass(frozen=True, slots=True)
class Authority:
    """The supervisory authority that takes complaints (GDPR Art. 77 or its twin)."""

    name: str
    address: tuple[str, ...]
    complaint_url: str


@dataclass(frozen=True, slots=True)
class Representation:
    """The body that represents workers here and its rights over monitoring.

    `paragraphs` holds what the letters say about those rights, by key:
    information_basis, information_subject, agreement_basis, agreement_subject,
    suspension_basis (council letters); employee_information_subject and
    employee_information (the employee's works-council information letter).
    """

    body: str
    sources: tuple[str, ...]
    paragraphs: dict[str, str | tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    code: str  # ISO 3166-1 alpha-2, or ISO 3166-2 for a US state
    name: str
    within: tuple[str, ...] = ()  # wider bodies of law: EU, EEA; US for a state
    language: str = "en"  # the default language of its documents, among ours
    regime: str = ""  # the data-protection regime the letters rest on: GDPR, UK GDPR
    holidays: tuple[str, str | None] | None = None  # (country, subdivision)
    authority: Authority | None = None
    representation: Representation | None = None
    notice_law: str = ""  # the source id of a state's monitoring-notice law
    has_regions: bool = False  # the questionnaire asks for the state (US)

    @property
    def gdpr_reaches(self) -> bool:
        return bool(self.regime)


def member(code: str, name: str, language: str = "en", **details) -> Jurisdiction:
    """A member state of the EU: the GDPR and EU law such as the AI Act reach it."""
    return Jurisdiction(
        code, name, (EU, EEA), language, "GDPR", (code, None), **details
    )


def eea(code: str, name: str, **details) -> Jurisdiction:
    """An EEA state outside the EU: the GDPR reaches it, the AI Act does not (yet)."""
    return Jurisdiction(code, name, (EEA,), "en", "GDPR", (code, None), **details)


def elsewhere(code: str, name: str, language: str = "en") -> Jurisdiction:
    """A country where the app knows no workplace law: good practice only."""
    return Jurisdiction(code, name, (), language, "", (code, None))


GERMANY = member(
    "DE",
    _("Germany"),
    "de",
    authority=Authority(
        _(
            "The data-protection authority of the Land where the employer is established"
        ),
        (),
        "https://www.bfdi.bund.de/",
    ),
    representation=Representation(
        _("works council"),
        ("betrvg-80-2", "betrvg-87-1-6", "betrvg-90"),
        {
            "information_subject": _(
                "Information on technical monitoring devices ({betrvg-80-2}, "
                "{betrvg-87-1-6})"
            ),
            "information_basis": _(
                "The works council must be informed fully and in good time and may ask "
                "for the documents it needs ({betrvg-80-2}). Devices suitable for "
                "monitoring behaviour or performance are subject to its "
                "co-determination ({betrvg-87-1-6})."
            ),
            "agreement_subject": _(
                "Request to negotiate a works agreement on monitoring ({betrvg-87-1-6})"
            ),
            "agreement_basis": _(
                "The introduction and use of these systems are subject to the works "
                "council's co-determination ({betrvg-87-1-6}). We ask you to open "
                "negotiations on a works agreement ({betrvg-77})."
            ),
            "suspension_basis": _(
                "Systems suitable for monitoring behaviour or performance may not be "
                "introduced or used without the works council's agreement "
                "({betrvg-87-1-6}); a new use of their data needs it too."
            ),
            "employee_information_subject": _(
                "Request to the works council: monitoring devices ({betrvg-80-2}, "
                "{betrvg-87-1-6})"
            ),
            "employee_information": (
                _(
                    "I ask the works council to obtain full information about the "
                    "following systems and the documents needed ({betrvg-80-2}): "
                    "%(practices)s."
                ),
                _(
                    "These systems are suitable for monitoring the behaviour or "
                    "performance of employees. Their introduction and use are subject "
                    "to the works council's co-determination ({betrvg-87-1-6}); until "
                    "an agreement is reached, they may not be introduced or used."
                ),
            ),
        },
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

SPAIN = member(
    "ES",
    _("Spain"),
    "en",
    authority=Authority(
        "Agencia Española de Protección de Datos",
        ("C/ Jorge Juan, 6", "28001 Madrid", "España"),
        "https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/"
        "tramitesEntidadAll.jsf",
    ),
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

IRELAND = member(
    "IE",
    _("Ireland"),
    authority=Authority(
        "Data Protection Commission",
        ("21 Fitzwilliam Square South", "Dublin 2, D02 RD28", "Ireland"),
        "https://dataprotection.ie/en/individuals/exercising-your-rights/"
        "complaints-handling-investigations-and-enforcement-individuals",
    ),
    representation=Representation(
        _("employees' information and consultation forum"),
        ("ie-information-consultation-act-2006",),
        {
            "information_basis": _(
                "Ireland has no statutory works council. Where information and "
                "consultation arrangements exist, or at least 10% of employees ask for "
                "them, the employer must inform and consult employees' representatives "
                "on decisions likely to change how work is organised "
                "({ie-information-consultation-act-2006})."
            ),
        },
    ),
)

NETHERLANDS = member(
    "NL",
    _("Netherlands"),
    authority=Authority(
        "Autoriteit Persoonsgegevens",
        ("Postbus 93374", "2509 AJ Den Haag", "Nederland"),
        "https://www.autoriteitpersoonsgegevens.nl/",
    ),
    representation=Representation(
        _("works council (ondernemingsraad)"),
        ("nl-wor-27-1-l",),
        {
            "information_basis": _(
                "Systems that can monitor employees need the works council's consent "
                "({nl-wor-27-1-l}); to decide, we need full information."
            ),
        },
    ),
)

AUSTRIA = member(
    "AT",
    _("Austria"),
    "de",
    authority=Authority(
        "Österreichische Datenschutzbehörde",
        ("Barichgasse 40-42", "1030 Wien", "Österreich"),
        "https://www.dsb.gv.at/",
    ),
    representation=Representation(
        _("works council (Betriebsrat)"),
        ("at-arbvg-96",),
        {
            "information_basis": _(
                "Control measures that touch human dignity need the works council's "
                "consent ({at-arbvg-96}); to decide, we need full information."
            ),
        },
    ),
)

ITALY = member(
    "IT",
    _("Italy"),
    authority=Authority(
        "Garante per la protezione dei dati personali",
        ("Piazza Venezia, 11", "00187 Roma", "Italia"),
        "https://www.garanteprivacy.it/",
    ),
    representation=Representation(
        _("trade unions (RSA/RSU)"),
        ("it-statuto-4",),
        {
            "information_basis": _(
                "Tools that allow remote control of workers need an agreement with the "
                "unions or an authorisation ({it-statuto-4})."
            ),
        },
    ),
)

UNITED_KINGDOM = Jurisdiction(
    "GB",
    _("United Kingdom"),
    (),
    "en",
    "UK GDPR",
    ("GB", None),
    authority=Authority(
        "Information Commissioner's Office",
        ("Wycliffe House, Water Lane", "Wilmslow, Cheshire SK9 5AF", "United Kingdom"),
        "https://ico.org.uk/make-a-complaint/",
    ),
)

UNITED_STATES = Jurisdiction(
    "US", _("United States"), holidays=("US", None), has_regions=True
)


def us_state(code: str, name: str, notice_law: str = "") -> Jurisdiction:
    return Jurisdiction(
        code, name, ("US",), "en", "", ("US", code[3:]), notice_law=notice_law
    )


JURISDICTIONS: dict[str, Jurisdiction] = {
    j.code: j
    for j in (
        AUSTRIA,
        member(
            "BE",
            _("Belgium"),
            "fr",
            authority=Authority(
                "Autorité de protection des données",
                ("Rue de la Presse 35", "1000 Bruxelles", "Belgique"),
                "https://www.autoriteprotectiondonnees.be/",
            ),
        ),
        member("BG", _("Bulgaria")),
        member("HR", _("Croatia")),
        member("CY", _("Cyprus")),
        member("CZ", _("Czechia")),
        member("DK", _("Denmark")),
        member("EE", _("Estonia")),
        member("FI", _("Finland")),
        FRANCE,
        GERMANY,
        member("GR", _("Greece")),
        member("HU", _("Hungary")),
        eea("IS", _("Iceland")),
        IRELAND,
        ITALY,
        member("LV", _("Latvia")),
        eea("LI", _("Liechtenstein")),
        member("LT", _("Lithuania")),
        member(
            "LU",
            _("Luxembourg"),
            "fr",
            authority=Authority(
                "Commission nationale pour la protection des données",
                ("15, Boulevard du Jazz", "L-4370 Belvaux", "Luxembourg"),
                "https://cnpd.public.lu/",
            ),
        ),
        member("MT", _("Malta")),
        NETHERLANDS,
        eea("NO", _("Norway")),
        member("PL", _("Poland")),
        member("PT", _("Portugal")),
        member("RO", _("Romania")),
        member("SK", _("Slovakia")),
        member("SI", _("Slovenia")),
        SPAIN,
        member("SE", _("Sweden")),
        elsewhere("CH", _("Switzerland")),
        UNITED_KINGDOM,
        UNITED_STATES,
        elsewhere("CA", _("Canada")),
        elsewhere("AU", _("Australia")),
        elsewhere("NZ", _("New Zealand")),
        elsewhere("JP", _("Japan")),
        elsewhere("IN", _("India")),
        elsewhere("BR", _("Brazil")),
        elsewhere("ZA", _("South Africa")),
        elsewhere("SG", _("Singapore")),
        us_state("US-CA", "California"),
        us_state("US-CT", "Connecticut", notice_law="ct-31-48d"),
        us_state("US-DE", "Delaware", notice_law="de-19-705"),
        us_state("US-NY", "New York", notice_law="ny-civil-rights-52-c"),
    )
}
COUNTRIES = tuple(code for code in JURISDICTIONS if "-" not in code)


def jurisdiction(code: str) -> Jurisdiction:
    """The record of a country or US state; an unknown code gets a bare record."""
    return JURISDICTIONS.get(code) or elsewhere(code, code)


def codes_of(country: str, region: str = "") -> frozenset[str]:
    """The bodies of law that reach a workplace, as the codes rules and sources use:
    ANY (good practice), the country, what it is within (EU, EEA), a region of that
    country, and NO-GDPR where neither the GDPR nor the UK GDPR reaches."""
    place = jurisdiction(country)
    codes = {"ANY", country, *place.within}
    if region.startswith(country + "-"):
        codes.add(region)
    if not place.gdpr_reaches:
        codes.add("NO-GDPR")
    return frozenset(codes)


def with_representation(key: str) -> tuple[str, ...]:
    """The codes of the places whose representation has a paragraph for `key`."""
    return tuple(
        code
        for code, place in JURISDICTIONS.items()
        if place.representation and key in place.representation.paragraphs
    )


def with_notice_law() -> tuple[str, ...]:
    return tuple(code for code, place in JURISDICTIONS.items() if place.notice_law)
