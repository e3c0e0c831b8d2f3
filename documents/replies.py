"""Reading HR's reply to a letter: which questions it answers, which it refuses, and
whether it announces an extension. Plain Python, so it is tested and measured alone
(tests/followup/corpus.py).

Conservative on purpose: a question counts as answered only when a sentence of the
reply takes up its topic with content (a duration, a number, a yes or no, a named
role or basis, a document enclosed). Words that merely recur ("data", "wurde",
"Beschäftigten") never mark anything, letterheads, salutations and signatures are
not read, and an extension is never an answer. When unsure the mark is "not
answered", with the sentence that came closest, for the person to judge.

The word lists are per language (en, de, fr) and kept apart; a pattern is matched
case-insensitively against one sentence.
"""

import re
from dataclasses import dataclass, field

# The marks, as assessment.models.Mark stores them.
ANSWERED = "answered"
PARTLY = "partly"
NOT_ANSWERED = "not_answered"
REFUSED = "refused"

# Why a question got its mark; the page words these.
SPECIFIC = "specific"  # a sentence answers it (all of it, or part: PARTLY)
DECLINED = "declined"  # a sentence refuses it
VAGUE = "vague"  # sentences touch the topic without an answer
UNTOUCHED = "untouched"  # nothing in the reply is about it
UNKNOWN_QUESTION = "unknown"  # a question this reader has no topic for


def _any(*patterns: str) -> str:
    return "|".join(f"(?:{pattern})" for pattern in patterns)


