"""Whose devices and networks are watched."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words

SIGNALS = (
    signal(
        "company-devices",
        _("Company computers or phones"),
        _(
            "Monitoring on work equipment. Ask whether private use is allowed, since "
            "it is then recorded too."
        ),
        words(
            en=r"(?:company|work|corporate|business|employer)[- ](?:issued |provided |owned )?(?:laptops?|computers?|PCs?|phones?|mobiles?|smartphones?|devices?|equipment|notebooks?|tablets?|workstations?)\b|"
            r"\bworkstations?\b|company-issued|employer-provided|"
            r"managed (?:devices?|laptops?|computers?|endpoints?)",
            de=r"(?:Dienst|Firmen)(?:laptop|rechner|handy|telefon|smartphone|gerät|notebook|computer|-PC)\w*|"
            r"Arbeits(?:platz)?(?:rechner|laptop|computer|gerät)\w*|"
            r"dienstlich\w* (?:Geräte?n?|Rechner\w*|Laptops?|Computer\w*|Smartphones?|Handys?)",
            fr=r"ordinateurs? (?:portables? )?professionnels?|"
            r"(?:téléphones?|smartphones?|appareils?|équipements?|matériels?) professionnels?|"
            r"postes? de travail|\b(?:du|de votre) poste\b(?! de )|"
            r"(?:ordinateurs?|appareils?|matériel) de l'entreprise",
        ),
        ("devices", "company_device"),
    ),
    signal(
        "personal-devices",
        _("Personal devices"),
        _("Monitoring workers' own devices reaches into their private lives."),
        words(
            en=r"personal (?:devices?|phones?|mobiles?|smartphones?|laptops?|computers?|tablets?)|"
            r"private (?:devices?|phones?|smartphones?)|own devices?|"
            r"(?:your|their) own (?:phone|smartphone|laptop|computer)s?|"
            r"(?-i:\bBYOD\b)|bring your own device",
            de=r"private\w* (?:Geräte|Smartphones?|Handys?|Mobiltelefone?|Laptops?|Rechner)\w*|"
            r"Privat(?:handy|gerät|smartphone|telefon)\w*|eigene\w* Geräte\w*",
            fr=r"(?:appareils?|équipements?|téléphones?|smartphones?|ordinateurs?) personnels?|"
            r"(?-i:\bAVEC\b)",
        ),
        ("devices", "personal_device"),
    ),
    signal(
        "company-network",
        _("The company network"),
        _(
            "Network monitoring sees every connection, private browsing on the "
            "network included."
        ),
        words(
            en=r"(?:company|corporate|office) (?:network|Wi-?Fi|VPN)",
            de=r"Firmennetz\w*|Unternehmensnetz\w*",
            fr=r"réseau (?:de l'entreprise|interne)",
        ),
        ("devices", "company_network"),
    ),
)
