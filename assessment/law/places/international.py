"""Good practice that reaches every workplace: the ILO's code of practice."""

from datetime import date

from ..model import Citation, Source

SOURCES = (
    Source(
        id="ilo-code-1997",
        kind="code_of_practice",
        jurisdiction="ANY",
        citation=Citation(
            "ILO Code of Practice on the Protection of Workers' Personal Data (1997)",
            "IAO-Verhaltenskodex zum Schutz personenbezogener Daten der "
            "Arbeitnehmer (1997)",
            "Recueil de directives pratiques du BIT sur la protection des données "
            "personnelles des travailleurs (1997)",
        ),
        in_force_from=date(1997, 6, 5),
        url="https://www.ilo.org/public/english/protection/condtrav/publ/wc-code-97.htm",
    ),
)
