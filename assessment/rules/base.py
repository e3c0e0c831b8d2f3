"""What a rule is: a declarative object a lawyer can review without the engine."""

from collections.abc import Callable
from dataclasses import dataclass

from assessment.facts import Practice, Workplace

CONCERNS = (
    "consent",
    "ai_training",
    "lawful_basis",
    "retention",
    "transparency",
    "proportionality",
    "anonymisation",
    "sensitive_data",
    "automated_decisions",
    "ai_act",
    "governance",
    "worker_voice",
    "rights",
)
CRITICAL, HIGH, MEDIUM, LOW = "critical", "high", "medium", "low"
SEVERITIES = (CRITICAL, HIGH, MEDIUM, LOW)
SEVERITY_RANK = {LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4}

# A condition looks at one practice of a workplace. It returns the facts it rests on
# (field path -> value) when it holds, and None when it does not.
Facts = dict[str, object]
Condition = Callable[[Practice, Workplace], Facts | None]


def gettext_noop(message: str) -> str:
    """Mark a message for translation; the layer that shows it translates it."""
    return message


@dataclass(frozen=True, slots=True)
class Reference:
    """A citation that counts only where its law reaches (a jurisdiction code)."""

    law: str
    pinpoint: str
    where: str

    def __str__(self) -> str:
        return f"{self.law} {self.pinpoint}".strip()

    def cite(self, lang: str) -> str:
        """The citation as a German or French reader expects it (Art. 15 DSGVO,
        article 15 du RGPD); other laws keep their own names."""
        names = GDPR_NAMES.get(self.law, {})
        if lang not in names:
            return str(self)
        if lang == "fr":
            return f"{self.pinpoint.replace('Art.', 'article')} {names[lang]}"
        return f"{self.pinpoint} {names[lang]}"


GDPR_NAMES = {
    "GDPR": {"de": "DSGVO", "fr": "du RGPD"},
    "UK GDPR": {"de": "UK-DSGVO", "fr": "du RGPD britannique (UK GDPR)"},
}


@dataclass(frozen=True, slots=True)
class Rule:
    slug: str
    concern: str
    severity: str
    where: tuple[str, ...]
    when: Condition
    title: str
    explanation: str
    references: tuple[Reference, ...]
    questions: tuple[str, ...]

    def applies_in(self, jurisdictions: frozenset[str]) -> bool:
        return any(code in jurisdictions for code in self.where)

    def references_in(self, jurisdictions: frozenset[str]) -> tuple[Reference, ...]:
        return tuple(ref for ref in self.references if ref.where in jurisdictions)


EEA_AND_GB = ("EEA", "GB")
EVERYWHERE = ("ANY",)
