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
    r"|arbeitnehmervertretung|interessenvertretung)\b"
)
USED = r"(?:verwendet|genutzt|eingesetzt|herangezogen|dienen|dient|ausgewertet)\b"
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
        r"\banlage\b.{0,20}\b(führt|nennt|listet)\b.{0,40}(system|einrichtung|software)",
        r"gilt für (alle|jedes?)\b.{0,60}\b(systeme?|einrichtung|software)",
        r"\b(?:gilt|gelten|umfasst|erfasst|findet anwendung)\b.{0,100}\b(?:alle|sämtliche"
        r"|jede[snm]?)\b.{0,80}(?:systeme?|einrichtungen|software|anwendungen|werkzeuge|tools)\b",
    ],
    "purposes": [
        r"\bausschließlich\b.{0,50}\bzwecke?n?\b",
        r"\bnur\b.{0,40}\bzu (den )?(folgenden|genannten) zwecken",
        r"\babschließend\b",
        r"\b(?:ausschließlich|nur|allein)\b.{0,80}\bzweck",
        (
            r"\b(?:andere[nrm]?|weitere[nrm]?) (?:zweck\w*|nutzung|verwendung|verarbeitung)\b",
            r"\b(?:unzulässig|ausgeschlossen|untersagt|nicht gestattet|nicht zulässig|verboten)\b",
        ),
    ],
    "performance": [
        r"\b(leistungs|verhaltens)\w*(kontrolle|überwachung|bewertung)\b.{0,60}\b(ausgeschlossen|unzulässig|nicht gestattet|findet nicht statt)",
        r"\bnicht\b.{0,40}\bzur\b.{0,20}\b(leistungs|verhaltens)",
        (
            rf"\b(?:nicht|keine?)\b.{{0,60}}{USED}.{{0,60}}{CONTROL}"
            rf"|{CONTROL}.{{0,60}}\b(?:nicht|keine?)\b.{{0,30}}{USED}"
            rf"|\bnicht\b.{{0,20}}\b(?:zur|zum|für)\b.{{0,40}}{CONTROL}",
            r"\b(?:leistung|verhalten|produktivität)",
        ),
        (
            rf"{CONTROL}.{{0,100}}\b(?:findet nicht statt|finden nicht statt|(?:ist|sind)"
            r" (?:ausgeschlossen|unzulässig|untersagt|nicht (?:zulässig|gestattet))"
            r"|erfolg(?:t|en) nicht)\b",
            r"\b(?:leistung|verhalten|produktivität)",
        ),
        rf"\bkeine\w*\b.{{0,30}}(?:leistungs|verhaltens)\w*{CONTROL}",
    ],
    "data": [
        r"\b(werden|wird) (nicht|keine)\b.{0,30}\b(erfasst|erhoben|aufgezeichnet)",
        r"\b(keine|nicht)\b.{0,30}\b(tastatur|bildschirm|biometrisch)",
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
        r"\btraining\b.{0,80}\bnur\b.{0,80}\b(zustimmung|einwilligung|eingewilligt|zugestimmt)",
        r"\bnur\b.{0,60}\b(zustimmung|einwilligung|zugestimmt|eingewilligt)\b.{0,60}\btraining",
        (
            r"\b(?:training\w*|trainier\w*|ki\b|ki-\w+|künstliche\w* intelligenz|\w*modell\w*)",
            r"(?:einwilligung|eingewilligt|zustimmung|zugestimmt|einverständnis|opt-in)",
            r"\b(?:nur|ausschließlich|setzt\b.{0,80}\bvoraus|vorausgesetzt|vorbehaltlich)\b"
            r"|\b(?:wenn|sofern|falls)\b.{0,60}\b(?:eingewilligt|zugestimmt)\b"
            r"|\b(?:nicht|kein\w*)\b.{0,80}\bohne\b",
        ),
    ],
    "retention": [
        r"\b(gelöscht)\b.{0,60}\b\d+\s*(stunden|tagen?|wochen?|monaten?)",
        r"\bnach\s+\d+\s*(stunden|tagen|wochen|monaten)\b.{0,20}\bgelöscht",
        r"\b\d+\s*(tage|tagen|wochen|monate|monaten)\b.{0,60}\bgelöscht",
        r"\bhöchstens\b.{0,20}\b\d+\s*(tage|wochen|monate)",
        rf"{KEEP}.{{0,80}}{PERIOD}",
        rf"{PERIOD}.{{0,80}}{KEEP}",
    ],
    "access": [
        r"\bzugriff\b.{0,60}\bnur\b.{0,60}\b(rollen|personen)\b.{0,40}\b(aufgeführt|genannt)",
        r"\bnur die in anlage\b.{0,40}\bzugriff",
        r"\bjeder zugriff wird protokolliert",
        r"\b(?:jede[rs]?|alle|sämtliche)\b.{0,20}(?:zugriff|abruf|einsicht|zugang)\w*.{0,60}"
        r"\b(?:protokolliert|dokumentiert|aufgezeichnet)\b",
        (
            r"\b(?:nur|ausschließlich|allein)\b",
            r"(?:zugriff|zugang|einsicht|einsehen)",
            r"\b(?:anlage|rollen|genannte[nr]?|bezeichnete[nr]?|aufgeführte[nr]?|benannte[nr]?)\b",
        ),
    ],
    "rights": [
        r"\b(beschäftigten?|arbeitnehmer\w*)\b.{0,60}\b(einsehen|auskunft)",
        r"\b(?:beschäftigte\w*|arbeitnehmer\w*|mitarbeiter\w*|jede[rs]?|betroffene\w*)\b.{0,80}"
        r"\b(?:recht|berechtigt|kann|können|darf|dürfen)\b.{0,80}\b(?:auskunft|einsicht"
        r"|einsehen|kopie|berichtigung)",
    ],
    "evidence": [
        r"\bnur\b.{0,60}\b(dokumentierte[nr]?|konkrete[nr]?)\b.{0,30}\bverdacht",
        r"\bverdacht\b.{0,80}\bbetriebsrat\b.{0,40}\b(vorher|zuvor|unterrichtet)",
        r"\b(?:nur|ausschließlich|allein)\b.{0,80}\bverdacht",
        rf"\b(?:nicht|keine?)\b.{{0,60}}{DISCIPLINE}.{{0,60}}{USE}",
    ],
    "audit": [
        r"\bbetriebsrat\b.{0,40}\b(kann|darf)\b.{0,80}\b(prüfen|kontrollieren|einsehen)",
        r"\bsachverständige\w*\b.{0,40}\bseiner wahl",
        rf"{REPS}.{{0,80}}\b(?:kann|darf|ist berechtigt|hat das recht|berechtigt)\b.{{0,80}}"
        r"(?:prüf|kontroll|einsehen|einsicht)",
        r"\bsachverständig\w*\b.{0,60}\b(?:hinzu\w*ziehen|beauftragen|beiziehen)"
        r"|\b(?:hinzu\w*ziehen|beauftragen)\b.{0,60}\bsachverständig",
    ],
    "changes": [
        r"\b(änderung|geändert)\w*\b.{0,40}\bnur\b.{0,40}\b(beiden? parteien|zustimmung des betriebsrats)",
        r"\berst (eingeführt|eingesetzt)\b.{0,60}\b(zugestimmt|angepasst|vereinbart)",
        (
            r"(?:änderung|erweiterung|ergänzung|\bneue[nrs]?\b|einführung|update)",
            r"\b(?:nur|erst|ausschließlich)\b.{0,80}\b(?:zustimmung|zugestimmt|vereinbar\w*"
            r"|einvernehm\w*|mitbestimm\w*)",
            r"(?:betriebsrat|parteien|beide[rn]? seiten|schriftlich)",
        ),
    ],
    "committee": [
        r"\bparitätische\w* kommission\b",
        r"\bparitätisch\w*\b.{0,40}\b(?:kommission|ausschuss|gremium|arbeitsgruppe)",
        r"\bgemeinsame[nr]?\b.{0,20}\b(?:kommission|ausschuss)",
    ],
    "review": [
        r"\b(überprüf|evaluier)\w*\b.{0,60}\b(alle|nach)\b.{0,20}\b\d+\s*(monate|monaten|jahre|jahren)",
        r"\b(alle|nach)\s+\d+\s*(monate|monaten|jahre|jahren)\b.{0,40}\b(überprüf|evaluier)\w*",
        (REVIEW, INTERVAL, r"(?:vereinbarung|parteien|gemeinsam)"),
    ],
    "termination": [
        r"\bkündig\w*\b.{0,60}\bfrist\b",
        r"\bfrist\b.{0,60}\bgekündigt\b",
        r"\bnachwirkung\b",
        r"\b(?:wirkt|wirken)\b.{0,40}\bnach\b",
    ],
}