# Content a sentence may carry, per language. NEGATION's languages are the reader's:
# every list has one entry for each (tests/followup/test_replies.py), as many as
# settings.LANGUAGES.
NEGATION = {
    "en": r"\b(no|not|never|none|nothing|neither|nor|nobody)\b|n't\b|\bno one\b",
    "de": r"\b(nicht|keine?[mnrs]?|nie|niemals|weder|nichts|niemand)\b",
    "fr": r"\bn(e\b|')|\baucune?s?\b|\bjamais\b|\bni\b|\brien\b",
}
DURATION = {
    "en": r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|twenty-four|thirty|ninety|a|an)\s+(hours?|days?|weeks?|months?|"
    r"years?)\b|\bimmediately\b",
    "de": r"\b(\d+|eine[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
    r"zwölf|achtzehn|dreißig|neunzig)\s+(Stunden?|Tagen?|Wochen?|Monate?n?|"
    r"Jahre?n?)\b|\bsofort\b",
    "fr": r"\b(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|"
    r"trente)\s+(heures?|jours?|semaines?|mois|ans?|années?)\b|\bimmédiatement\b",
}
LANGUAGES = tuple(NEGATION)
YES_NO = {
    "en": r"^(yes|no)\b",
    "de": r"^(ja|nein)\b",
    "fr": r"^(oui|non)\b",
}
ONLY = {
    "en": r"\b(only|exclusively|solely)\b",
    "de": r"\b(nur|ausschließlich|lediglich)\b",
    "fr": r"\b(seul|seule|seuls|seules|uniquement|exclusivement)\b",
}
ROLE = {
    "en": r"\b(team|administrators?|analysts?|officers?|managers?|supervisors?|desk|"
    r"department|payroll|vendors?|providers?|processors?|engineers?)\b"
    r"|(?-i:\b(HR|IT|DPO)\b)",
    "de": r"(team\b|administrator|abteilung|mitarbeitende|führungskr|vorgesetzt|"
    r"lohnbuchhaltung|dienstleister|auftragsverarbeiter|beauftragte)|(?-i:\bIT\b)",
    "fr": r"\b(service|équipes?|responsables?|ingénieurs?|prestataires?|"
    r"administrateurs?|délégué)\b|(?-i:\bDPO\b)",
}
# A name: quoted, a company form, or a word with an inner capital (case counts).
NAMED = (
    r"(?-i:[\"“„«\u2018][^\"”“»\u2019]{2,40}[\"”“»\u2019]|\b(Inc|Ltd|LLC|GmbH|AG|SAS|SA|plc)\b"
    r"|\b[A-Z][a-z]+[A-Z]\w*)"
)
LEGAL = {
    "en": r"\b(Art\.|Article|section|§)\s*\d|legitimate interests?|\bconsent\b|"
    r"legal obligation|contract\b",
    "de": r"\b(Art\.|Artikel|§)\s*\d|berechtigte[mns]? Interesse|Einwilligung|"
    r"Betriebsvereinbarung|rechtliche[nr]? Verpflichtung",
    "fr": r"\barticle\s*\d|intérêt légitime|consentement|obligation légale|"
    r"accord d'entreprise",
}
ATTACHED = {
    "en": r"\b(attached|enclosed|attach|enclose)\b|\bas an? (CSV|PDF|Excel)\b",
    "de": r"\b(anbei|beigefügt|anliegend|in der Anlage)\b|\bliegt\b.*\bbei\b|"
    r"\bals (Excel|PDF|CSV)",
    "fr": r"ci-joint|pièce jointe|\bjointe?s?\b|en annexe",
}
CONTACT = {
    "en": r"@|\bportal\b|\bby writing\b|\bwriting to\b|\bthrough\b.*\baddress\b",
    "de": r"@|\bportal\b|\bschriftlich\b|\bper e-mail\b",
    "fr": r"@|\bportail\b|\bauprès du\b|\bpar écrit\b|\bpar courriel\b",
}
PLACE = {
    "en": r"\b(intranet|handbook|section|page|e-?mailed|e-?mail|notice board|"
    r"meeting|onboarding)\b",
    "de": r"\b(intranet|handbuch|e-mail|betriebsversammlung|aushang|rundschreiben)\b",
    "fr": r"\b(intranet|charte|courriel|affichée?|réunion|note de service)\b",
}
WHEN = {
    "en": r"\b(19|20)\d\d\b|\bat onboarding\b|\bbefore (launch|the start)\b",
    "de": r"\b(19|20)\d\d\b|\bbei (der )?einstellung\b|\bvor (beginn|einführung)\b",
    "fr": r"\b(19|20)\d\d\b|\bà l'embauche\b|\bavant (le lancement|la mise)\b",
}
REASON = {
    "en": r"\b(because|since|as|to protect|in order to|so that)\b",
    "de": r"\b(weil|da|denn|damit)\b|\bum\b.*\bzu\b",
    "fr": r"\b(car|parce que|afin de|pour)\b",
}
VERDICT = {
    "en": r"\b(but|too|insufficient|rejected|did not|not)\b",
    "de": r"\b(aber|jedoch|verworfen|nicht|zu)\b",
    "fr": r"\b(mais|insuffisante?s?|rejetée?s?|pas)\b",
}
USE = {
    "en": r"\b(used|use|uses|serves?)\b",
    "de": r"\b(verwendet|dienen|dient|genutzt|eingesetzt)\b",
    "fr": r"\b(servent|sert|servi|utilisée?s?)\b",
}
DONE = {
    "en": r"\b(have|has|was|were)\b.*\b(deleted|erased|excluded|corrected|stopped|"
    r"withdrawn|removed|updated|changed)\b|\bno longer\b|\bwe confirm\b",
    "de": r"\b(wurden?|haben|ist|sind)\b.*\b(gelöscht|entfernt|berichtigt|korrigiert|"
    r"ausgenommen|stattgegeben|eingestellt)\b|\bnicht mehr\b|\bbestätigen\b",
    "fr": r"\b(ont|a|avons)\b.*\b(effacée?s?|supprimée?s?|rectifiée?s?|corrigée?s?|"
    r"exclue?s?)\b|\bne sont plus\b|\bprenons acte\b",
}
DPIA_DONE = {
    "en": r"\b(carried out|completed|conducted|performed)\b",
    "de": r"\b(durchgeführt|erstellt)\b",
    "fr": r"\b(réalisée|effectuée|menée)\b",
}
ANONYMISING = {
    "en": r"\b(replaced|removed|aggregated|hashed|tested)\b",
    "de": r"\b(ersetzt|entfernt|aggregiert|geprüft)\b",
    "fr": r"\b(remplacée?s?|supprimée?s?|agrégée?s?|testée?)\b",
}
DETAIL = {
    "en": r"\bper (minute|second|hour)\b|\bevery\b|\bwith (the )?time\b",
    "de": r"\bminutengenau\b|\bsekundengenau\b|\bje (minute|stunde)\b|\bmit uhrzeit\b",
    "fr": r"\bà la (minute|seconde)\b|\bchaque\b",
}
LIST = {
    "en": r",.*\b(and|or)\b|:.*,",
    "de": r",.*\b(und|oder)\b|:.*,",
    "fr": r",.*\b(et|ou)\b|:.*,",
}
PURPOSE = {
    "en": r"\b(to|for)\b|\bpurpose (is|was)\b",
    "de": r"\b(zur|zum|für|um)\b|\bzweck (ist|war)\b",
    "fr": r"\b(pour|à des fins|afin)\b|\bfinalité est\b",
}
NUMBER = r"\d"
ANY = r"\w"

