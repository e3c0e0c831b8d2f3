"""What the data is used for."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words

SIGNALS = (
    signal(
        "security",
        _("Security"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        words(
            en=r"security (?:purposes|reasons|incidents?|investigations?|threats?)|"
            r"(?:insider |cyber ?)threats?|data (?:loss|leak\w*|exfiltration)|"
            r"protect\w* (?:company|our|the company's|corporate) (?:data|systems|network|information)|"
            r"information security|"
            r"keep\w* (?:our |the |its )?(?:systems?|networks?|data|information) (?:safe|secure)|"
            r"secur\w* (?:our |the )?(?:systems?|networks?)\b",
            de=r"Sicherheitszweck\w*|Sicherheitsvorf\w*|IT-Sicherheit|"
            r"Informationssicherheit|Schadsoftware|Datenabfluss|Datenverlust\w*",
            fr=r"fins de sécurité|sécurité (?:informatique|des (?:données|systèmes))|"
            r"sécurité (?:de (?:son|notre|leur|votre) |du )(?:système|réseau)s?|"
            r"fuites? de données|incidents? de sécurité|logiciels? malveillants?",
        ),
        ("purposes", "security"),
    ),
    signal(
        "legal-compliance",
        _("Complying with the law"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        words(
            en=r"comply with (?:the |our |applicable )?(?:law|legal|regulat)\w*|"
            r"(?:meet|satisfy|fulfil\w*) (?:\w+ ){0,2}?(?:regulations|laws|legal|regulatory)\w*|"
            r"(?:legal|regulatory|statutory) (?:obligations?|requirements?|duties)",
            de=r"gesetzlich\w* (?:Pflichten|Vorgaben|Anforderungen|Verpflichtungen)|"
            r"rechtlich\w* Verpflichtung\w*",
            fr=r"obligations? (?:légales?|réglementaires?)|"
            r"exigences? (?:légales?|réglementaires?)",
        ),
        ("purposes", "legal_compliance"),
    ),
    signal(
        "performance-evaluation",
        _("Evaluating performance"),
        _(
            "Using monitoring to judge people's work raises the stakes: ask which "
            "figures count and how a person can challenge them."
        ),
        words(
            en=r"performance (?:reviews?|evaluations?|appraisals?|assessments?|management)|"
            r"evaluat\w* (?:your |employee |staff )?performance",
            de=r"Leistungsbeurteilung\w*|Leistungsbewertung\w*|Leistungskontrolle\w*",
            fr=r"évaluation\w* (?:des |de vos |de la )?performances?|"
            r"évaluer (?:vos |les )?performances?",
        ),
        ("purposes", "performance_evaluation"),
    ),
    signal(
        "productivity-score",
        _("A productivity score"),
        _(
            "A score sums a person's work up in one number, which then tends to "
            "decide about them: ask how it is computed and who sees it."
        ),
        words(
            en=r"productivity (?:scores?|ratings?|index|grades?)",
            de=r"Produktivitäts(?:wert|score|index|kennzahl)\w*",
            fr=r"(?:scores?|indices?|notes?) de productivité",
        ),
        ("inferences", "productivity_score"),
        ("purposes", "productivity_metrics"),
    ),
    signal(
        "productivity",
        _("Productivity figures"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        words(en=r"productivity", de=r"Produktivität\w*", fr=r"productivité"),
        ("purposes", "productivity_metrics"),
    ),
    signal(
        "discipline",
        _("Discipline"),
        _(
            "Monitoring data used against people needs a firm basis and a fair "
            "procedure: ask when it may be used."
        ),
        words(
            en=r"disciplinary",
            de=r"disziplinar\w*|arbeitsrechtlich\w* (?:Maßnahmen|Konsequenzen)|"
            r"Abmahnung\w*",
            fr=r"disciplinaires?|sanctions? disciplinaires?",
        ),
        ("purposes", "discipline"),
    ),
    signal(
        "attendance",
        _("Attendance"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        words(
            en=r"attendance|time ?keeping|working[- ]time record\w*|\bpresence\b|"
            r"at (?:your|their) desks?",
            de=r"Anwesenheit\w*|Arbeitszeiterfassung|Zeiterfassung",
            fr=r"contrôle (?:des horaires|de (?:la )?présence)|\bprésence\b|pointage",
        ),
        ("purposes", "attendance"),
    ),
    signal(
        "workforce-planning",
        _("Workforce planning"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        words(
            en=r"workforce planning|capacity planning|staffing",
            de=r"Personal(?:einsatz)?planung",
            fr=r"planification des effectifs",
        ),
        ("purposes", "workforce_planning"),
    ),
)
