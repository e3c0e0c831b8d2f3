"""A plain-text summary of a result, for the terminal and for pasting."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from assessment import facts, law, rules
from assessment.labels import STRENGTH_LABELS, said


def text_summary(assessment: facts.Assessment, result: rules.Result) -> str:
    place = assessment.workplace.region or assessment.workplace.country

    def say(message: str) -> str:  # in the place's words (a US union, US spelling)
        return str(said(message, assessment.workplace.country))

    lines = [
        _("Oversight assessment: %(title)s")
        % {"title": assessment.title or assessment.employer.name or place},
        _("Workplace: %(place)s · ruleset %(ruleset)s")
        % {"place": place, "ruleset": result.ruleset},
        _("Score %(score)s/100 · grade %(grade)s")
        % {"score": result.score, "grade": result.grade},
        "",
    ]
    if not result.findings:
        lines.append(_("No concern found."))
    for finding in result.findings:
        practice = assessment.practices[finding.practice].name
        lines += [
            f"[{finding.severity.upper()}] {say(finding.rule.title)} "
            f"({finding.concern}, {finding.rule.slug})",
            "  " + _("Practice: %(name)s") % {"name": practice},
            "  "
            + _("Facts: %(facts)s")
            % {
                "facts": "; ".join(
                    f"{path} = {value}" for path, value in finding.fact_paths().items()
                )
            },
            "  " + say(finding.rule.explanation),
            "  " + str(STRENGTH_LABELS.get(finding.strength, "")),
            "  "
            + _("References: %(refs)s")
            % {"refs": "; ".join(str(ref) for ref in finding.references)},
        ]
        lines += [
            "  " + _("Ask: %(question)s") % {"question": say(q)}
            for q in finding.rule.questions
        ]
        lines.append("")
    workplace = assessment.workplace
    notes = law.notes_of(workplace.country, workplace.region)
    if notes:
        lang = (get_language() or "en")[:2]
        lines.append(_("What protects you here:"))
        lines += ["  " + law.cite_in(_(note), lang) for note in notes]
        lines.append("")
    if result.unknowns:
        lines.append(_("Not known yet, worth asking HR:"))
        lines += [
            f"  {unknown.fact}: {say(unknown.question)}" for unknown in result.unknowns
        ]
        lines.append("")
    lines.append(_("This is information, not legal advice."))
    return "\n".join(lines) + "\n"