# A sentence that says nothing a person could check: assurances, compliance in general.
BOILERPLATE = {
    "en": r"take .* seriously|\bassure\b|\bin (line|accordance) with (the GDPR|"
    r"applicable|all|data protection)|\bcomply with\b|\bcompliant\b|\bcarefully\b|"
    r"fully respected|value transparency|\bcommitted to\b|industry-standard|with care",
    "de": r"nehmen .* ernst|höchste priorität|im einklang mit (der dsgvo|den "
    r"interessen|dem|den geltenden)|stets gewahrt|\bsorgfältig\b|verantwortungsvoll|"
    r"wurde sichergestellt",
    "fr": r"plus grande importance|\bconformes?\b|\bavec soin\b|scrupuleusement|"
    r"au cœur de|soyez assurée?",
}
REFUSAL = {
    "en": _any(
        r"\b(unable|not able|not in a position) to (share|provide|disclose|release|"
        r"give|send|delete|change|stop|comply|answer|hand)",
        r"\b(cannot|can't|can not|will not|won't) (share|provide|disclose|release|"
        r"give|hand over|answer|comply)",
        r"\bdeclines? to\b|\bmust decline\b|\brefuse",
    ),
    "de": _any(
        r"\bnicht\b.*\b(herausgeben|herausgegeben|zur verfügung (stellen|gestellt)|"
        r"vorlegen|vorgelegt|entsprechen|beantworten|mitteilen|offenlegen|"
        r"aushändigen)\b",
        r"\bkeine (auskünfte|auskunft) (erteilen|geben)",
        r"\blehnen\b.*\bab\b|\babgelehnt\b|\bverweigern\b",
    ),
    "fr": _any(
        r"ne sommes pas en mesure|ne pouvons pas|ne pourrons pas|\brefusons\b",
        r"ne (sera|seront) pas (communiqué|transmis|remis)",
    ),
}
# A refusal of the whole letter, not of one point.
WHOLE_REQUEST = {
    "en": r"\byour (request|questions|letter)\b|\bthe requested\b",
    "de": r"\bihre (anfrage|fragen|anliegen)\b|\bdie erbetenen\b|\bihrem (antrag|ersuchen)\b",
    "fr": r"\bvotre demande\b|\bvos questions\b|\bdemandés?\b",
}
EXTENSION = {
    "en": _any(
        r"\bextend(ing|ed|s)?\b.*\b(period|deadline|time|response)\b",
        r"\b(additional|further|more) (time|\d+ days|two months)\b",
        r"\brequire an additional\b",
    ),
    "de": _any(
        r"\bfrist\b.*\bverlänger|\bverlänger\w*\b.*\bfrist\b",
        r"\bmehr zeit\b|\bzusätzliche zeit\b",
    ),
    "fr": _any(
        r"\bprolong\w*\b.*\bdélai\b|\bdélai\b.*\bprolong",
        r"\bdélai supplémentaire\b|\bdavantage de temps\b",
    ),
}
SALUTATION = {
    "en": r"^(dear|hi|hello|to the|to whom)\b",
    "de": r"^(sehr geehrte[rn]?|liebe[rn]?|hallo|guten tag|an den|an die)\b",
    "fr": r"^(madame|monsieur|mesdames|messieurs|cher|chère|bonjour)\b",
}
CLOSING = {
    "en": r"^((kind|best|warm) regards|regards|yours (sincerely|faithfully|truly)|"
    r"sincerely|best|thanks|thank you|cheers)\W*$",
    "de": r"^(mit )?(freundlichen|besten|beste|viele|herzliche|freundliche) grüße"
    r"|^hochachtungsvoll",
    "fr": r"^(bien )?cordialement|^(veuillez|nous vous prions d)\W*agréer|"
    r"^bien à vous|^salutations",
}
# A sentence that begins so takes up the topic of the one before.
ANAPHOR = {
    "en": r"^(this|it|these|they|that|we also)\b",
    "de": r"^(diese[rs]?|sie|es|das|dies)\b",
    "fr": r"^(celle-ci|celui-ci|ce document|elle|il|ceux-ci|celles-ci)\b",
}
# The same, where they close a pasted text that lost its line breaks ("… endet. Mit
# freundlichen Grüßen, Personalabteilung"): only formulas nothing else begins with.
CLOSING_IN_TEXT = {
    "en": r"(kind|best|warm) regards|yours (sincerely|faithfully|truly)",
    "de": r"(mit )?(freundlichen|besten|herzlichen) grüßen|freundliche grüße|"
    r"hochachtungsvoll",
    "fr": r"(bien )?cordialement|(veuillez|nous vous prions d)\W*agréer|bien à vous",
}
# Words that tell the reply's language.
FUNCTION_WORDS = {
    "en": {"the", "and", "we", "your", "is", "of", "to", "you", "are", "our", "for"},
    "de": {
        "und",
        "die",
        "der",
        "wir",
        "sie",
        "ist",
        "nicht",
        "den",
        "zu",
        "ihr",
        "für",
    },
    "fr": {
        "les",
        "des",
        "et",
        "nous",
        "vous",
        "est",
        "le",
        "la",
        "pas",
        "votre",
        "pour",
    },
}


