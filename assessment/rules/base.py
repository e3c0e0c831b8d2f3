"""What a rule is: a declarative object a lawyer can review without the engine."""

from collections.abc import Callable
from dataclasses import dataclass

from assessment import law
from assessment.facts import Practice, Workplace
from assessment.law import Source

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
# What a finding rests on, strongest first: a statute or regulation, a court's or
# authority's decision, a regulator's guidance, or international good practice.
STATUTE, DECISION, GUIDANCE, GOOD_PRACTICE = (
    "statute",
    "decision",
    "guidance",
    "good_practice",
)
STRENGTHS = (STATUTE, DECISION, GUIDANCE, GOOD_PRACTICE)

# A condition looks at one practice of a workplace. It returns the facts it rests on
# (field path -> value) when it holds, and None when it does not.
Facts = dict[str, object]
Condition = Callable[[Practice, Workplace], Facts | None]


def gettext_noop(message: str) -> str:
    """Mark a message for translation; the layer that shows it translates it."""
    return message


@dataclass(frozen=True, slots=True)
class Rule:
    slug: str
    concern: str
    severity: str
    where: tuple[str, ...]
    when: Condition
    title: str
    explanation: str
    sources: tuple[str, ...]  # ids in the law registry (assessment.law)
    questions: tuple[str, ...]
    # Decisions or statutes among `sources` that make the rule critical where they
    # reach: a court or authority found it unlawful in a comparable case there.
    critical_by: tuple[str, ...] = ()
    # What the finding rests on, where the kinds of its sources would overstate it:
    # a statute no one has yet applied to employers, orders that bind only the
    # companies they name. Empty: the strongest kind among its sources decides.
    strength: str = ""
    # Statutes among `sources` that allow the practice on the facts the rule names,
    # where they reach: there the finding is low, a point to check.
    permitted_by: tuple[str, ...] = ()

    def applies_in(self, jurisdictions: frozenset[str]) -> bool:
        return any(code in jurisdictions for code in self.where)

    def references(self) -> tuple[Source, ...]:
        return tuple(law.source(ident) for ident in self.sources)

    def references_in(self, jurisdictions: frozenset[str]) -> tuple[Source, ...]:
        """The sources the rule cites whose law reaches these jurisdictions."""
        return tuple(ref for ref in self.references() if ref.where in jurisdictions)


EEA_AND_GB = ("EEA", "GB")
EVERYWHERE = ("ANY",)
