"""The Netherlands: the works council's consent to monitoring systems (WOR art. 27)
and the Autoriteit Persoonsgegevens' decisions on employees' data."""

from datetime import date

from ..model import (
    Authority,
    Citation,
    Representation,
    Source,
    member,
    national_act,
)
from ..model import gettext_noop as _

CHECKED = date(2026, 12, 7)
# The AP's own letterhead on its decision on the objection to the fingerprint fine
# (published among Woo documents, 22 November 2023).
AP_LETTERHEAD = "https://autoriteitpersoonsgegevens.nl/uploads/2023-11/Woo-stukken%202023-223656.pdf"


wor = national_act(
    "nl-wor",
    "NL",
    Citation(
        "Art. {} Works Councils Act (WOR, Netherlands)",
        "Art. {} Wet op de ondernemingsraden (WOR, Niederlande)",
        "article {} de la loi sur les conseils d'entreprise (WOR, Pays-Bas)",
    ),
    date(1998, 3, 1),
    "https://wetten.overheid.nl/BWBR0002747/",
)


SOURCES = (
    # Consent to arrangements on systems aimed at, or suited to, observing or
    # checking employees' attendance, behaviour or performance.
    wor("27-1-l", "27(1)(l)", "27 Abs. 1 Buchst. l", "27, paragraphe 1, point l),"),
    # Without consent the employer may not, in principle, use the system; it may
    # ask the subdistrict court for leave.
    wor("27-4", "27(4)", "27 Abs. 4", "27, paragraphe 4,"),
    Source(
        id="nl-ap-fingerprints-2019",
        kind="decision",
        jurisdiction="NL",
        citation=Citation(
            "Autoriteit Persoonsgegevens, fine decision of 4 December 2019 "
            "(fingerprints of employees, published 30 April 2020)",
            "Autoriteit Persoonsgegevens (Niederlande), Bußgeldbescheid vom "
            "4. Dezember 2019 (Fingerabdrücke von Beschäftigten, veröffentlicht am "
            "30. April 2020)",
            "Autoriteit Persoonsgegevens (Pays-Bas), décision de sanction du "
            "4 décembre 2019 (empreintes digitales des salariés, publiée le "
            "30 avril 2020)",
        ),
        in_force_from=date(2019, 12, 4),
        url="https://autoriteitpersoonsgegevens.nl/uploads/imported/"
        "boetebesluit_vingerafdrukken_personeel.pdf",
        note="€725,000: fingerprints of 337 employees used to clock in and out, "
        "from 25 May 2018 to 16 April 2019, without explicit consent or a need for "
        "authentication or security; former employees' prints kept. The company "
        "objected; the AP decided the objection (Woo documents of 22 November "
        "2023), whose outcome was not read.",
    ),
)

NETHERLANDS = member(
    "NL",
    _("Netherlands"),
    authority=Authority(
        "Autoriteit Persoonsgegevens",
        ("Postbus 93374", "2509 AJ Den Haag", "Nederland"),
        "https://www.autoriteitpersoonsgegevens.nl/",
        website="https://www.autoriteitpersoonsgegevens.nl/",
        source=AP_LETTERHEAD,
        checked=CHECKED,
        note="The PO box on the AP's letterhead in its 2019 fine decision and its "
        "2023 decision on the objection (read in the avgtekst.nl copies); the "
        "visiting address there is Bezuidenhoutseweg 30, 2594 AV Den Haag.",
    ),
    representation=Representation(
        _("works council (ondernemingsraad)"),
        ("nl-wor-27-1-l", "nl-wor-27-4"),
        {
            "information_basis": _(
                "Systems that can monitor employees need the works council's consent "
                "({nl-wor-27-1-l}); without it the employer may not use them unless "
                "the subdistrict court gives leave ({nl-wor-27-4}). To decide, we "
                "need full information."
            ),
        },
    ),
)

JURISDICTIONS = (NETHERLANDS,)
