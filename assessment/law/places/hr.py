"""Croatia: the national rule on biometrics at work. The place's record (authority,
representation) is still the generic one in others.py."""

from datetime import date

from ..model import Citation, Source

SOURCES = (
    Source(
        id="hr-gdpr-act-23",
        kind="statute",
        jurisdiction="HR",
        citation=Citation(
            "Croatia, Act on the Implementation of the General Data Protection "
            "Regulation (Zakon o provedbi Opće uredbe o zaštiti podataka, NN 42/18), "
            "art. 23",
            "Kroatien, Gesetz zur Durchführung der Datenschutz-Grundverordnung "
            "(Zakon o provedbi Opće uredbe o zaštiti podataka, NN 42/18), Art. 23",
            "Croatie, loi d'application du règlement général sur la protection des "
            "données (Zakon o provedbi Opće uredbe o zaštiti podataka, NN 42/18), "
            "art. 23",
        ),
        in_force_from=date(2018, 5, 25),
        url="https://narodne-novine.nn.hr/clanci/sluzbeni/2018_05_42_805.html",
        note="Employees' biometric data may be processed to record working time and "
        "entry to and exit from the premises, where a law prescribes it or as an "
        "alternative to other solutions, with the employee's explicit consent; an "
        "alternative must be offered to those who do not consent.",
    ),
)
