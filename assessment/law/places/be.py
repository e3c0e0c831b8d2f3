"""Belgium: the National Labour Council's agreements on cameras (CCT n° 68) and on
electronic communications (CCT n° 81), and the Data Protection Authority.

Both agreements were made binding on all private employers by royal decree. They
allow monitoring only for listed purposes, require workers and the works council to
be told beforehand, and CCT n° 68 does not allow cameras to film workers
continuously to check their work.
"""

from datetime import date

from ..model import Authority, Citation, Representation, Source, member
from ..model import gettext_noop as _

CHECKED = date(2026, 12, 7)
COMPLAINTS = (
    "https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte"
)

SOURCES = (
    # Made binding by the royal decree of 20 September 1998 (Moniteur belge,
    # 2 October 1998). Art. 4: security and health, the company's property, the
    # production process, the worker's work (not filming the worker permanently).
    Source(
        id="be-cct-68",
        kind="regulation",
        jurisdiction="BE",
        citation=Citation(
            "Collective Labour Agreement No. 68 of 16 June 1998 on camera "
            "surveillance at work (Belgium)",
            "Kollektives Arbeitsabkommen Nr. 68 vom 16. Juni 1998 über die "
            "Kameraüberwachung am Arbeitsplatz (Belgien)",
            "convention collective de travail n° 68 du 16 juin 1998 relative à la "
            "surveillance par caméras sur le lieu du travail",
        ),
        in_force_from=date(1998, 6, 16),
        url="https://www.ccvs.be/informatie/wetgeving/categorie-lois/"
        "convention-collective-de-travail-16-juin-1998-cct-68-cameras-sur-le-lieu-"
        "de-travail",
    ),
    # Made binding by the royal decree of 12 June 2002 (Moniteur belge, 29 June
    # 2002): monitoring of e-mail, web and other network communication data only for
    # listed purposes, announced beforehand, individualised step by step.
    Source(
        id="be-cct-81",
        kind="regulation",
        jurisdiction="BE",
        citation=Citation(
            "Collective Labour Agreement No. 81 of 26 April 2002 on the monitoring "
            "of electronic online communication data (Belgium)",
            "Kollektives Arbeitsabkommen Nr. 81 vom 26. April 2002 über die "
            "Kontrolle elektronischer Online-Kommunikationsdaten (Belgien)",
            "convention collective de travail n° 81 du 26 avril 2002 relative au "
            "contrôle des données de communication électroniques en réseau",
        ),
        in_force_from=date(2002, 4, 26),
        url="https://www.etaamb.be/fr/arrete-royal-du-12-juin-2002_n2002012699.html",
    ),
    Source(
        id="be-apd-154-2023",
        kind="decision",
        jurisdiction="BE",
        citation=Citation(
            "Belgian Data Protection Authority (Litigation Chamber), decision "
            "154/2023 of 23 November 2023",
            "Belgische Datenschutzbehörde (Streitsachenkammer), Entscheidung "
            "154/2023 vom 23. November 2023",
            "Autorité de protection des données (Chambre Contentieuse), décision "
            "154/2023 du 23 novembre 2023",
        ),
        in_force_from=date(2023, 11, 23),
        url="https://gdprhub.eu/index.php?title=APD/GBA_(Belgium)_-_154/2023",
        note="Cameras in six shops, announced for security, kept the staff under "
        "constant watch and fed a security firm's remarks on their work: a breach "
        "of data minimisation (Art. 5(1)(c) GDPR) and of CCT n° 68. As summarised "
        "on GDPRhub (the decision is in Dutch).",
    ),
)

BELGIUM = member(
    "BE",
    _("Belgium"),
    "fr",
    authority=Authority(
        "Autorité de protection des données",
        ("Rue de la Presse 35", "1000 Bruxelles", "Belgique"),
        COMPLAINTS,
        website="https://www.autoriteprotectiondonnees.be/",
        source=COMPLAINTS,
        checked=CHECKED,
        note="The complaint page asks for a dated, signed complaint in French, "
        "Dutch or German, by post to this address or through the site; the "
        "English privacy statement (dataprotectionauthority.be) gives the same "
        "address.",
    ),
    representation=Representation(
        _("works council (conseil d'entreprise)"),
        ("be-cct-68", "be-cct-81"),
        {
            "information_basis": _(
                "Before cameras are used at work, the works council and the workers "
                "must be told their purpose, whether images are kept, how many "
                "cameras there are, where, and when they run ({be-cct-68}). Before "
                "electronic communication data are monitored, they must be told of "
                "every aspect of the monitoring, and the council reviews the "
                "systems in use ({be-cct-81}). To do so, we need full information."
            ),
        },
    ),
)

JURISDICTIONS = (BELGIUM,)
