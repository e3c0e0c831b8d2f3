"""Denmark: Datatilsynet on informing employees of control measures."""

from datetime import date

from ..model import Authority, Citation, Source, member
from ..model import gettext_noop as _

CHECKED = date(2026, 12, 7)

SOURCES = (
    Source(
        id="dk-datatilsynet-naevnenes-hus-2020",
        kind="decision",
        jurisdiction="DK",
        citation=Citation(
            "Datatilsynet (Denmark), supervision of Nævnenes Hus, 7 August 2020, "
            "j.nr. 2019-421-0034",
            "Datatilsynet (Dänemark), Aufsicht über Nævnenes Hus, 7. August 2020, "
            "Az. 2019-421-0034",
            "Datatilsynet (Danemark), contrôle de Nævnenes Hus, 7 août 2020, "
            "n° 2019-421-0034",
        ),
        in_force_from=date(2020, 8, 7),
        url="https://www.datatilsynet.dk/afgoerelser/afgoerelser/2020/aug/"
        "tilsyn-med-naevnenes-hus",
        note="Criticism: employees were not told clearly enough, and beforehand, "
        "who controlled the data from control measures, for what purpose, on "
        "what basis, which data, to whom and for how long.",
    ),
)

DENMARK = member(
    "DK",
    _("Denmark"),
    authority=Authority(
        "Datatilsynet",
        ("Carl Jacobsens Vej 35", "2500 Valby", "Danmark"),
        "https://www.datatilsynet.dk/om-datatilsynet/kontakt/",
        website="https://www.datatilsynet.dk/",
        source="https://admin.datatilsynet.dk/kontakt/skriv-til-os/naar-du-skriver-til-os",
        checked=CHECKED,
        note="The address Datatilsynet gives on its page on writing to it; it also "
        "takes letters through Digital Post.",
    ),
)

JURISDICTIONS = (DENMARK,)