@dataclass(frozen=True)
class Topic:
    """One thing a question asks. `asked` finds it in a question, `said` in a
    sentence of the reply; a sentence answers it when it also carries one of the
    `content` kinds. `falls_with` names a topic whose "no" makes this one moot (may I
    see the DPIA, when there is none)."""

    asked: dict[str, str]
    said: dict[str, str]
    content: tuple = (ANY,)
    falls_with: str = ""


DPIA_NAME = {
    "en": r"\bDPIA\b|impact assessment",
    "de": r"folgenabschätzung|\bDSFA\b",
    "fr": r"analyse d'impact|\bAIPD\b",
}
TOPICS = {
    "ai_training": Topic(
        asked={
            "en": r"\bto train\b",
            "de": r"zu trainieren|zum training",
            "fr": r"à entraîner|pour entraîner",
        },
        said={
            "en": r"\b(train|trained|training|fine-tune|fine-tuned)\b",
            "de": r"trainier|training",
            "fr": r"entraîn",
        },
        content=(NEGATION, YES_NO, USE),
    ),
    "necessity": Topic(
        asked={
            "en": r"\bnecessary\b",
            "de": r"\berforderlich\b",
            "fr": r"\bnécessaire\b",
        },
        said={
            "en": r"\b(necessary|needed|need|required)\b",
            "de": r"\b(erforderlich|notwendig|nötig)\b",
            "fr": r"\b(nécessaire|besoin)\b",
        },
        content=(REASON,),
    ),
    "alternatives": Topic(
        asked={"en": r"less intrusive", "de": r"mildere", "fr": r"moins intrusi"},
        said={
            "en": r"\b(considered|alternatives?|less intrusive|instead)\b",
            "de": r"\b(erwogen|geprüft|milderes?|alternativen?)\b",
            "fr": r"\b(envisagée?s?|alternatives?|moins intrusi)",
        },
        content=(VERDICT,),
    ),
    "inferences": Topic(
        asked={
            "en": r"\binferred\b|\binference\b",
            "de": r"abgeleitet",
            "fr": r"déduit|déduction",
        },
        said={
            "en": r"\b(infers?|inferred|derives?|derived|scores?|ratings?|"
            r"profiles?|moods?|stress|health)\b",
            "de": r"abgeleitet|ableiten|\bwerte\b|bewertung|\bprofile?\b|"
            r"stimmung|stress|gesundheit",
            "fr": r"déduit|déduction|\bscores?\b|notation|\bprofils?\b|humeur|"
            r"stress|santé",
        },
        content=(NEGATION, NUMBER, ONLY),
    ),
    "anonymisation": Topic(
        asked={"en": r"anonymi", "de": r"anonymisiert", "fr": r"anonymis"},
        said={
            "en": r"anonymi|pseudonymi|aggregat|re-identif",
            "de": r"anonymi|pseudonymi|aggregi|re-identif",
            "fr": r"anonymis|pseudonymis|agrég|réidentif",
        },
        content=(ANONYMISING, NUMBER),
    ),
    "legal_basis": Topic(
        asked={"en": r"legal basis", "de": r"rechtsgrundlage", "fr": r"base légale"},
        said={
            "en": r"legal basis|lawful basis|legitimate interest|\bconsent\b|"
            r"legal obligation",
            "de": r"rechtsgrundlage|berechtigte[mns]? interesse|einwilligung|"
            r"§\s*26|art\. 6",
            "fr": r"base légale|fondement|intérêt légitime|consentement|"
            r"obligation légale",
        },
        content=(LEGAL,),
    ),
    "purposes": Topic(
        asked={"en": r"\bthe purposes\b", "de": r"\bzwecke\b", "fr": r"\bfinalités\b"},
        said={
            "en": r"\bpurposes?\b|\b(used|processed) (for|to)\b|\bserves?\b",
            "de": r"\bzweck|\bdien(t|en)\b|verarbeitet\b|verwendet\b",
            "fr": r"finalité|\bsert\b|\bservent\b|traitées pour",
        },
        content=(PURPOSE,),
    ),
    "retention": Topic(
        asked={
            "en": r"how long",
            "de": r"wie lange|speicherdauer",
            "fr": r"combien de temps|durée de conservation",
        },
        said={
            "en": r"\b(kept|stored|retained|keep|store|retain|deleted)\b",
            "de": r"gespeichert|aufbewahrt|speichern|gelöscht",
            "fr": r"conserv|supprim",
        },
        content=(DURATION,),
    ),
    "deletion_at_end": Topic(
        asked={
            "en": r"deleted when",
            "de": r"gelöscht, wenn",
            "fr": r"supprimé à la fin",
        },
        said={
            "en": r"\b(deleted|erased|removed)\b.*\b(ends?|ended|end of|"
            r"switched off|stops)\b|\b(ends?|ended)\b.*\b(deleted|erased)\b",
            "de": r"gelöscht.*\b(ende|endet|beendet)\b|\b(ende|endet)\b.*gelöscht",
            "fr": r"(supprim|effac).*\b(fin|arrêt)\b",
        },
    ),
    "recipients": Topic(
        asked={
            "en": r"who can see|recipients",
            "de": r"\bwer\b.*einsehen|empfänger",
            "fr": r"qui peut (voir|consulter)|destinataires",
        },
        said={
            "en": r"\b(see|sees|seen|view|viewed|accessible|shared with|"
            r"recipients?|disclosed to|access to|have access|has access)\b",
            "de": r"einsehen|zugriff|zugang|empfänger|\bsehen\b",
            "fr": r"\bvoir\b|accès|consultent|consulter|destinataires",
        },
        content=(ROLE, ONLY, NEGATION, NAMED),
    ),
    "transfer": Topic(
        asked={"en": r"transfer", "de": r"übermittlung", "fr": r"transfert"},
        said={
            "en": r"transfer|outside|\bUSA\b|united states|abroad|"
            r"standard contractual",
            "de": r"übermittlung|ausland|drittland|\bUSA\b",
            "fr": r"transfert|hors (de l'|du )|étranger|états-unis",
        },
    ),
    "notice_where": Topic(
        asked={
            "en": r"where is the written",
            "de": r"wo ist die schriftliche",
            "fr": r"où se trouve l'information",
        },
        said={
            "en": r"\b(notice|handbook|intranet|informed|written information)\b",
            "de": r"schriftliche information|information (zu|über)|informiert|"
            r"intranet|handbuch|betriebsversammlung",
            "fr": r"information écrite|informée?s?|charte|intranet",
        },
        content=(PLACE,),
    ),
    "notice_when": Topic(
        asked={
            "en": r"when was it given",
            "de": r"wann wurde sie",
            "fr": r"quand a-t-elle",
        },
        said={
            "en": r"\b(notice|handbook|intranet|informed|written information|"
            r"received|given|distributed|e-?mailed)\b",
            "de": r"schriftliche information|information (zu|über)|informiert|"
            r"übersandt|gegeben|betriebsversammlung",
            "fr": r"information écrite|informée?s?|remise?|charte",
        },
        content=(WHEN,),
    ),
    "dpia_done": Topic(
        asked={
            "en": r"assessment carried out",
            "de": r"folgenabschätzung durchgeführt",
            "fr": r"a-t-elle été réalisée",
        },
        said=DPIA_NAME,
        content=(DPIA_DONE,),
    ),
    "dpia_copy": Topic(
        asked=DPIA_NAME,
        said=DPIA_NAME,
        content=(ATTACHED,),
        falls_with="dpia_done",
    ),
    "rights": Topic(
        asked={"en": r"object to", "de": r"widersprechen", "fr": r"s'opposer"},
        said={
            "en": r"\b(object|objection|erasure|erase|see their|access their)\b",
            "de": r"widersprech|widerspruch|löschung|löschen|auskunft",
            "fr": r"opposer|effacement|accéder",
        },
        content=(CONTACT,),
    ),
    "representatives": Topic(
        asked={
            "en": r"works council or union",
            "de": r"betriebsrat oder gewerkschaft",
            "fr": r"syndicat",
        },
        said={
            "en": r"\b(union|works council|collective|bargaining)\b",
            "de": r"betriebsrat|gewerkschaft|betriebsvereinbarung|tarifvertrag",
            "fr": r"syndicat|\bCSE\b|comité|accord collectif",
        },
        content=(NEGATION, WHEN, NAMED),
    ),
    "copy": Topic(
        asked={
            "en": r"raw monitoring records|request to know",
            "de": r"rohdaten|antrag auf auskunft",
            "fr": r"enregistrements bruts|demande d'accès",
        },
        said={
            "en": r"\b(copy|records?|logs?|extract|CSV|specific pieces)\b",
            "de": r"kopie|protokoll|auszug|aufzeichnungen",
            "fr": r"copie|journaux|extraction|enregistrements",
        },
        content=(ATTACHED,),
    ),
    "categories": Topic(
        asked={
            "en": r"request to know",
            "de": r"antrag auf auskunft",
            "fr": r"demande d'accès",
        },
        said={"en": r"categor", "de": r"kategorie", "fr": r"catégor"},
        content=(LIST,),
    ),
    "source": Topic(
        asked={"en": r"came from", "de": r"herkunft", "fr": r"origine"},
        said={
            "en": r"collected from|\bcomes? from|came from|\bsources?\b|obtained from",
            "de": r"stammen|herkunft|erhoben|quelle",
            "fr": r"proviennent|origine|collectées|source",
        },
    ),
    "automated": Topic(
        asked={
            "en": r"automated decisions",
            "de": r"automatisierte entscheidungen",
            "fr": r"décisions automatisées",
        },
        said={
            "en": r"automated|profiling",
            "de": r"automatisiert|profiling",
            "fr": r"automatisée|profilage",
        },
    ),
    "description": Topic(
        asked={
            "en": r"description of each system",
            "de": r"beschreibung jedes systems",
            "fr": r"description de chaque système",
        },
        said={
            "en": r"\b(records?|logs?|captures?|tracks?|monitors?)\b",
            "de": r"erfasst|protokolliert|zeichnet",
            "fr": r"enregistre|capture|collecte",
        },
        content=(NAMED, NUMBER, DETAIL),
    ),
    "contracts": Topic(
        asked={"en": r"contracts", "de": r"verträge", "fr": r"contrats"},
        said={"en": r"\bcontracts?\b", "de": r"vertr[aä]g", "fr": r"\bcontrats?\b"},
        content=(ATTACHED,),
    ),
    "objection": Topic(
        asked={"en": r"^objection", "de": r"^widerspruch", "fr": r"^opposition"},
        said={
            "en": r"objection|excluded|no longer|\bstop",
            "de": r"widerspruch|nicht mehr|ausgenommen",
            "fr": r"opposition|plus traitées|exclu",
        },
        content=(DONE,),
    ),
    "withdrawal": Topic(
        asked={
            "en": r"withdrawal of consent",
            "de": r"widerruf der einwilligung",
            "fr": r"retrait du consentement",
        },
        said={
            "en": r"withdraw|consent",
            "de": r"widerruf|einwilligung",
            "fr": r"retrait|consentement",
        },
        content=(DONE,),
    ),
    "erasure": Topic(
        asked={
            "en": r"request for erasure|request to delete",
            "de": r"antrag auf löschung",
            "fr": r"demande d'effacement",
        },
        said={"en": r"delet|eras", "de": r"gelöscht|löschung", "fr": r"effac|supprim"},
        content=(DONE,),
    ),
    "correction": Topic(
        asked={
            "en": r"request to correct",
            "de": r"berichtigung",
            "fr": r"rectification",
        },
        said={
            "en": r"correct|updated|changed",
            "de": r"berichtigt|korrigiert",
            "fr": r"rectifi|corrig",
        },
        content=(DONE,),
    ),
}


