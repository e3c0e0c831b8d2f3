"""Who receives or sees the data."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words

SIGNALS = (
    signal(
        "vendors",
        _("Vendors or service providers"),
        _(
            "An outside recipient: one more place the data can leak or be reused. "
            "Ask who they are and under which contract."
        ),
        words(
            en=r"(?:trusted |external |third[- ]party |IT |technology )?(?:vendors?|suppliers?|service providers?|processors?|contractors?|subcontractors?)\b",
            de=r"(?:externe\w* )?(?:Dienstleister\w*|Auftragsverarbeiter\w*|Zulieferer\w*)",
            fr=r"(?:prestataires?|sous-traitants?|fournisseurs?)\b",
        ),
        ("recipients", "vendors"),
    ),
    signal(
        "third-parties",
        _("Other third parties"),
        _(
            "An outside recipient: one more place the data can leak or be reused. "
            "Ask who they are and under which contract."
        ),
        words(
            en=r"third parties|third-party\b|(?<!HR business )(?<!HR )\bpartners?\b",
            de=r"\bDritte[nr]?\b|Geschäftspartner\w*",
            fr=r"(?:des|aux|les|à) tiers\b|tierces? parties?|partenaires?",
        ),
        ("recipients", "third_parties"),
    ),
    signal(
        "managers",
        _("Managers"),
        _(
            "People who decide about careers see the data: ask what they see and "
            "what they may use it for."
        ),
        words(
            en=r"(?:line |direct )?managers?\b|supervisors?\b|team leads?\b|"
            r"team leaders?\b|(?:senior|executive) management",
            de=r"Vorgesetzte\w*|Führungskr\w*|Teamleit\w*|Geschäftsführung|"
            r"Geschäftsleitung",
            fr=r"direction générale|(?:supérieurs?|responsables?) hiérarchiques?|"
            r"\bencadrement",
        ),
        ("recipients", "managers"),
    ),
    signal(
        "hr",
        _("HR"),
        _(
            "People who decide about careers see the data: ask what they see and "
            "what they may use it for."
        ),
        words(
            en=r"(?-i:\bHR\b)|human resources",
            de=r"Personalabteilung|Personalwesen",
            fr=r"ressources humaines|(?-i:\bRH\b)|(?-i:\bDRH\b)",
        ),
        ("recipients", "hr"),
    ),
    signal(
        "it",
        _("IT"),
        _("One more recipient of the data: ask what they see and may do with it."),
        words(
            en=r"(?-i:\bIT\b)[- ](?:department|team|staff|administrators?|support)",
            de=r"IT-(?:Abteilung|Administrat\w*|Support)",
            fr=r"service informatique|"
            r"(?:équipe|direction) (?:des systèmes d'information|informatique)|"
            r"(?-i:\bDSI\b)",
        ),
        ("recipients", "it"),
    ),
    signal(
        "security-team",
        _("Security team"),
        _("One more recipient of the data: ask what they see and may do with it."),
        words(
            en=r"(?:IT |information )?security (?:team|department|operations)|"
            r"head of (?:IT |information )?security|"
            r"(?:chief )?information security officer|(?-i:CISO)",
            de=r"Informationssicherheitsbeauftragte\w*|Leit\w* (?:der )?IT-Sicherheit|"
            r"(?:IT-)?Sicherheits(?:team|abteilung)",
            fr=r"(?-i:RSSI)|responsable de la sécurité|équipe (?:de )?sécurité",
        ),
        ("recipients", "security_team"),
    ),
    signal(
        "group-companies",
        _("Other companies of the group"),
        _("One more recipient of the data: ask what they see and may do with it."),
        words(
            en=r"group companies|affiliates?\b|affiliated companies|"
            r"companies (?:in|of) (?:the|our) group|parent company|sister compan\w*",
            de=r"Muttergesellschaft\w*|Mutterkonzern\w*|Schwestergesellschaft\w*|"
            r"Konzern(?:gesellschaften|unternehmen|töchter)|Tochtergesellschaften",
            fr=r"société mère|maison mère|sociétés du groupe|filiales?\b|"
            r"entités du groupe",
        ),
        ("recipients", "group_companies"),
    ),
    signal(
        "authorities",
        _("Authorities"),
        _(
            "Data may reach the police or other authorities: ask on what legal "
            "basis and how workers are told."
        ),
        words(
            en=r"law enforcement|"
            r"(?<!supervisory )(?:public |competent |government )?authorities|"
            r"\bpolice\b",
            de=r"\bBehörden\b|Strafverfolgung\w*|\bPolizei\b",
            fr=r"\bautorités\b|forces de l'ordre",
        ),
        ("recipients", "authorities"),
    ),
)
