"""Access, the impact assessment, de-identification, the representatives and the lawful basis."""

import re

from assessment.rules.base import gettext_noop as _

from ..model import FLAGS, NEVER, signal, words
from ..readings import DPIA_EXPLANATION, DPIA_SHARED, PEOPLE, SEEING

SIGNALS = (
    signal(
        "restricted-access",
        _("Restricted access"),
        _(
            "Few people can see individual data, the employer says: ask who they are "
            "by role, and how access is logged."
        ),
        r"\bonly (?:a few|a handful of|a small number of|a limited number of|two|three|"
        r"(?:specially )?(?:selected|designated|authori[sz]ed))(?: \w+){0,2}? "
        rf"{PEOPLE['en']}|"
        r"(?:restricted|limited) to (?:a few|a handful|a small|two|three|four|five|"
        r"(?:specially )?(?:selected|designated|authori[sz]ed|named))\b|"
        r"access (?:is |will be )?(?:strictly )?(?:restricted|limited) to|"
        r"only (?:be )?(?:visible|accessible|viewable|viewed|seen|accessed|read) (?:to|by) "
        r"(?:(?:one|two|three|four|five|a few|a handful of|a small number of|"
        r"(?:specially )?(?:selected|designated|authori[sz]ed|named))\b|"
        r"(?:the |your )(?:\w+ ){1,4}?(?:assigned to|responsible for) you\b)|"
        r"(?:restricted|limited) access|"
        r"(?:nur|ausschließlich|lediglich) (?:sehr )?(?:wenige|einzelne|zwei|drei|"
        rf"ausgewählte|befugte|autorisierte|berechtigte)(?: \w+){{0,2}}? {PEOPLE['de']}|"
        r"Zugriff\w* (?:\w+ ){0,3}(?:beschränkt|begrenzt|eingeschränkt)|"
        r"(?:beschränkt|eingeschränkt)\w* Zugriff\w*|"
        r"\bseul(?:e|s|es)? (?:quelques|deux|trois|certaine?s)(?: \w+)? "
        rf"{PEOPLE['fr']}|"
        r"nombre (?:très )?(?:restreint|limité|réduit)|"
        r"kleine[nr]? (?:Kreis|Gruppe|Anzahl)|beschränkt auf|"
        r"accès (?:est |sera )?(?:strictement )?(?:restreint|limité)|"
        r"(?:restreint|limité)\w* (?:l'|leur )?accès",
        ("access", "restricted"),
        needs=SEEING,
    ),
    signal(
        "dpia-not-done",
        _("No impact assessment"),
        DPIA_EXPLANATION,
        words(
            en=r"\bno (?:data protection )?impact assessment|"
            r"(?:impact assessment|DPIA) (?:was|has|have) not (?:been )?\w+|"
            r"(?:not|never) (?:yet )?(?:been )?(?:carried out|conducted|completed|performed|done|prepared|made|undertaken) (?:an? |any |the )?(?:\w+ ){0,3}?(?:impact assessment|(?-i:DPIA))|"
            r"(?:impact assessment|(?-i:DPIA)|Folgenabschätzung) (?:is|was|ist|war|sei) (?:\w+ )?(?:not|nicht) (?:\w+ )?(?:required|necessary|needed|erforderlich|notwendig|nötig)",
            de=r"keine (?:Datenschutz-)?Folgenabschätzung|"
            r"Folgenabschätzung (?:wurde|ist) (?:\w+ )?nicht",
            fr=r"aucune analyse d'impact|analyse d'impact (?:\w+ ){0,6}?n'a pas été|"
            r"pas (?:encore )?(?:réalisé|effectué|mené|conduit) (?:d'|une )analyse d'impact|"
            r"analyse d'impact (?:\w+ )?n'(?:est|était) pas (?:\w+ )?(?:requise|nécessaire|obligatoire)",
        ),
        ("dpia", "not_done"),
        deniable=False,
    ),
    signal(
        "dpia-done",
        _("Impact assessment done"),
        DPIA_EXPLANATION,
        words(
            en=r"(?:impact assessment|(?-i:DPIA)) (?:was|has been|have been) (?!not\b)(?:\w+ )?(?:carried out|conducted|completed|performed|done|prepared|made)|"
            r"(?:carried out|conducted|completed|performed|prepared) an? (?:\w+ ){0,3}?(?:impact assessment|(?-i:DPIA))",
            de=r"Folgenabschätzung\w* (?:wurde|ist|wurden) (?!nicht\b)(?:\w+ )?(?:durchgeführt|erstellt|vorgenommen)|"
            r"Folgenabschätzung\w* (?:\w+ )?(?:durchgeführt|erstellt|vorgenommen|abgeschlossen)|"
            r"Folgenabschätzung\w* (?:haben|hat) (?:\w+ ){1,4}?(?:durchgeführt|erstellt|vorgenommen|abgeschlossen)",
            fr=r"analyse d'impact (?:[\w'-]+ ){0,6}?(?:a (?:\w+ )?été|est) (?:\w+ )?(?:réalisée|effectuée|menée|conduite)|"
            r"(?:réalisé|effectué|mené|conduit) une analyse d'impact",
        ),
        ("dpia", "done_not_shared"),
        reason=_(
            "The text says the assessment was done, not that you were given it: ask "
            "for a copy."
        ),
        unless=DPIA_SHARED,
        milder=signal(
            "dpia-shared",
            _("Impact assessment shared"),
            DPIA_EXPLANATION,
            NEVER,
            ("dpia", "done_shared"),
        ),
    ),
    signal(
        "anonymised",
        _("'Anonymised'"),
        _(
            "A claim, not a fact: behavioural traces are hard to anonymise. Ask how it "
            "is done, step by step."
        ),
        words(en=r"anonymi[sz]\w*|de-identified|anonymis\w*", fr=r"anonymisé\w*"),
        ("de_identification", "anonymised_claimed"),
    ),
    signal(
        "pseudonymised",
        _("'Pseudonymised'"),
        _(
            "Pseudonymised data is still personal data: whoever holds the key can "
            "link it back to people."
        ),
        words(en=r"pseudonymi[sz]\w*", fr=r"pseudonymisé\w*"),
        ("de_identification", "pseudonymised"),
    ),
    signal(
        "works-agreement",
        _("Works agreement or collective agreement"),
        _(
            "A works or collective agreement can set more specific rules for "
            "workers' data, with safeguards for monitoring at work (Art. 88 GDPR), "
            "but it cannot make lawful what the GDPR does not allow (CJEU, C-65/23). "
            "Ask for a copy and check that it covers this monitoring."
        ),
        words(
            en=r"works agreements?|collective (?:bargaining )?agreements?",
            de=r"\w*betriebsvereinbarung\w*|Dienstvereinbarung\w*|Tarifvertr\w*",
            fr=r"accords? (?:collectifs?|d'entreprise|de groupe)|"
            r"conventions? collectives?",
        ),
        ("lawful_basis", "collective_agreement"),
        ("representatives", "agreement"),
        # Named as what the processing rests on, not "in line with the agreements in
        # force" (boilerplate that says nothing of this monitoring).
        needs=re.compile(
            words(
                en=r"based on|basis|\bunder\b|pursuant|governed|covered|signed|concluded|"
                r"agreed",
                de=r"grundlage|gemäß|auf Basis|stützt|beruht|regelt|geregelt|abgeschlossen|"
                r"vereinbart|unterzeichnet",
                fr=r"repose|fondé|en application|sur la base|signé|conclu|encadré|prévu",
            ),
            FLAGS,
        ),
    ),
    signal(
        "representatives-consulted",
        _("Representatives consulted"),
        _(
            "The employer says workers' representatives were consulted: ask what "
            "they were shown and what they answered."
        ),
        words(
            en=r"(?:works council|employee representatives|staff representatives|unions?) (?:was|were|has been|have been) (?:\w+ )?consulted",
            de=r"(?:Betriebsrat|Personalrat) (?:wurde|ist|hat) (?:\w+ ){0,3}?(?:angehört|beteiligt|konsultiert|einbezogen)|"
            r"(?:Anhörung|Beteiligung) des (?:Betriebs|Personal)rat\w*",
            fr=r"(?:(?-i:CSE)|comité social et économique|comité d'entreprise|représentants du personnel) (?:\w+ ){0,3}?(?:a|ont) été (?:\w+ )?(?:informé et )?consulté\w*|"
            r"(?:consultation|avis) du (?:(?-i:CSE)|comité social et économique)",
        ),
        ("representatives", "consulted"),
    ),
    signal(
        "legitimate-interests",
        _("Legitimate interests"),
        _("This basis needs a documented balancing test that workers can ask for."),
        words(
            en=r"legitimate interests?",
            de=r"berechtigte\w* Interesse\w*",
            fr=r"intérêts? légitimes?",
        ),
        ("lawful_basis", "legitimate_interests"),
    ),
)
