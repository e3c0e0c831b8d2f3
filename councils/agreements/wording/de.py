"""German wording of agreements (Betriebsvereinbarung, Dienstvereinbarung)."""

NUM = (
    r"(?:\d+|einem|einen|einer|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
    r"|zwölf|vierzehn|achtzehn|vierundzwanzig|dreißig|sechzig|neunzig)"
)
PERIOD = (
    rf"\b{NUM}\s*(?:\(\d+\)\s*)?(?:kalender|arbeits|werk)?"
    r"(?:stunden|tag(?:e|en)?|woche(?:n)?|monat(?:e|en)?|jahr(?:e|en)?)\b"
)
NEG = r"\b(?:nicht|kein\w*|weder|noch|ausgeschlossen|unzulässig|untersagt|verboten)\b"
REPS = (
    r"\b(?:betriebsrat|personalrat|gesamtbetriebsrat|konzernbetriebsrat"
    r"|arbeitnehmervertretung|interessenvertretung|er)\b"
)
CHANGE = r"(?:änder|anpass|erweiter|ergänz|einführ|vornehm|aktualisier)\w*"
DISCIPLINE = r"\b(?:arbeitsrechtlich\w*|disziplinar\w*|abmahnung\w*|kündigung\w*)"
USE = r"\b(?:verwendet|genutzt|herangezogen|gestützt|begründ\w*|grundlage)\b"
REVIEW = r"(?:prüf|evaluier|evaluation|bewert|überarbeit)\w*"
INTERVAL = (
    rf"\b(?:alle|nach|binnen|innerhalb von)\b.{{0,15}}{PERIOD}"
    r"|\b(?:jährlich|halbjährlich|einmal im jahr|jedes jahr)\b"
)
KEEP = (
    r"\b(?:gelöscht|vernichtet|überschrieben|anonymisiert|aufbewahrt|gespeichert"
    r"|vorgehalten)\b"
)
CATEGORY = (
    r"(?:tastatur|bildschirm|inhalt|kamera|webcam|mikrofon|biometr|standort|gps|privat"
    r"|e-mail|nachricht|browser|surf)"
)
CONTROL = r"(?:kontroll|überwach|bewert|auswert|mess|beurteil|vergleich)\w*"

COVERS = {
    "scope": [
        r"\b(?:gilt|gelten|umfasst|erfasst|findet anwendung)\b.{0,100}\b(?:alle|sämtliche"
        r"|jede[snm]?)\b.{0,80}(?:systeme?|einrichtungen|software|anwendungen|werkzeuge|tools)\b",
    ],
    "purposes": [
        r"\b(?:ausschließlich|nur|allein)\b.{0,80}\bzweck",
        (
            r"\b(?:andere[nrm]?|weitere[nrm]?) (?:zweck\w*|nutzung|verwendung|verarbeitung)\b",
            r"\b(?:unzulässig|ausgeschlossen|untersagt|nicht gestattet|nicht zulässig|verboten)\b",
        ),
    ],
    "performance": [
        (
            rf"{NEG}.{{0,120}}{CONTROL}|{CONTROL}.{{0,120}}{NEG}",
            r"\b(?:leistung|verhalten|produktivität)",
        ),
    ],
    "data": [
        r"\bnur (?:die|diese) (?:in anlage \d+ \w+ )?(?:datenarten|datenkategorien)\b"
        r"|\b(?:datenarten|datenkategorien)\b.{0,60}\babschließend\b",
        (
            NEG,
            r"\b(?:erfasst|erhoben|aufgezeichnet|gespeichert|protokolliert|ausgewertet"
            r"|mitgeschnitten|gelesen)\b",
            CATEGORY,
        ),
    ],
    "ai_training": [
        (
            r"\b(?:training\w*|trainier\w*|ki\b|ki-\w+|künstliche\w* intelligenz|\w*modell\w*)",
            r"(?:einwilligung|eingewilligt|zustimmung|zugestimmt|einverständnis|opt-in)",
            r"\b(?:nur|ausschließlich|ohne|setzt|voraus|sofern|wenn|vorausgesetzt|vorbehaltlich)\b",
        ),
    ],
    "retention": [rf"{KEEP}.{{0,80}}{PERIOD}", rf"{PERIOD}.{{0,80}}{KEEP}"],
    "access": [
        r"\b(?:jede[rs]?|alle|sämtliche)\b.{0,20}(?:zugriff|abruf|einsicht|zugang)\w*.{0,60}"
        r"\b(?:protokolliert|dokumentiert|aufgezeichnet)\b",
        (
            r"\b(?:nur|ausschließlich|allein)\b",
            r"(?:zugriff|zugang|einsicht|einsehen)",
            r"\b(?:anlage|rollen|genannte[nr]?|bezeichnete[nr]?|aufgeführte[nr]?|benannte[nr]?)\b",
        ),
    ],
    "rights": [
        r"\b(?:beschäftigte\w*|arbeitnehmer\w*|mitarbeiter\w*|jede[rs]?|betroffene\w*)\b.{0,80}"
        r"\b(?:recht|berechtigt|kann|können|darf|dürfen)\b.{0,80}\b(?:auskunft|einsicht"
        r"|einsehen|kopie|berichtigung)",
    ],
    "evidence": [
        r"\b(?:nur|ausschließlich|allein)\b.{0,80}\bverdacht",
        rf"\b(?:nicht|keine?)\b.{{0,60}}{DISCIPLINE}.{{0,60}}{USE}",
    ],
    "audit": [
        rf"{REPS}.{{0,80}}\b(?:kann|darf|ist berechtigt|hat das recht|berechtigt)\b.{{0,80}}"
        r"(?:prüf|kontroll|einsehen|einsicht)",
        r"\bsachverständig\w*\b.{0,60}\b(?:hinzu\w*ziehen|beauftragen|beiziehen)"
        r"|\b(?:hinzu\w*ziehen|beauftragen)\b.{0,60}\bsachverständig",
    ],
    "changes": [
        (
            r"(?:änderung|erweiterung|ergänzung|\bneue[nrs]?\b|einführung|update)",
            r"\b(?:nur|erst|ausschließlich)\b.{0,80}\b(?:zustimmung|vereinbar\w*|schriftlich"
            r"|einvernehm\w*|mitbestimm\w*)",
            r"(?:betriebsrat|parteien|beide[rn]? seiten|schriftlich)",
        ),
    ],
    "committee": [
        r"\bparitätisch\w*\b.{0,40}\b(?:kommission|ausschuss|gremium|arbeitsgruppe)",
        r"\bgemeinsame[nr]?\b.{0,20}\b(?:kommission|ausschuss)",
    ],
    "review": [(REVIEW, INTERVAL, r"(?:vereinbarung|parteien|gemeinsam)")],
    "termination": [r"\b(?:wirkt|wirken)\b.{0,40}\bnach\b"],
}

