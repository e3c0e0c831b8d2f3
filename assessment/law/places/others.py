"""The other countries the questionnaire offers: EU and EEA members whose national
workplace law the app does not cite yet, and countries where only good practice
applies. A place with a module of its own replaces its record here."""

from ..model import Authority, eea, elsewhere, member
from ..model import gettext_noop as _

JURISDICTIONS = (
    member("BG", _("Bulgaria")),
    member("HR", _("Croatia")),
    member("CY", _("Cyprus")),
    member("CZ", _("Czechia")),
    member("EE", _("Estonia")),
    member("FI", _("Finland")),
    member("GR", _("Greece")),
    member("HU", _("Hungary")),
    eea("IS", _("Iceland")),
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
    eea("NO", _("Norway")),
    member("RO", _("Romania")),
    member("SK", _("Slovakia")),
    member("SI", _("Slovenia")),
    elsewhere("CH", _("Switzerland")),
    elsewhere("CA", _("Canada")),
    elsewhere("AU", _("Australia")),
    elsewhere("NZ", _("New Zealand")),
    elsewhere("JP", _("Japan")),
    elsewhere("IN", _("India")),
    elsewhere("BR", _("Brazil")),
    elsewhere("ZA", _("South Africa")),
    elsewhere("SG", _("Singapore")),
)
