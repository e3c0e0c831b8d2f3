"""Portugal: the Labour Code's ban on remote surveillance to control performance
(art. 20), the Supreme Court on cameras aimed at workers, and the CNPD."""

from datetime import date

from ..model import Authority, Citation, Source, member, national_act
from ..model import gettext_noop as _

CHECKED = date(2026, 12, 7)

codigo_do_trabalho = national_act(
    "pt-ct",
    "PT",
    Citation(
        "Art. {} Labour Code (Código do Trabalho, Portugal)",
        "Art. {} Código do Trabalho (Portugal)",
        "article {} du Code du travail (Código do Trabalho, Portugal)",
    ),
    # Lei n.º 7/2009 of 12 February, in force 17 February 2009.
    date(2009, 2, 17),
    # The article's text as read (a copy of the Code in force; the official
    # consolidated text is on diariodarepublica.pt).
    "https://sabiasque.pt/codigo-trabalho/1101-artigo-20-meios-de-vigilancia-a-"
    "distancia.html",
)

SOURCES = (
    # (1) no remote surveillance by technological equipment to control the worker's
    # professional performance; (2) lawful for the protection and safety of people
    # and property, or where the nature of the activity requires it; (3) workers
    # told of it, and signs posted; (4) breaching (1) is a very serious offence.
    codigo_do_trabalho("20", "20", "20", "20"),
    Source(
        id="pt-stj-05s3139",
        kind="judgment",
        jurisdiction="PT",
        citation=Citation(
            "Supreme Court of Justice (Portugal), 8 February 2006, case 05S3139",
            "Oberster Gerichtshof (Supremo Tribunal de Justiça, Portugal), Urt. v. "
            "8.2.2006 - 05S3139",
            "Cour suprême de justice (Portugal), 8 février 2006, affaire 05S3139",
        ),
        in_force_from=date(2006, 2, 8),
        url="https://www.dgsi.pt/jstj.nsf/954f0ce6ad9dd8b980256b5f003fa814/"
        "65e859e4729cc7688025712d00421026?OpenDocument",
        note="Cameras aimed at the workstations of a company handling medicines: "
        "unlawful. Surveillance for the safety of people and property is allowed "
        "in places open to the public or to outsiders with a reasonable risk of "
        "crime, as general watching, not aimed at the workers' field of action. "
        "Decided under the 2003 Labour Code, whose art. 20 the 2009 Code keeps.",
    ),
)

PORTUGAL = member(
    "PT",
    _("Portugal"),
    authority=Authority(
        "Comissão Nacional de Proteção de Dados (CNPD)",
        ("Av. D. Carlos I, 134 - 1.º", "1200-651 Lisboa", "Portugal"),
        "https://www.cnpd.pt/",
        website="https://www.cnpd.pt/",
        source="https://github.com/datenanfragen/data/blob/HEAD/"
        "supervisory-authorities/ptcnpd.json",
        checked=CHECKED,
        note="Community-maintained record (datenanfragen, citing the CNPD's "
        "English contact page); not read on the official site. Check the CNPD's "
        "contact page before sending.",
    ),
)

JURISDICTIONS = (PORTUGAL,)