UNLESS = {
    "retention": [r"\bmindestens\b|\b(?:datensicherung|backup)\w*"],
    "ai_training": [
        r"\b(?:auch|selbst) (?:wenn|ohne)\b|\bkeine\w* (?:einwilligung|zustimmung)\b"
        r".{0,20}\b(?:erforderlich|nötig|notwendig)\b"
    ],
    "purposes": [r"\bnicht (?:nur|ausschließlich|allein)\b"],
    "evidence": [r"\balleinige\w*\b"],
    "data": [r"\blänger als\b|\büber\b.{0,30}\bhinaus\b"],
}

WEAKENS = {
    "open_purposes": [
        r"\binsbesondere\b",
        r"\bsonstige\w* (berechtigte\w* |betriebliche\w* )?zwecke",
        r"\bu\. ?a\.",
        r"\bzum beispiel\b|\bz\. ?b\.",
        r"\b(?:und|oder) (?:zu |für )?(?:sonstige|weitere|andere)\w* (?:\w+ ){0,2}(?:zweck\w*"
        r"|belange|aufgaben)\b(?!.{0,40}\b(?:unzulässig|ausgeschlossen|untersagt|nicht gestattet))",
        r"\bbeispielsweise\b",
        r"\bunter anderem\b",
    ],
    "open_retention": [
        r"\bsolange\b.{0,60}\b(erforderlich|notwendig|benötigt)",
        r"\bunbefristet\b|\bzeitlich unbegrenzt\b",
        r"\bsolange\b",
        r"\bbis\b.{0,60}\bnicht mehr\b.{0,20}\b(?:benötigt|erforderlich|notwendig)",
        r"\bfür (?:erforderlich|notwendig|angemessen) hält\b",
    ],
    "unlimited_evidence": [
        r"\b(arbeitsrechtliche\w*|disziplinar\w*) maßnahmen\b.{0,40}\b(verwendet|genutzt|herangezogen)",
        r"\b(verwendet|genutzt|herangezogen)\b.{0,40}\b(arbeitsrechtliche\w*|disziplinar\w*) maßnahmen",
        rf"{DISCIPLINE}.{{0,60}}{USE}|{USE}.{{0,60}}{DISCIPLINE}",
    ],
    "employer_amends": [
        r"\b(kann|darf)\b.{0,20}\bvom arbeitgeber\b.{0,30}\b(geändert|angepasst)",
        r"\barbeitgeber\b.{0,30}\b(behält sich\b.{0,30}\bvor|kann\b.{0,60}\b(ändern|anpassen))",
        r"\beinseitig\w*\b",
        rf"{CHANGE}.{{0,80}}\bnach (?:eigenem|freiem|billigem) ermessen"
        rf"|\bnach (?:eigenem|freiem|billigem) ermessen\b.{{0,80}}{CHANGE}",
        rf"\bohne (?:zustimmung|beteiligung|mitbestimmung)\b.{{0,40}}betriebsrat\w*.{{0,60}}"
        rf"{CHANGE}",
    ],
    "training_opt_out": [
        r"\bsofern\b.{0,30}\bnicht widerspr",
        r"\bwiderspruchslösung\b",
        r"\b(?:widersprechen|widerspruch|widersprochen|widerspricht)\b",
    ],
}

WEAK_UNLESS = {"unlimited_evidence": [r"\b(?:nicht|keine?|niemals)\b"]}

TOPICS = {
    "scope": [r"\bsystem"],
    "purposes": [
        r"\bzweck",
        r"\bverwendet\b",
        r"\bdien(t|en)\b",
        r"\b(?:genutzt|nutzung|verwendung)\b",
    ],
    "performance": [
        r"\b(leistung|verhalten)\w*",
        r"\bproduktivität",
    ],
    "retention": [
        r"\b(gespeichert|aufbewahrt|gelöscht|speicher)\w*",
        r"\b(?:vernichtet|überschrieben)\b",
    ],
    "ai_training": [
        r"\b(training|ki|modell)\w*",
        r"\bkünstlich\w* intelligenz",
    ],
}

ABOUT = {
    "scope": [
        r"\b(?:gilt für|geltungsbereich)\b",
    ],
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
