"""The European Court of Human Rights: its judgments on monitoring at work.

The Convention binds every EEA state and the United Kingdom; each judgment is recorded
twice, once where the GDPR reaches and once for Great Britain, as the GDPR's articles
are, so that a rule cites it wherever it applies."""

from datetime import date

from ..model import Citation, Source


def judgment(ident: str, citation: Citation, day: date, url: str, note: str):
    """The judgment as the EEA's record and its twin for Great Britain."""
    return tuple(
        Source(
            id=f"{ident}{suffix}",
            kind="judgment",
            jurisdiction=where,
            citation=citation,
            in_force_from=day,
            url=url,
            note=note,
        )
        for suffix, where in (("", "EEA"), ("-gb", "GB"))
    )


SOURCES = (
    *judgment(
        "echr-barbulescu-2017",
        Citation(
            "ECtHR (Grand Chamber), Bărbulescu v. Romania, no. 61496/08, "
            "5 September 2017, § 121",
            "EGMR (Große Kammer), Bărbulescu gegen Rumänien, Nr. 61496/08, "
            "5. September 2017, Rn. 121",
            "CEDH (Grande Chambre), Bărbulescu c. Roumanie, n° 61496/08, "
            "5 septembre 2017, § 121",
        ),
        date(2017, 9, 5),
        "https://hudoc.echr.coe.int/eng?i=001-177082",
        "The criteria for monitoring an employee's communications: prior notice of "
        "its possibility and extent, its extent and intrusiveness, a legitimate "
        "reason, less intrusive means, the consequences, adequate safeguards.",
    ),
    *judgment(
        "echr-lopez-ribalda-2019",
        Citation(
            "ECtHR (Grand Chamber), López Ribalda and Others v. Spain, nos. 1874/13 "
            "and 8567/13, 17 October 2019, §§ 123-137",
            "EGMR (Große Kammer), López Ribalda u. a. gegen Spanien, Nr. 1874/13 "
            "und 8567/13, 17. Oktober 2019, Rn. 123-137",
            "CEDH (Grande Chambre), López Ribalda et autres c. Espagne, nos 1874/13 "
            "et 8567/13, 17 octobre 2019, §§ 123-137",
        ),
        date(2019, 10, 17),
        "https://laweuro.com/?p=9705",
        "Hidden cameras over the checkouts for about ten days, on a reasonable "
        "suspicion of serious misconduct and large losses, footage seen by few: "
        "no violation of Article 8.",
    ),
    *judgment(
        "echr-kopke-2010",
        Citation(
            "ECtHR, Köpke v. Germany (dec.), no. 420/07, 5 October 2010",
            "EGMR, Köpke gegen Deutschland (Entsch.), Nr. 420/07, 5. Oktober 2010",
            "CEDH, Köpke c. Allemagne (déc.), n° 420/07, 5 octobre 2010",
        ),
        date(2010, 10, 5),
        "https://app.lexploria.com/document/860334-kopke-v-germany-dec",
        "Covert filming of a cash desk for two weeks, started only after a "
        "suspicion of theft, with no other means to clear it up: inadmissible.",
    ),
)