def _has(pattern: dict[str, str] | str, lang: str, text: str) -> bool:
    chosen = pattern if isinstance(pattern, str) else pattern[lang]
    return re.search(chosen, text, re.IGNORECASE) is not None


def language_of(text: str, default: str = "en") -> str:
    """The reply's language, by its commonest small words."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    counts = {lang: sum(w in FUNCTION_WORDS[lang] for w in words) for lang in LANGUAGES}
    best = max(counts, key=counts.get)
    return best if counts[best] else default


# A short line with no figure that ends no sentence: a name, a role, a company. An
# answer set out as "Retention: 90 days" keeps its line.
SIGNATURE_LINE = re.compile(r"([^\d]{0,60}[^\d.!?:;)])?")


def body(reply: str) -> str:
    """The reply without letterhead, salutation and signature: from after the
    salutation (if there is one near the top) to before the closing formula, or to
    the last line that ends a sentence. Formulas of every language are looked for:
    a reply may greet in one and write in another."""
    lines = [line.strip() for line in reply.strip().splitlines()]
    for number, line in enumerate(lines[:12]):
        if any(_has(SALUTATION, each, line) for each in LANGUAGES):
            # "Dear Ms Keller," alone, or a pasted text that goes on after it
            rest = line.partition(",")[2].strip()
            lines = [rest, *lines[number + 1 :]]
            break
    for number, line in enumerate(lines):
        if any(_has(CLOSING, each, line) for each in LANGUAGES):
            lines = lines[:number]
            break
    text = "\n".join(lines)
    for each in LANGUAGES:
        closing = re.search(
            rf"(?<=[.!?])\s+({CLOSING_IN_TEXT[each]})\b", text, re.IGNORECASE
        )
        text = text[: closing.start()] if closing else text
    lines = text.strip().splitlines()
    while lines and SIGNATURE_LINE.fullmatch(lines[-1].strip()):
        lines.pop()  # a signature block: names, roles, the company
    return "\n".join(lines).strip()


# Where a full stop ends no sentence: after an abbreviation, a list's number or a
# German day ("am 3. Dezember"); after a year it does.
ABBREVIATION = re.compile(
    r"\b(art|abs|lit|nr|no|dr|mr|ms|mrs|st|inc|ltd|ca|bzw|vs|z\.b|e\.g|i\.e|S)\.$"
    r"|(^|\s)\d{1,2}\.$",
    re.IGNORECASE,
)
LIST_MARK = re.compile(r"^(\d+[.)]|zu \d+:|[-•*])\s*", re.IGNORECASE)


# A longer "sentence" (a text without full stops) is read in pieces of about this
# size: the patterns' ".*" make a search's time grow with the square of the length.
LONGEST_SENTENCE = 400


def _pieces(sentence: str) -> list[str]:
    pieces = []
    while len(sentence) > LONGEST_SENTENCE:
        cut = sentence.rfind(" ", 0, LONGEST_SENTENCE)
        cut = cut if cut > 0 else LONGEST_SENTENCE
        pieces.append(sentence[:cut])
        sentence = sentence[cut:].strip()
    return [*pieces, sentence]


def sentences(text: str) -> list[str]:
    """The sentences of a text: paragraphs joined, split after . ! ? but not after an
    abbreviation or a list number; list marks dropped; a very long one in pieces."""
    found = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        start = 0
        for end in re.finditer(r"[.!?](?=\s+\S)", flat):
            piece = flat[start : end.end()]
            if ABBREVIATION.search(piece.strip()):
                continue
            found.append(piece)
            start = end.end()
        found.append(flat[start:])
    return [
        LIST_MARK.sub("", piece)
        for sentence in found
        for piece in _pieces(sentence.strip())
        if piece
    ]


def topics_asked(question: str, lang: str) -> list[str]:
    return [name for name, topic in TOPICS.items() if _has(topic.asked, lang, question)]


@dataclass(frozen=True)
class Sentence:
    text: str
    topics: frozenset[str]  # the topics it takes up (or those of the one before)
    refusal: bool
    whole: bool  # a refusal of everything asked
    extension: bool
    boilerplate: bool


def _read_sentences(text: str, lang: str, asked: set[str]) -> list[Sentence]:
    read, before = [], frozenset()
    for sentence in sentences(text):
        topics = frozenset(n for n in asked if _has(TOPICS[n].said, lang, sentence))
        refusal = _has(REFUSAL, lang, sentence)
        whole = refusal and (
            not (topics or before) or _has(WHOLE_REQUEST, lang, sentence)
        )
        # "Diese können wir nicht herausgeben": a sentence that names no topic, or
        # begins by pointing back, continues the one before.
        if not topics or _has(ANAPHOR, lang, sentence):
            topics |= before
        read.append(
            Sentence(
                sentence,
                topics,
                refusal,
                whole,
                _has(EXTENSION, lang, sentence),
                _has(BOILERPLATE, lang, sentence),
            )
        )
        before = topics
    return read


def _answers(topic: str, sentence: Sentence, lang: str) -> bool:
    """The sentence answers the topic: takes it up, with content, and neither
    refuses, announces an extension nor only reassures."""
    if topic not in sentence.topics:
        return False
    if sentence.refusal or sentence.extension or sentence.boilerplate:
        return False
    return any(_has(kind, lang, sentence.text) for kind in TOPICS[topic].content)


@dataclass(frozen=True)
class QuestionReading:
    """The mark for one question, why, and the sentence of the reply behind it: the
    one that answers or refuses, or else the one that came closest (may be "")."""

    mark: str
    reason: str
    sentence: str = ""
    topics: tuple[str, ...] = ()
    answered: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reading:
    questions: list[QuestionReading] = field(default_factory=list)
    extension: bool = False
    extension_sentence: str = ""

    @property
    def marks(self) -> list[str]:
        return [question.mark for question in self.questions]


def _long_words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W\d_]{6,}", text)}


def _closest(question: str, read: list[Sentence]) -> str:
    """For a question without a topic: the sentence sharing most long words with it."""
    words = _long_words(question)
    best, shared = "", 0
    for sentence in read:
        count = len(words & _long_words(sentence.text))
        if count > shared:
            best, shared = sentence.text, count
    return best


def _read_question(
    question: str, lang: str, reply_lang: str, read: list[Sentence]
) -> QuestionReading:
    """Refused if a sentence declines one of its topics; answered if every topic is
    answered (or moot), partly if some are; refused if the whole request is
    declined; else not answered, with the sentence that touched it, if any."""
    topics = topics_asked(question, lang)
    whole = next((s for s in read if s.whole), None)
    if not topics:
        if whole is not None:
            return QuestionReading(REFUSED, DECLINED, whole.text)
        return QuestionReading(NOT_ANSWERED, UNKNOWN_QUESTION, _closest(question, read))
    refused = next((s for s in read if s.refusal and set(topics) & s.topics), None)
    if refused is not None:
        return QuestionReading(REFUSED, DECLINED, refused.text, tuple(topics))
    by_topic = {
        topic: next((s for s in read if _answers(topic, s, reply_lang)), None)
        for topic in topics
    }
    # "No DPIA was carried out" leaves nothing to show.
    denied = {
        topic
        for topic, sentence in by_topic.items()
        if sentence is not None and _has(NEGATION, reply_lang, sentence.text)
    }
    answered = tuple(
        topic
        for topic in topics
        if by_topic[topic] is not None or TOPICS[topic].falls_with in denied
    )
    first = next((by_topic[t] for t in topics if by_topic[t] is not None), None)
    if first is not None:
        mark = ANSWERED if len(answered) == len(topics) else PARTLY
        return QuestionReading(mark, SPECIFIC, first.text, tuple(topics), answered)
    if whole is not None:
        return QuestionReading(REFUSED, DECLINED, whole.text, tuple(topics))
    touching = next((s for s in read if set(topics) & s.topics), None)
    if touching is not None:
        return QuestionReading(NOT_ANSWERED, VAGUE, touching.text, tuple(topics))
    return QuestionReading(NOT_ANSWERED, UNTOUCHED, "", tuple(topics))


def read(questions: list[str], reply: str, lang: str | None = None) -> Reading:
    """Read the reply to a letter that asked `questions` (in `lang`, the letter's
    language; guessed from the questions if not given)."""
    lang = lang if lang in LANGUAGES else language_of(" ".join(questions))
    reply_lang = language_of(reply, default=lang)
    text = body(reply)
    asked = {topic for question in questions for topic in topics_asked(question, lang)}
    read_sentences = _read_sentences(text, reply_lang, asked)
    extension = next((s.text for s in read_sentences if s.extension), "")
    return Reading(
        [_read_question(q, lang, reply_lang, read_sentences) for q in questions],
        extension=bool(extension),
        extension_sentence=extension,
    )


def statements(reply: str) -> str:
    """The reply's own sentences, for reading facts from: no letterhead, salutation
    or signature ("HR Team" is who signs, not who receives the data), and no
    announcement of an extension ("by 45 days" is no retention period)."""
    lang = language_of(reply)
    return "\n".join(
        sentence
        for sentence in sentences(body(reply))
        if not _has(EXTENSION, lang, sentence)
    )
