"""Web and app use, active and idle time, location, behaviour."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words

SIGNALS = (
    signal(
        "web-and-app-usage",
        _("Applications, websites and active window"),
        _(
            "Browsing and app records reveal interests, health searches and private life."
        ),
        words(
            en=r"brows\w* (?:history|activity|data)|browsing|"
            r"websites? (?:is |are |you )?(?:visited|opened|visit|open)|"
            r"visited websites|web (?:activity|usage|browsing)|"
            r"URLs? (?:visited|you visit)|applications? (?:used|usage|in use)|"
            r"apps? (?:used|usage)|active windows?|"
            r"(?:applications?|apps?|programs?)(?: and (?:websites?|sites))? (?:you |employees |staff |users )?(?:use|open|visit)\b",
            de=r"Nutzungsdaten (?:der|von) (?:\w+ )?(?:Anwendungen|Programme|Apps)|"
            r"Browserverlauf|Surfverhalten|"
            r"besuchte\w* (?:Webseiten|Websites|Internetseiten)|Internetnutzung|"
            r"genutzte\w* (?:Anwendungen|Programme)|Anwendungsnutzung|"
            r"aktive\w* Fenster",
            fr=r"historique de navigation|données de navigation|"
            r"sites? (?:web |internet )?(?:visités|consultés)|"
            r"applications? utilisées|navigation (?:sur )?internet|"
            r"fenêtres? actives?",
        ),
        ("data", "app_and_web_usage"),
    ),
    signal(
        "active-and-idle-time",
        _("Active and idle time"),
        _(
            "Active and idle time is often read as effort, which it is not: ask how "
            "it is used."
        ),
        words(
            en=r"idle time|active time|inactivity|for how long|time spent (?:on|in)|"
            r"(?:active|idle) (?:and|or) (?:idle|active) (?:time|periods)",
            de=r"aktive\w* Zeit\w*|Leerlaufzeit\w*|Inaktivität\w*|Aktivitätszeit\w*|"
            r"aktive\w* und inaktive\w* Zeit\w*",
            fr=r"temps actif|temps d'(?:inactivité|activité)|\binactivité",
        ),
        ("data", "activity_time"),
    ),
    signal(
        "location",
        _("Location"),
        _("Location shows where people are and go, outside work too."),
        words(
            en=r"(?-i:\bGPS\b)|geolocat\w*|"
            r"(?:track\w*|record\w*|log\w*) (?:\w+ )?location|"
            r"location (?:data|tracking|history)",
            de=r"Standort(?:daten|erfassung|bestimmung|verfolgung)?\b|\bOrtung\w*",
            fr=r"géolocalis\w*|\blocalis\w*",
        ),
        ("data", "location"),
    ),
    signal(
        "behavioural-data",
        _("Behavioural or usage data"),
        _(
            "A general term for records of how people work: ask exactly what is "
            "recorded and at what level of detail."
        ),
        words(
            en=r"behaviou?ral data|interaction data|usage data|activity data|telemetry",
            de=r"Verhaltensdaten|Nutzungsdaten|Aktivitätsdaten|Telemetrie",
            fr=r"données comportementales|données d'(?:utilisation|activité)|"
            r"télémétrie",
        ),
        ("data", "activity_time"),
        ("data", "app_and_web_usage"),
    ),
)
