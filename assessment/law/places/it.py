"""Italy: the Garante's guidance and decisions on monitoring at work.

Italy's record and its statute (Statuto dei lavoratori, art. 4) are in
places/europe.py; this module adds the Garante's guidance and decisions.
"""

from datetime import date

from ..model import Citation, Source

SOURCES = (
    Source(
        id="it-garante-email-metadata-2024",
        kind="guideline",
        jurisdiction="IT",
        citation=Citation(
            "Garante, guidance on e-mail programs at work and metadata, "
            "provv. no. 364 of 6 June 2024",
            "Garante (Italien), Leitlinie zu E-Mail-Diensten am Arbeitsplatz und "
            "Metadaten, provv. Nr. 364 vom 6. Juni 2024",
            "Garante (Italie), document d'orientation sur la messagerie au travail "
            "et les métadonnées, provv. n° 364 du 6 juin 2024",
        ),
        in_force_from=date(2024, 6, 6),
        url="https://iusletter.com/dalla-redazione/diritto-dellimpresa/"
        "information-technology/metadati-della-posta-elettronica-lesito-della-"
        "consultazione-pubblica/",
        note="Mail-server log metadata may normally be kept up to 21 days; longer "
        "needs the art. 4(1) procedure (union agreement or labour inspectorate "
        "authorisation) unless specific technical needs are shown. Replaced the "
        "draft of 21 December 2023 (seven days).",
    ),
    Source(
        id="it-garante-243-2025",
        kind="decision",
        jurisdiction="IT",
        citation=Citation(
            "Garante, provv. no. 243 of 29 April 2025 (Regione Lombardia)",
            "Garante (Italien), provv. Nr. 243 vom 29. April 2025 (Regione Lombardia)",
            "Garante (Italie), provv. n° 243 du 29 avril 2025 (Regione Lombardia)",
        ),
        in_force_from=date(2025, 4, 29),
        url="https://gdprhub.eu/index.php?title="
        "Garante_per_la_protezione_dei_dati_personali_(Italy)_-_10134221",
        note="€50,000: e-mail metadata kept 90 days and browsing logs 365 days "
        "without the art. 4(1) procedure or a DPIA. Doc. web no. 10134221.",
    ),
)
