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

import datetime
import re
from dataclasses import dataclass, field

# The marks, as documents.models.Mark stores them.
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
    r"eighteen|twenty-four|thirty|ninety|a|an)\s+(seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|years?)\b|\bimmediately\b",
    "de": r"\b(\d+|eine[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
    r"zwölf|achtzehn|dreißig|neunzig)\s+(Sekunden?|Minuten?|Stunden?|Tagen?|"
    r"Wochen?|Monate?n?|Jahre?n?)\b|\bsofort\b",
    "fr": r"\b(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|"
    r"trente)\s+(secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)\b"
    r"|\bimmédiatement\b",
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
    "fr": r"\b(seul|seule|seuls|seules|uniquement|exclusivement)\b|"
    r"\bne\b[^.;]{0,40}\bque\b",
}
ROLE = {
    "en": r"\b(team|administrators?|analysts?|officers?|managers?|supervisors?|desk|"
    r"department|payroll|engineers?)\b|(?-i:\b(HR|IT|DPO)\b)",
    "de": r"(team\b|administrator|abteilung|mitarbeitende|führungskr|vorgesetzt|"
    r"lohnbuchhaltung|beauftragte)|(?-i:\bIT\b)",
    "fr": r"\b(service|équipes?|responsables?|ingénieurs?|administrateurs?|"
    r"délégué)\b|(?-i:\bDPO\b)",
}
# Those outside the company. "Not shared with any vendor" says who does not see the
# data outside, not who sees it inside: half an answer to "who can see it".
OUTSIDERS = {
    "en": r"\b(vendors?|providers?|processors?|suppliers?|third[- ]part(y|ies)|"
    r"external|outside|group compan(y|ies)|affiliates?)\b",
    "de": r"dienstleister|auftragsverarbeiter|anbieter|\bdritte|\bextern|konzern",
    "fr": r"\b(prestataires?|sous-traitants?|fournisseurs?|tiers|externes?|filiales?|"
    r"sociétés? du groupe)\b",
}
# Nobody at all: a whole answer to "who can see it".
NOBODY = {
    "en": r"\b(nobody|no one|no-one)\b",
    "de": r"\bniemand",
    "fr": r"\bpersonne\b",
}
# A name: quoted, a company form, or a word with an inner capital (case counts).
NAMED = (
    r"(?-i:[\"“„«\u2018][^\"”“»\u2019]{2,40}[\"”“»\u2019]|\b(Inc|Ltd|LLC|GmbH|AG|SAS|SA|plc)\b"
    r"|\b[A-Z][a-z]+[A-Z]\w*)"
)
LEGAL = {
    "en": r"(\bArt\.|\bArticle|\bsection|§)\s*\d|legitimate interests?|\bconsent\b|"
    r"legal obligation|contract\b",
    "de": r"(\bArt\.|\bArtikel|§)\s*\d|berechtigte[mns]? Interesse|Einwilligung|"
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
    "en": r"@|\bportal\b|\bby writing\b|\bwriting to\b|\bthrough\b.*\baddress\b|"
    r"\bdashboard\b|\bself-service\b",
    "de": r"@|\bportal\b|\bschriftlich\b|\bper e-mail\b|\bdashboard\b|"
    r"\bself-service\b",
    "fr": r"@|\bportail\b|\bauprès du\b|\bpar écrit\b|\bpar courriel\b|"
    r"\btableau de bord\b",
}
PLACE = {
    "en": r"\b(intranet|handbook|section|page|e-?mailed|e-?mail|notice board)\b",
    "de": r"\b(intranet|handbuch|e-mail|aushang|rundschreiben)\b",
    "fr": r"\b(intranet|charte|courriel|affichée?|note de service)\b",
}
WHEN = {
    "en": r"\b(19|20)\d\d\b|\bat (onboarding|hire|hiring)\b|\bupon hire\b|"
    r"\bbefore (launch|the start)\b",
    "de": r"\b(19|20)\d\d\b|\bbei (der )?(einstellung|eintritt)\b|"
    r"\bvor (beginn|einführung)\b",
    "fr": r"\b(19|20)\d\d\b|\b(à|lors de) l'embauche\b|"
    r"\bavant (le lancement|la mise)\b",
}
REASON = {
    "en": r"\b(because|since|to protect|in order to|so that)\b",
    "de": r"\b(weil|da|denn|damit)\b|\bum\b.*\bzu\b",
    "fr": r"\b(car|parce que|afin de|pour)\b",
}
VERDICT = {
    "en": r"\b(but|too|insufficient|rejected|did not|not|poor|worse)\b",
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
    "de": r"\bminutengenau\b|\bsekundengenau\b|\bje (minute|stunde)\b|\bmit uhrzeit\b|"
    r"\balle \w+ (sekunden|minuten)\b",
    "fr": r"\bà la (minute|seconde)\b|\bchaque\b|\btoutes les \w+ (secondes|minutes)\b",
}
LIST = {
    "en": r",.*\b(and|or)\b|:.*,",
    "de": r",.*\b(und|oder)\b|:.*,",
    "fr": r",.*\b(et|ou)\b|:.*,",
}
PURPOSE = {
    "en": r"\b(to|for)\b|\bpurpose (is|was)\b",
    "de": r"\b(zur|zum|für|um)\b|\bzweck (ist|war)\b|\bdien(t|en) (der|dem|den)\b",
    "fr": r"\b(pour|à des fins|afin)\b|\bfinalité est\b",
}
NUMBER = r"\d"
ANY = r"\w"