UNLESS = {
    "retention": [r"\bmindestens\b"],
    "purposes": [r"\bnicht (?:nur|ausschließlich|allein)\b"],
    "evidence": [r"\balleinige\w*\b"],
    "data": [r"\blänger als\b|\büber\b.{0,30}\bhinaus\b"],
}

WEAKENS = {
    "open_purposes": [
        r"\b(?:und|oder) (?:zu |für )?(?:sonstige|weitere|andere)\w* (?:\w+ ){0,2}(?:zweck\w*"
        r"|belange|aufgaben)\b(?!.{0,40}\b(?:unzulässig|ausgeschlossen|untersagt|nicht gestattet))",
        r"\bbeispielsweise\b",
        r"\bunter anderem\b",
    ],
    "open_retention": [
        r"\bsolange\b",
        r"\bbis\b.{0,60}\bnicht mehr\b.{0,20}\b(?:benötigt|erforderlich|notwendig)",
        r"\bfür (?:erforderlich|notwendig|angemessen) hält\b",
    ],
    "unlimited_evidence": [rf"{DISCIPLINE}.{{0,60}}{USE}|{USE}.{{0,60}}{DISCIPLINE}"],
    "employer_amends": [
        rf"{CHANGE}.{{0,80}}\bnach (?:eigenem|freiem|billigem) ermessen"
        rf"|\bnach (?:eigenem|freiem|billigem) ermessen\b.{{0,80}}{CHANGE}",
        rf"\bohne (?:zustimmung|beteiligung|mitbestimmung)\b.{{0,40}}betriebsrat\w*.{{0,60}}"
        rf"{CHANGE}",
    ],
    "training_opt_out": [
        r"\b(?:widersprechen|widerspruch|widersprochen|widerspricht)\b"
    ],
}

WEAK_UNLESS = {"unlimited_evidence": [r"\b(?:nicht|keine?|niemals)\b"]}

TOPICS = {
    "purposes": [r"\b(?:genutzt|nutzung|verwendung)\b"],
    "performance": [r"\bproduktivität"],
    "retention": [r"\b(?:vernichtet|überschrieben)\b"],
    "ai_training": [r"\bkünstlich\w* intelligenz"],
}

ABOUT = {
    "scope": [r"\b(?:gilt für|geltungsbereich)\b"],
    "purposes": [r"\bzweck"],
    "performance": [r"\b(?:leistung|verhalten)"],
    "data": [r"(?:tastatur|bildschirm|webcam|biometr|datenkategorie)"],
    "ai_training": [r"\b(?:training|trainier\w*|ki\b|ki-)"],
    "retention": [r"\b(?:gespeichert|aufbewahrt|gelöscht|speicher\w*|löschung)"],
    "access": [r"\b(?:zugriff|zugang)\w*"],
    "rights": [r"\b(?:auskunft|einsicht)\w*"],
    "evidence": [r"\b(?:arbeitsrechtlich|abmahnung|verdacht|beweis)\w*"],
    "audit": [r"\b(?:sachverständig|prüfrecht|kontrollrecht)\w*"],
    "changes": [r"\b(?:änderung|geändert|anpassung)\w*"],
    "committee": [r"\b(?:kommission|ausschuss|einigungsstelle)\b"],
    "review": [r"\b(?:überprüf|evaluier|evaluation)\w*"],
    "termination": [r"\b(?:kündig\w*|inkrafttreten|tritt\b.{0,30}\bin kraft)"],
}