# A sentence that says nothing a person could check: assurances, compliance in general.
BOILERPLATE = {
    "en": r"take .* seriously|\bassure\b|\bin (line|accordance) with (the GDPR|"
    r"applicable|all|data protection)|\bcomply with\b|\bcompliant\b|\bcarefully\b|"
    r"fully respected|value transparency|\bcommitted to\b|industry-standard|with care|"
    r"as long as (is )?(necessary|needed|required)|legitimate (business )?purposes|"
    r"in line with our policies",
    "de": r"nehmen .* ernst|höchste priorität|im einklang mit (der dsgvo|den "
    r"interessen|dem|den geltenden)|stets gewahrt|\bsorgfältig\b|verantwortungsvoll|"
    r"wurde sichergestellt|so lange (wie |als )?(nötig|notwendig|erforderlich)|"
    r"legitimen zwecken",
    "fr": r"plus grande importance|\bconformes?\b|\bavec soin\b|scrupuleusement|"
    r"au cœur de|soyez assurée?|(aussi longtemps que|le temps) nécessaire|"
    r"finalités légitimes",
}
REFUSAL = {
    "en": _any(
        r"\b(unable|not able|not in a position) to (share|provide|disclose|release|"
        r"give|send|delete|change|stop|comply|answer|hand)",
        r"\b(cannot|can't|can not|will not|won't) (share|provide|disclose|release|"
        r"give|hand over|answer|comply|make|grant)",
        r"\b(will|can|cannot|could|shall) not be (disclosed|shared|provided|released|"
        r"given|made available|making|providing|sharing|disclosing)\b",
        r"\bcannot be (disclosed|shared|provided|released|made available)\b",
        r"\bdeclines? to\b|\bmust decline\b|(?<!who )(?<!those )\brefuse",
    ),
    "de": _any(
        r"\bnicht\b.*\b(herausgeben|herausgegeben|zur verfügung (stellen|gestellt)|"
        r"vorlegen|vorgelegt|entsprechen|entsprochen|nachkommen|beantworten|mitteilen|"
        r"offenlegen|aushändigen)\b",
        r"\bkeine (auskünfte|auskunft) (erteilen|geben)",
        r"\blehnen\b.*\bab\b|\babgelehnt\b|\bverweigern\b",
    ),
    "fr": _any(
        r"ne sommes pas en mesure|ne pouvons pas|ne pourrons pas|\brefusons\b",
        r"ne (sera|seront) pas (communiqué|transmis|remis|divulgué)",
    ),
}
# A sentence that begins so says the refusal before it holds for its own topic too
# ("Gleiches gilt für die Datenschutz-Folgenabschätzung").
SAME_AS_BEFORE = {
    "en": r"^(the same (applies|goes|is true)|this also applies|likewise)\b",
    "de": r"^(gleiches|dasselbe|das gleiche|ebenso) gilt\b|^dies gilt auch\b",
    "fr": r"^(il en (va|est) de même|de même|cela vaut aussi|la même chose)\b",
}
# What is left undone after the rest was done: an erasure that spares a model.
UNDONE = {
    "en": r"\b(cannot|can't|could not|will not|won't) be (removed|deleted|erased|"
    r"retrained|undone|excluded|withdrawn)\b|\bremains? in (use|the model)\b",
    "de": r"\b(kann|können|konnte|konnten)\b.*\bnicht\b.*\b(entfernt|gelöscht|"
    r"neu trainiert|rückgängig)\b|\bverbleib",
    "fr": r"\bne (peut|peuvent|pourra|pourront) (pas|plus) être (supprimée?s?|"
    r"effacée?s?|retirée?s?|réentraînée?s?)|\breste(nt)? (dans|utilisée?s?)\b",
}
# Erasure from a model: taken out of the training data, the model retrained, or no
# model to take it from.
FROM_MODEL = {
    "en": r"\b(eras\w*|delet\w*|remov\w*|retrain\w*|exclud\w*|unlearn\w*)\b",
    "de": r"lösch|gelöscht|entfernt|neu trainiert|neu erstellt|ausgenommen",
    "fr": r"effac|supprim|retir|réentraîn|exclu",
}
# "We do not claim the data is anonymised": the question's "if" does not hold.
NOT_ANONYMISED = {
    "en": r"\b(not|never|no longer)\W+(\w+\W+){0,4}anonymi",
    "de": r"\bnicht\W+(\w+\W+){0,3}anonymisiert|\bkeine anonymisierung",
    "fr": r"\b(pas|jamais)\W+(\w+\W+){0,3}anonymis",
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
        r"\b(additional|further|more) (time|\d+ (calendar )?days|two months)\b",
        r"\b(\d+|two) (more|additional|further) (calendar )?(days|months)\b",
        r"\brequire an additional\b",
        r"\b(this|the|an) extension\b.*\b(period|deadline|time|respon\w*|"
        r"window|days|months)\b|\b(notice|notify\w*) (you )?of (this|the|an) "
        r"extension\b",
    ),
    "de": _any(
        r"\bfrist\b.*\bverlänger|\bverlänger\w*\b.*\bfrist\b",
        r"\bmehr zeit\b|\bzusätzliche zeit\b|\bweitere zeit\b",
        r"\b(zwei|drei|\d+) weitere[nr]? (monate|wochen|tage)",
        r"\bweitere[nr]? (zwei |drei |\d+ )?(monate|wochen)\b",
        r"\bverlänger\w*\b.*\bum (zwei|drei|\d+) (weitere )?(monate|wochen|tage)\b",
    ),
    "fr": _any(
        r"\bprolong\w*\b.*\bdélai\b|\bdélai\b.*\bprolong",
        r"\bdélai supplémentaire\b|\bdavantage de temps\b",
        r"\b(deux|trois|\d+) (mois|semaines|jours) supplémentaires\b",
        r"\bprolongation\b",
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
    `content` kinds, and half of it when it carries only one of the `part` kinds
    (unless it matches `elsewhere`: "not shared outside the EU" is about where, not
    who) or matches `limited`. `falls_with` names a topic whose denial (`denial`, else any "no") makes
    this one moot (may I see the DPIA, when there is none). `named` finds the topic
    in a refusal ("the models we develop … we are unable to share"); `undone`, found
    anywhere in the reply, leaves it half done ("the model cannot be retrained"); a
    sentence matching `excluded` is about something else ("informed the works council"
    is not the notice given to workers)."""

    asked: dict[str, str]
    said: dict[str, str]
    content: tuple = (ANY,)
    falls_with: str = ""
    part: tuple = ()
    elsewhere: dict[str, str] | None = None
    limited: dict[str, str] | None = None
    denial: dict[str, str] | None = None
    named: dict[str, str] | None = None
    undone: dict[str, str] | None = None
    excluded: dict[str, str] | None = None


RECIPIENTS_SAID = {
    "en": r"\b(see|sees|seen|view|viewed|accessible|shared with|"
    r"recipients?|disclosed to|access to|have access|has access|"
    r"passed (on )?to|listen to)\b",
    "de": r"einsehen|zugriff|zugang|empfänger|\bsehen\b|weitergegeben|"
    r"weitergeleitet|geteilt",
    "fr": r"\bvoir\b|(?<!droits d')(?<!droit d')(?<!demande d')accès|"
    r"consultent|consulter|consultables?|destinataires|transmises?\b|"
    r"partagées?\b",
}
# Where data goes, not who sees it: "not shared with any vendor outside the EU".
TRANSFER_PLACE = {
    "en": r"\boutside (the )?(EU|EEA|UK|European|United States|US)\b|"
    r"\babroad\b|\bthird countr",
    "de": r"außerhalb (der|des) (EU|EWR|Europäischen)|\bausland|drittl",
    "fr": r"\bhors (de l'|du |de la )?(UE|EEE|Union|Europe)|étranger|pays tiers",
}
# A denial limited to one purpose: "not shared with any vendor for training".
LIMITED_TO_A_PURPOSE = {
    "en": r"\b(for|to) (training|train|marketing|\w+ purposes?|that purpose)\b",
    "de": r"\b(zu|für) (\w+zwecken|training|das training)\b",
    "fr": r"\bpour (l'entraînement|entraîner)\b|\bà des fins d[e']",
}
DPIA_NAME = {
    "en": r"\bDPIA\b|impact assessment",
    "de": r"folgenabschätzung|\bDSFA\b",
    "fr": r"analyse d'impact|\bAIPD\b",
}
# A model described or named, and what it is for: "our route-optimisation model",
# "das Klassifikationsmodell „Ticketsort“", "le modèle « Lexa »".
MODEL_NAMED = {
    "en": NAMED + r"|\b\w+(-\w+)+ model\b|\b\w+ing model\b|\b(in-house|own) \w* ?model",
    "de": NAMED + r"|\w{4,}modell",
    "fr": NAMED + r"|\bmodèle (de |d')\w+",
}
MODEL_PURPOSE = {
    "en": r"\b(to|for) (improve|predict|suggest|detect|forecast|plan|sort|route|"
    r"recommend|help)\w*|\bfor the purpose\b|\bpurpose\b|\b(which|that) \w+s\b",
    "de": r"\bzweck\b|\bum\b.*\bzu\b|\b(das|der|die)\b[^.;]*\b(unterstützt|zuordnet|"
    r"vorschlägt|erkennt|verbessert|vorhersagt)\b|\bverbesser\w*|\bzur\b",
    "fr": r"\bafin d|\bdans le but\b|\bpour (améliorer|détecter|prévoir|proposer|"
    r"planifier|trier)\b|\bqui (prédit|propose|détecte|suggère)\b",
}
# "not used to train any model", "nicht zum Training", "n'ont servi à entraîner
# aucun modèle": no training, so there are no models to name.
NOT_TRAINED = {
    "en": r"\b(not|never|no)\b[^.;]{0,60}\b(train|training|trained|fine-tun\w*)\b|"
    r"\bno (AI|machine-learning|model)\b|\bno models?\b|\bnot used to\b",
    "de": r"\b(nicht|nie)\b[^.;]{0,60}(trainier|training)|"
    r"\bkeine[nmr]?\b[^.;]{0,30}(KI|modell)",
    "fr": r"\b(ne|n')[^.;]{0,60}entraîn|\baucun\w* modèle",
}
# A programme named after AI training says data trains AI, not which or what for.
TRAINING_PROGRAMME = {
    "en": r"\b(AI )?training (programme|program|pilot)\b",
    "de": r"trainingsprogramm",
    "fr": r"programme d'entraînement",
}
# What is recorded: kinds of data.
DATA_KIND = {
    "en": r"\b(keystrokes?|key timing|keystroke timing|mouse|screenshots?|screen|"
    r"webcam|calls?|recordings?|telematics|GPS|location|activity|events?|"
    r"application usage|applications?|websites?|logs?|statistics|badge|clicks?)\b",
    "de": r"tastatur|maus|bildschirm|screenshot|webcam|telefon|gespräch|telematik|"
    r"standort|gps|aktivität|anwendung|protokoll|scanner|"
    r"arbeitszeiterfassung|an- und abmeldung",
    "fr": r"frappe|souris|écran|webcam|appels?|enregistrements?|géolocalisation|"
    r"navigation|journaux|badge|applications?|connexion",
}
# A purpose the data is used for, but not "(not) for training", the AI-training
# question's.
USE_PURPOSE = {
    "en": r"\b(to|for)\b(?!\s+(the\s+)?(train|training|test)\b)|\bpurpose (is|was)\b",
    "de": r"\b(zur|zum|für|um)\b(?!\s+(das\s+)?(training|trainieren)\b)|"
    r"\bzweck (ist|war)\b|\bdien(t|en) (der|dem|den)\b",
    "fr": PURPOSE["fr"],
}
# Voluntary or not: the first part of "is taking part voluntary?".
VOLUNTARY = {
    "en": r"\b(voluntary|voluntarily|optional|mandatory|compulsory|obligatory|"
    r"opt[- ]in)\b",
    "de": r"freiwillig|verpflichtend|\bpflicht",
    "fr": r"volontaire|facultati|obligatoire",
}
# Workers' representatives: informing them is not informing the workers.
COUNCIL = {
    "en": r"works council|\bunion\b",
    "de": r"betriebsrat|gewerkschaft",
    "fr": r"\bCSE\b|comité social|syndicat",
}
# How representatives were involved.
INVOLVED = {
    "en": r"\b(informed|consulted|negotiated|agreed|approved|signed|involved)\b",
    "de": r"informiert|angehört|beteiligt|verhandelt|zugestimmt|mitbestimm|"
    r"abgeschlossen|unterzeichnet",
    "fr": r"\b(consulté|informé|associé|négocié|signé)e?s?\b|\bavis\b",
}


TOPICS = {
    "ai_training": Topic(
        asked={
            "en": r"\bto train\b",
            "de": r"zu trainieren|zum training",
            "fr": r"à entraîner|pour entraîner",
        },
        said={
            "en": r"\b(train|trained|training|fine-tune|fine-tuned)\b|"
            r"\bimprove\b.*\bmodels?\b",
            "de": r"trainier|training|verbesser\w*\b.*modell",
            "fr": r"entraîn|amélior\w*\b.*\bmodèles?\b",
        },
        content=(NEGATION, YES_NO, USE),
        named={
            "en": r"\b(AI|models?|machine[- ]learning)\b",
            "de": r"\bKI\b|\bKI-|modell",
            "fr": r"\bIA\b|\bmodèles?\b",
        },
        part=(TRAINING_PROGRAMME,),
        denial=NOT_TRAINED,
    ),
    # "If so, which models and for what purpose?": a model named or described, and
    # what it does; moot where no data trains any model.
    "ai_models": Topic(
        asked={
            "en": r"which models|and which ones",
            "de": r"welche modelle|und für welche",
            "fr": r"lesquels",
        },
        said={
            "en": r"\bmodels?\b|\bassistant\b",
            "de": r"modell",
            "fr": r"\bmodèles?\b",
        },
        content=((MODEL_NAMED, MODEL_PURPOSE),),
        part=(MODEL_NAMED, MODEL_PURPOSE),
        falls_with="ai_training",
        named={
            "en": r"\b(which|the) models?\b|\bmodels? (we|you)\b",
            "de": r"\bwelche modelle\b|\bmodelle\b",
            "fr": r"\bquels modèles\b|\bmodèles\b",
        },
    ),
    "collection": Topic(
        asked={
            "en": r"what exactly is recorded",
            "de": r"was genau wird aufgezeichnet",
            "fr": r"qu'est-ce qui est enregistré",
        },
        said={
            "en": DATA_KIND["en"] + r"|\b(records?|recorded|collects?|collected|"
            r"captures?|captured|logged|tracks?|tracked)\b",
            "de": DATA_KIND["de"] + r"|erfasst|aufgezeichnet|protokolliert",
            "fr": DATA_KIND["fr"] + r"|enregistrée?s?|collectée?s?|capturée?s?",
        },
        content=(DATA_KIND,),
    ),
    "collection_when": Topic(
        asked={
            "en": r"on which devices",
            "de": r"auf welchen geräten",
            "fr": r"sur quels appareils",
        },
        said={
            "en": r"\b(laptops?|computers?|devices?|phones?|vehicles?|PCs?|desktops?|"
            r"working hours|breaks?|logged in|switched on)\b",
            "de": r"laptop|rechner|geräte|handy|fahrzeug|arbeitszeit|pause",
            "fr": r"ordinateur|appareil|\bpostes?\b|véhicule|heures de travail|"
            r"pauses?|tournées",
        },
    ),
    "collection_private": Topic(
        asked={
            "en": r"private content",
            "de": r"private inhalte",
            "fr": r"contenus privés",
        },
        said={
            "en": r"\bprivate (content|files|messages)|\bcontents?\b|which keys",
            "de": r"private (inhalte|dateien)|bildschirminhalt|tastatureingaben",
            "fr": r"contenus?\b|fichiers (personnels|privés)",
        },
    ),
    "necessity": Topic(
        asked={
            "en": r"\bnecessary\b",
            "de": r"\berforderlich\b",
            "fr": r"\bnécessaire\b",
        },
        said={
            "en": r"\b(necessary|needed|need|required|requires?)\b",
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
        content=(ANONYMISING, NUMBER, NOT_ANONYMISED),
        denial=NOT_ANONYMISED,
    ),
    "reidentification": Topic(
        asked={"en": r"re-identification", "de": r"re-identifi", "fr": r"réidentif"},
        said={
            "en": r"re-?identif",
            "de": r"re-?identifi",
            "fr": r"r[ée]-?identif",
        },
        content=(ANONYMISING, DPIA_DONE, NEGATION, WHEN),
        falls_with="anonymisation",
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
    "use": Topic(
        asked={
            "en": r"for which purposes is the data used",
            "de": r"zu welchen zwecken",
            "fr": r"à quelles fins",
        },
        said={
            "en": r"\bpurposes?\b|\b(used|processed|use)\b[^.;]{0,20}\b(for|to|only)\b|"
            r"\bserves?\b|legitimate interests?\b[^.;]{0,40}\b(in|for|namely)\b",
            "de": r"\bzweck|\bdien(t|en)\b|\b(verwendet|genutzt)\b|"
            r"\bfür die\b[^.;]*\b(absicherung|sicherheit)",
            "fr": r"finalité|\bsert\b|\bservent\b|\b(à des|aux) fins\b|"
            r"intérêt légitime",
        },
        content=(
            USE_PURPOSE,
            {
                "en": r"\binterests? in \w+ing\b",
                "de": r"\binteresse an\b",
                "fr": r"intérêt légitime[^.;]* à \w+er\b|"
                r"\bser(t|vent) (uniquement |seulement )?à (?!entraîner)\w+er\b",
            },
        ),
    ),
    "use_decisions": Topic(
        asked={
            "en": r"decisions about individual",
            "de": r"entscheidungen über einzelne",
            "fr": r"décisions concernant",
        },
        said={
            "en": r"\b(appraisals?|performance reviews?|pay|discipline|disciplinary|"
            r"decisions?)\b",
            "de": r"beurteilung|vergütung|disziplinar|entscheidung",
            "fr": r"évaluer|évaluation|rémunér|sanction|décision",
        },
        content=(
            NEGATION,
            {
                "en": r"\b(is|are) used (for|in) (appraisal|pay|discipline)",
                "de": r"\bfließen\b.*\bein\b",
                "fr": r"\bsont utilisées pour (évaluer|l'évaluation)",
            },
        ),
    ),
    "use_review": Topic(
        asked={
            "en": r"can a person review",
            "de": r"kann ein mensch",
            "fr": r"une personne peut-elle",
        },
        said={
            "en": r"\breview(s|ed)? (any|the|such|a|each|every) decision|"
            r"\b(contest|challenge|appeal)\w*|\bhuman review",
            "de": r"entscheidung\w*\b.*\b(überprüf|anfecht)|"
            r"\b(überprüf|anfecht)\w*\b.*\bentscheidung",
            "fr": r"contester|réexamin|\brecours\b",
        },
        falls_with="use_decisions",
    ),
    "participation": Topic(
        asked={
            "en": r"taking part voluntary",
            "de": r"teilnahme freiwillig",
            "fr": r"participation est-elle volontaire",
        },
        said={
            "en": VOLUNTARY["en"] + r"|\b(taking part|take part|participation)\b",
            "de": VOLUNTARY["de"] + r"|teilnahme|teilnehmen",
            "fr": VOLUNTARY["fr"] + r"|participation",
        },
        content=(VOLUNTARY,),
    ),
    "participation_reward": Topic(
        asked={
            "en": r"is it rewarded",
            "de": r"wird sie belohnt",
            "fr": r"est-elle récompensée",
        },
        said={
            "en": r"\b(reward\w*|bonus\w*|vouchers?|incentives?|compensat\w+)\b",
            "de": r"belohn|prämie|gutschein|anreiz|bonus",
            "fr": r"récompens|\bprimes?\b|bons? d'achat|incitation",
        },
    ),
    "participation_refusal": Topic(
        asked={
            "en": r"those who refuse",
            "de": r"die ablehnen",
            "fr": r"ceux qui refusent",
        },
        said={
            "en": r"\b(who|those) (refuse|decline|do not|don't)\b|\bnot to take part\b|"
            r"\bopt(s|ed)? out\b|\blose nothing\b",
            "de": r"ablehn|nicht teilnimmt|nicht teilnehmen|nachteil",
            "fr": r"qui refusent|ne participent pas|conséquence|pénalis",
        },
    ),
    "participation_stop": Topic(
        asked={
            "en": r"how can someone stop",
            "de": r"wie kann man sie beenden",
            "fr": r"comment peut-on y mettre fin",
        },
        said={
            "en": r"\b(can|may) stop\b|\bstop (at any|taking part|participating)|"
            r"\bwithdraw\w*|\bleave the (programme|program|pilot)|"
            r"\bswitch(ing)? (it |the \w+ )?off\b",
            "de": r"beendet werden|beenden|austreten|abmelden|widerruf",
            "fr": r"mettre fin|arrêter|se retirer|désinscri|quitter",
        },
    ),
    "purposes": Topic(
        asked={"en": r"\bthe purposes\b", "de": r"\bzwecke\b", "fr": r"\bfinalités\b"},
        said={
            "en": r"\bpurposes?\b|\b(used|processed) (for|to)\b|\bserves?\b",
            "de": r"\bzweck|\bdien(t|en)\b|verarbeitet\b|verwendet\b",
            "fr": r"finalité|\bsert\b|\bservent\b|traitées pour|\b(à des|aux) fins\b",
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
            r"switched off|stops)\b|\b(ends?|ended|stopped|discontinued|ceases?|"
            r"ceased)\b.*\b(deleted|erased|kept|retained)\b",
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
        said=RECIPIENTS_SAID,
        # Naming who sees it is whole; denying some outsiders only half.
        content=(ROLE, ONLY, NAMED, NOBODY),
        part=(NEGATION, OUTSIDERS),
        elsewhere=TRANSFER_PLACE,
        named={
            "en": OUTSIDERS["en"] + r"|\brecipients?\b",
            "de": OUTSIDERS["de"] + r"|empfänger",
            "fr": OUTSIDERS["fr"] + r"|destinataires",
        },
    ),
    # "inside and outside the company": what of outsiders, besides who sees it.
    "recipients_outside": Topic(
        asked={
            "en": r"inside and outside|including internal",
            "de": r"innerhalb und außerhalb|einschließlich interner",
            "fr": r"au sein de l'entreprise et en dehors|y compris les équipes internes",
        },
        said=RECIPIENTS_SAID,
        # Whole: only these, nobody, or who inside and that outsiders do not; a
        # denial about outsiders alone is half.
        content=(ONLY, NOBODY, (ROLE, OUTSIDERS)),
        part=(OUTSIDERS,),
        elsewhere=TRANSFER_PLACE,
        # "not shared with any vendor for training" leaves other purposes open
        limited=LIMITED_TO_A_PURPOSE,
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
        excluded=COUNCIL,
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
        excluded=COUNCIL,
    ),
    "dpia_done": Topic(
        asked={
            "en": r"assessment carried out|assessed in writing",
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
        # The US questions letter asks to see, correct or delete.
        asked={
            "en": r"object to|have it corrected",
            "de": r"widersprechen",
            "fr": r"s'opposer",
        },
        said={
            "en": r"\b(object|objection|erasure|erase|see their|access their)\b|"
            r"\b(view|see|access|review) (their|your)\b",
            "de": r"widersprech|widerspruch|löschung|löschen|auskunft|"
            r"\bihre daten\b.*\beinsehen\b|\beinsicht\b",
            "fr": r"opposer|opposition|effacement|accéder|"
            r"\bconsulter (leurs|vos|ses)\b",
        },
        content=(CONTACT,),
    ),
    "model_erasure": Topic(
        asked={
            "en": r"from trained models",
            "de": r"aus trainierten modellen",
            "fr": r"des modèles entraînés",
        },
        # a model or its training data, with what is done to it
        said={
            "en": r"(\bmodels?\b|\btraining (data|set)).*("
            + FROM_MODEL["en"]
            + ")|("
            + FROM_MODEL["en"]
            + r").*(\bmodels?\b|\btraining (data|set))",
            "de": r"(modell|trainingsdat).*("
            + FROM_MODEL["de"]
            + ")|("
            + FROM_MODEL["de"]
            + ").*(modell|trainingsdat)",
            "fr": r"(\bmodèles?\b|données d'entraînement).*("
            + FROM_MODEL["fr"]
            + ")|("
            + FROM_MODEL["fr"]
            + r").*(\bmodèles?\b|données d'entraînement)",
        },
        undone=UNDONE,
    ),
    "representatives": Topic(
        asked={
            # The US questions letter asks about a union or another body.
            "en": r"works council or union|union or another body",
            "de": r"betriebsrat oder gewerkschaft",
            "fr": r"syndicat",
        },
        said={
            "en": r"\b(union|works council|employee representatives|teamsters|"
            r"collective bargaining)\b",
            "de": r"betriebsrat|gewerkschaft",
            "fr": r"syndicat|\bCSE\b|comité",
        },
        content=(NEGATION, INVOLVED),
    ),
    # "… and is there an agreement?": a works agreement named as the legal basis
    # answers this, not how the council was involved.
    "representatives_agreement": Topic(
        asked={
            "en": r"is there an agreement",
            "de": r"gibt es eine vereinbarung",
            "fr": r"existe-t-il un accord",
        },
        said={
            "en": r"\bagreements?\b|\bcollective\b|\bside letter\b",
            "de": r"vereinbarung|tarifvertrag",
            "fr": r"\baccords?\b",
        },
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
        content=(NAMED, NUMBER, DETAIL, DURATION),
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
        undone=UNDONE,
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


def _named_first(asked: set[str], lang: str, sentence: str) -> frozenset[str]:
    """The topics a refusal names first: "the contracts with our vendors cannot be
    shown" refuses the contracts; "the names of our service providers, as our
    contracts oblige us to keep them confidential" the recipients, not the retention
    its "keep" would suggest."""
    where = {}
    for name in asked:
        topic = TOPICS[name]
        found = [
            re.search(pattern[lang], sentence, re.IGNORECASE)
            for pattern in (topic.said, topic.named)
            if pattern is not None
        ]
        starts = [match.start() for match in found if match is not None]
        if starts:
            where[name] = min(starts)
    first = min(where.values(), default=None)
    return frozenset(name for name, start in where.items() if start == first)


def _read_sentences(text: str, lang: str, asked: set[str]) -> list[Sentence]:
    read, before, refused_before = [], frozenset(), False
    for sentence in sentences(text):
        topics = frozenset(n for n in asked if _has(TOPICS[n].said, lang, sentence))
        refusal = _has(REFUSAL, lang, sentence) or (
            refused_before and _has(SAME_AS_BEFORE, lang, sentence)
        )
        if refusal:
            topics = _named_first(asked, lang, sentence)
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
        # Nothing is carried on from a sentence that only reassures.
        before = frozenset() if read[-1].boilerplate else topics
        refused_before = refusal
    return read


# How much of a topic a sentence answers.
WHOLE, HALF = 2, 1


def _carries(kind: dict | str | tuple, lang: str, text: str) -> bool:
    """The text carries content of this kind, or of each kind of a tuple."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return all(_has(each, lang, text) for each in kinds)


def _answers(topic: str, sentence: Sentence, lang: str) -> int:
    """WHOLE if the sentence answers the topic: takes it up, with content, and
    neither refuses, announces an extension nor only reassures; HALF if its content
    answers only part (a denial about outsiders for "who can see it"); else 0."""
    if topic not in sentence.topics:
        return 0
    if sentence.refusal or sentence.extension or sentence.boilerplate:
        return 0
    chosen = TOPICS[topic]
    if chosen.undone is not None and _has(chosen.undone, lang, sentence.text):
        return 0
    if chosen.excluded is not None and _has(chosen.excluded, lang, sentence.text):
        return 0
    if any(_carries(kind, lang, sentence.text) for kind in chosen.content):
        limited = chosen.limited is not None and _has(
            chosen.limited, lang, sentence.text
        )
        return HALF if limited else WHOLE
    if chosen.elsewhere is not None and _has(chosen.elsewhere, lang, sentence.text):
        return 0
    return HALF * any(_has(kind, lang, sentence.text) for kind in chosen.part)


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
    # What the extension gives: the latest date it names, and the period it names
    # ("by 45 days": ("days", 45)); None where it names none.
    extended_to: datetime.date | None = None
    extended_by: tuple[str, int] | None = None

    @property
    def marks(self) -> list[str]:
        return [question.mark for question in self.questions]

    @property
    def only_extension(self) -> bool:
        """A notice that the employer takes longer, and nothing else: no question
        answered, even in part, and none refused."""
        return self.extension and set(self.marks) <= {NOT_ANSWERED}


# Dates and periods an extension names, in the words of each language.
MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "de": [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
NUMBER_WORDS = {
    "en": {"one": 1, "two": 2, "three": 3, "six": 6},
    "de": {"einen": 1, "einem": 1, "zwei": 2, "drei": 3, "sechs": 6},
    "fr": {"un": 1, "deux": 2, "trois": 3, "six": 6},
}
UNITS = {
    "en": {"day": "days", "week": "weeks", "month": "months"},
    "de": {"tag": "days", "woche": "weeks", "monat": "months"},
    "fr": {"jour": "days", "semaine": "weeks", "mois": "months"},
}
PERIOD_NAMED = {
    "en": r"\b(\d+|one|two|three|six)\s+(?:(?:more|additional|further|calendar)\s+)*"
    r"(day|week|month)s?\b",
    "de": r"\b(\d+|einen|einem|zwei|drei|sechs)\s+(?:weitere[nr]?\s+)?"
    r"(tag|woche|monat)(?:e|en|n)?\b",
    "fr": r"\b(\d+|un|deux|trois|six)\s+(jour|semaine|mois)s?\b",
}


def _dates(text: str) -> list[datetime.date]:
    """The dates a text names: "February 18, 2027", "18 February 2027",
    "28. Februar 2027", "1er décembre 2026", "28.02.2027", "2027-02-28"."""
    months = {
        name: number
        for names in MONTHS.values()
        for number, name in enumerate(names, start=1)
    }
    month = "(" + "|".join(months) + ")"
    found = []
    patterns = (
        (rf"\b{month}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", (3, 1, 2)),
        (rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+{month}\s+(\d{{4}})\b", (3, 2, 1)),
        (r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", (3, 2, 1)),
        (r"\b(\d{4})-(\d{2})-(\d{2})\b", (1, 2, 3)),
    )
    for pattern, (year, month_at, day) in patterns:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            named = match.group(month_at)
            number = months.get(named.casefold()) or int(named)
            try:
                found.append(
                    datetime.date(int(match.group(year)), number, int(match.group(day)))
                )
            except ValueError:
                continue  # "31. Februar": no date
    return found


def _period(text: str, lang: str) -> tuple[str, int] | None:
    match = re.search(PERIOD_NAMED[lang], text, re.IGNORECASE)
    if match is None:
        return None
    count, unit = match.group(1).casefold(), match.group(2).casefold()
    number = int(count) if count.isdigit() else NUMBER_WORDS[lang][count]
    return UNITS[lang][unit], number


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
    answered whole (or moot), partly if some are answered at all; refused if the
    whole request is declined; else not answered, with the sentence that touched it,
    if any."""
    topics = topics_asked(question, lang)
    whole = next((s for s in read if s.whole), None)
    if not topics:
        if whole is not None:
            return QuestionReading(REFUSED, DECLINED, whole.text)
        return QuestionReading(NOT_ANSWERED, UNKNOWN_QUESTION, _closest(question, read))
    refused = next((s for s in read if s.refusal and set(topics) & s.topics), None)
    if refused is not None:
        return QuestionReading(REFUSED, DECLINED, refused.text, tuple(topics))
    by_topic, how_much = {}, {}
    for topic in topics:
        found = [(_answers(topic, s, reply_lang), s) for s in read]
        how_much[topic] = max((amount for amount, _s in found), default=0)
        by_topic[topic] = next(
            (s for amount, s in found if amount and amount == how_much[topic]), None
        )
        undone = TOPICS[topic].undone
        if undone is not None and any(_has(undone, reply_lang, s.text) for s in read):
            how_much[topic] = min(how_much[topic], HALF)
    # "No DPIA was carried out" leaves nothing to show.
    denied = {
        topic
        for topic, sentence in by_topic.items()
        if sentence is not None
        and _has(TOPICS[topic].denial or NEGATION, reply_lang, sentence.text)
    }
    answered = tuple(
        topic
        for topic in topics
        if how_much[topic] == WHOLE or TOPICS[topic].falls_with in denied
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
    # The date is often in the sentence after: "… by 45 days. We will respond no
    # later than February 18, 2027."
    around = " ".join(
        s.text
        for number, s in enumerate(read_sentences)
        if s.extension or (number and read_sentences[number - 1].extension)
    )
    return Reading(
        [_read_question(q, lang, reply_lang, read_sentences) for q in questions],
        extension=bool(extension),
        extension_sentence=extension,
        extended_to=max(_dates(around), default=None),
        extended_by=_period(around, reply_lang) if extension else None,
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
