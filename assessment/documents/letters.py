"""Letters to HR: each kind is a function that builds one Letter from the findings.

The letter's language is chosen apart from the interface language, since a letter goes
to HR in the workplace's language. Personal details are passed in to render a letter and
are never stored.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessment import facts, law, rules
from assessment.choices import place_name
from assessment.documents import deadlines
from assessment.law import (
    cite,
    jurisdiction,
    with_notice_law,
    with_representation,
)
from assessment.law.places.eu import GDPR
from assessment.law.places.gb import UK_GDPR
from assessment.rules.jurisdictions import jurisdictions_of

FIRM, GENTLE = "firm", "gentle"


class NotApplicable(ValueError):
    """This kind of letter does not fit the workplace's jurisdiction."""


@dataclass(frozen=True)
class Details:
    """What the person types at download: used to render, then dropped."""

    name: str = ""
    address: str = ""
    employee_number: str = ""
    employer: str = ""
    employer_address: str = ""
    has_dpo: bool = False

    @classmethod
    def from_mapping(cls, values) -> "Details":
        """From a form's cleaned data or a command's options, by field name."""
        return cls(**{name: values[name] for name in cls.__dataclass_fields__})


@dataclass
class Letter:
    kind: str
    lang: str
    date: datetime.date
    deadline: datetime.date | None  # none where the recipient owes no answer by a day
    subject: str
    reference: str
    sender: list[str]
    recipient: list[str]
    salutation: str
    paragraphs: list[str]
    questions: list[tuple[str, str]] = field(default_factory=list)
    closing_paragraphs: list[str] = field(default_factory=list)
    closing: str = ""
    signature: str = ""
    # How the answer's date is put: a statutory period, or a date asked for.
    deadline_line: str = ""
    why_label: str = ""  # "Why I ask: %(why)s" unless the reasons are references
    paper: str = "A4"  # Letter for a US workplace

    def items(self) -> list[tuple[str, str]]:
        """Each question with its reason as the letter prints it."""
        label = self.why_label or _("Why I ask: %(why)s")
        return [
            (question, label % {"why": why} if why else "")
            for question, why in self.questions
        ]

    def deadline_text(self) -> str:
        if self.deadline_line or self.deadline is None:
            return self.deadline_line
        return _("Deadline for your answer: %(date)s") % {
            "date": date_format(self.deadline, "DATE_FORMAT")
        }


# How each kind of letter is answered: a data-subject request carries the statutory
# period (GDPR Art. 12(3)); a request asks for an answer by a date that is no legal
# deadline; a complaint asks the authority to report progress; a reminder follows
# another letter.
STATUTORY, REQUEST, COMPLAINT, REMINDER = (
    "statutory",
    "request",
    "complaint",
    "reminder",
)
PERIODS = {
    STATUTORY: ("months", 1),
    REQUEST: ("days", 30),
    REMINDER: ("weeks", 2),
}


def gdpr(article: str, jurisdictions: frozenset[str]) -> str:
    """An article of the GDPR (or UK GDPR) as the registry cites it in the active
    language (the letter's)."""
    act = GDPR if "EEA" in jurisdictions else UK_GDPR
    return law.cite(act.source_id(article), translation.get_language())


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    where: tuple[str, ...]  # jurisdiction codes where the kind applies
    build: Callable
    description: str  # when to send it, for the choice on the letters page
    procedure: str = STATUTORY
    period: tuple[str, int] | None = None  # the statutory period, if not one month
    period_source: str = ""  # the source of that period, cited in the letter
    offered_from: str = ""  # a source: the kind is offered once it is in force


KINDS: dict[str, Kind] = {}


def kind(
    slug: str,
    label: str,
    where: tuple[str, ...],
    description: str,
    procedure: str = STATUTORY,
    **timing,
):
    def register(build):
        KINDS[slug] = Kind(slug, label, where, build, description, procedure, **timing)
        return build

    return register


def kinds_for(
    workplace: facts.Workplace, day: datetime.date | None = None
) -> list[Kind]:
    """The kinds that fit the workplace, among those the law offers on `day`."""
    codes = jurisdictions_of(workplace)
    day = day or datetime.date.today()
    return [
        k
        for k in KINDS.values()
        if any(code in codes for code in k.where)
        and (
            not k.offered_from
            or law.source(k.offered_from).status_on(day) in law.CURRENT
        )
    ]


def not_applicable_reason(slug: str, workplace: facts.Workplace) -> str:
    country = {"country": place_name(workplace.country)}
    if not jurisdiction(workplace.country).gdpr_reaches:
        return (
            _(
                "This letter rests on the GDPR, which does not reach a workplace here "
                "(%(country)s). Where a state notice law applies, use the notice "
                "request."
            )
            % country
        )
    return _("This letter does not apply to a workplace in %(country)s.") % country


def write_letter(
    slug: str,
    assessment: facts.Assessment,
    lang: str,
    details: Details | None = None,
    tone: str = FIRM,
    written: datetime.date | None = None,
    as_of: datetime.date | None = None,
    sent: datetime.date | None = None,
    channel: str = "email",
    follows: str = "",
    extension: bool = False,
) -> Letter:
    """Build one letter in `lang`, or raise NotApplicable with a reason. Its findings
    read the law as of `as_of` (a stored result's day), else as of the day written.

    A period runs from the day the letter is received: `sent` (the day written by
    default) by `channel`. A reminder says which kind of letter it `follows` and
    whether the employer gave notice of an `extension` (Art. 12(3))."""
    if slug not in KINDS:
        raise NotApplicable(_("Unknown kind of letter: %(kind)s") % {"kind": slug})
    chosen = KINDS[slug]
    workplace = assessment.workplace
    with translation.override(lang):
        written = written or datetime.date.today()
        if chosen not in kinds_for(workplace, written):
            raise NotApplicable(not_applicable_reason(slug, workplace))
        details = details or Details()
        result = rules.assess(assessment, as_of or written)
        letter = Letter(
            kind=slug,
            lang=lang,
            date=written,
            deadline=None,
            subject="",
            reference=_("Our reference: %(ref)s")
            % {"ref": _reference(assessment, written)},
            sender=[
                line for line in (details.name, *details.address.splitlines()) if line
            ],
            recipient=_recipient(details, assessment),
            salutation=_("Dear Sir or Madam,"),
            paragraphs=[],
            closing=_("Yours faithfully,") if tone == FIRM else _("Kind regards,"),
            signature=details.name or _("[Your name]"),
            paper=jurisdiction(workplace.country).paper,
        )
        if details.employee_number:
            letter.sender.append(
                _("Employee number: %(number)s") % {"number": details.employee_number}
            )
        context = _Context(
            assessment,
            result,
            jurisdictions_of(workplace),
            tone,
            letter,
            follows=follows if follows in KINDS else "",
            extension=extension,
        )
        place = workplace.region or workplace.country
        period = period_of(slug)
        if period:
            arrives = deadlines.received(sent or written, channel, place)
            letter.deadline = deadlines.deadline(arrives, period, place)
        chosen.build(context)
        letter.closing_paragraphs += _standard_closing(context)
        letter.deadline_line = _deadline_line(chosen.procedure, context)
        return letter


def period_of(slug: str) -> tuple[str, int] | None:
    """The period a kind's recipient has to answer: none for a complaint; a reminder
    after a statutory period gives two more weeks like any other."""
    chosen = KINDS[slug]
    return chosen.period or PERIODS.get(chosen.procedure)


def _deadline_line(procedure: str, context) -> str:
    letter = context.letter
    if letter.deadline is None:
        return ""
    date = date_format(letter.deadline, "DATE_FORMAT")
    chosen = KINDS[letter.kind]
    if procedure == STATUTORY and chosen.period_source:
        return _(
            "Please answer by %(date)s, %(days)s days from receipt of this request "
            "(%(law)s). You may extend this once by as many days if you tell me why "
            "within that time."
        ) % {
            "date": date,
            "days": chosen.period[1],
            "law": law.cite(chosen.period_source, letter.lang),
        }
    if procedure == STATUTORY:
        if context.tone == FIRM:
            line = _(
                "Please answer in full by %(date)s, one month from receipt of this "
                "request (%(art)s)."
            )
        else:
            line = _(
                "I would be grateful for your answer by %(date)s, one month from "
                "receipt of this request (%(art)s)."
            )
        return line % {"date": date, "art": context.art("12(3)")}
    if context.tone == FIRM:
        line = _("Please answer by %(date)s. This is a request, not a legal deadline.")
    else:
        line = _(
            "I would be grateful for your answer by %(date)s. This is a request, not "
            "a legal deadline."
        )
    return line % {"date": date}


def _reference(assessment: facts.Assessment, written: datetime.date) -> str:
    return f"OV-{written:%Y%m%d}-{assessment.workplace.country}"


def _recipient(details: Details, assessment: facts.Assessment) -> list[str]:
    employer = details.employer or assessment.employer.name or _("[Employer]")
    lines = [employer]
    if details.has_dpo:
        lines.append(_("For the attention of the data protection officer"))
    else:
        lines.append(_("Human Resources"))
    lines += details.employer_address.splitlines()
    return unique_lines(lines)


def unique_lines(lines: list[str]) -> list[str]:
    """The lines without blanks and without one that repeats an earlier one (a name or
    a department typed again into the address)."""
    seen: set[str] = set()
    kept = []
    for line in (line.strip() for line in lines):
        key = " ".join(line.casefold().split())
        if key and key not in seen:
            seen.add(key)
            kept.append(line)
    return kept


@dataclass
class _Context:
    assessment: facts.Assessment
    result: rules.Result
    codes: frozenset[str]
    tone: str
    letter: Letter
    follows: str = ""  # for a reminder: the kind of letter it follows
    extension: bool = False  # the employer gave notice of a two-month extension

    def art(self, article: str) -> str:
        return gdpr(article, self.codes)

    def cite_in(self, text: str) -> str:
        """A registry text in the letter's language, its {source-id}s cited."""
        return law.cite_in(_(text), self.letter.lang)

    def practices(self) -> str:
        return ", ".join(practice.name for practice in self.assessment.practices)


def _collects_behaviour(assessment: facts.Assessment) -> bool:
    """Whether any practice records typing rhythm or mouse movements."""
    return any(
        {"keystroke_dynamics", "mouse_movement"} & practice.data
        for practice in assessment.practices
    )


def _questions_of(*slugs: str) -> set[str]:
    """The questions (untranslated) that the named rules ask."""
    found = {
        rule.slug: rule.questions for rule in rules.CATALOGUE if rule.slug in slugs
    }
    if missing := set(slugs) - set(found):
        raise LookupError(f"no such rule: {', '.join(sorted(missing))}")
    return {question for questions in found.values() for question in questions}


def _sentence(text: str) -> str:
    """A reason as a sentence: rule titles carry no full stop of their own."""
    return text if text.endswith((".", "?", "!")) else text + "."


def _standard_closing(context: _Context) -> list[str]:
    paragraphs = []
    workplace = context.assessment.workplace
    if (
        KINDS[context.letter.kind].procedure == STATUTORY
        and jurisdiction(workplace.country).gdpr_reaches
    ):
        paragraphs.append(
            _(
                "If you need to confirm my identity, please ask only for what is necessary "
                "for that purpose (%(art)s)."
            )
            % {"art": context.art("12(6)")}
        )
    return paragraphs


# The AI-questions letter asks each of these once, in this order: every rule's
# concern and every unanswered fact maps to one of them, and adds its reason.
TOPICS = {
    "ai_training": gettext_lazy(
        "Is any data from this monitoring used to train, test or improve AI or "
        "machine-learning models, yours or a vendor's? If so, which models and for "
        "what purpose?"
    ),
    "collection": gettext_lazy(
        "What exactly is recorded, on which devices and when, including breaks and "
        "private time, and can it capture private content?"
    ),
    "necessity": gettext_lazy(
        "Why is this level of monitoring necessary, and which less intrusive means "
        "did you consider?"
    ),
    "use": gettext_lazy(
        "For which purposes is the data used, and does it feed decisions about "
        "individual workers, such as appraisal, pay or discipline? Can a person "
        "review such a decision?"
    ),
    "inferences": gettext_lazy(
        "What is inferred about people from the data, such as scores, moods, stress "
        "or health, and how?"
    ),
    "anonymisation": gettext_lazy(
        "If the data is said to be anonymised: how exactly, at which point, and how "
        "was the risk of re-identification tested? I am asking about the process, "
        "not for the data."
    ),
    "lawful_basis": gettext_lazy(
        "On which legal basis is the data processed, for each purpose?"
    ),
    "participation": gettext_lazy(
        "Is taking part voluntary? Is it rewarded, what happens to those who refuse, "
        "and how can someone stop?"
    ),
    "retention": gettext_lazy(
        "How long is each kind of data kept, and is it deleted when the practice ends?"
    ),
    "recipients": gettext_lazy(
        "Who can see individual data, inside and outside the company (vendors, AI "
        "teams, group companies)?"
    ),
    "notice": gettext_lazy(
        "Where is the written information about this monitoring, and when was it given "
        "to workers?"
    ),
    "dpia": gettext_lazy(
        "Was a data-protection impact assessment carried out, and may I see it?"
    ),
    "representatives": gettext_lazy(
        "How were the works council or union involved, and is there an agreement?"
    ),
    "rights": gettext_lazy(
        "How can a worker see the data about them, object to its use or have it "
        "erased, including from trained models?"
    ),
}
TOPIC_OF_CONCERN = {
    "consent": "participation",
    "ai_training": "ai_training",
    "lawful_basis": "lawful_basis",
    "retention": "retention",
    "transparency": "notice",
    "proportionality": "necessity",
    "anonymisation": "anonymisation",
    "sensitive_data": "inferences",
    "automated_decisions": "use",
    "ai_act": "use",
    "governance": "recipients",
    "worker_voice": "representatives",
    "rights": "rights",
}
TOPIC_OF_FACT = {
    "data": "collection",
    "devices": "collection",
    "when": "collection",
    "captures_private_content": "collection",
    "purposes": "use",
    "decisions": "use",
    "inferences": "inferences",
    "recipients": "recipients",
    "access": "recipients",
    "de_identification": "anonymisation",
    "retention": "retention",
    "deletion_when_stopped": "retention",
    "lawful_basis": "lawful_basis",
    "notice": "notice",
    "notice_before_start": "notice",
    "dpia": "dpia",
    "representatives": "representatives",
    "own_data_access": "rights",
}


def _topic_of_finding(finding) -> str:
    if finding.rule.slug.startswith("dpia") or finding.rule.slug == "no-dpia":
        return "dpia"
    return TOPIC_OF_CONCERN[finding.concern]


def _topic_of_fact(path: str) -> str:
    field = path.split("].", 1)[-1]
    return TOPIC_OF_FACT.get(field.split(".")[0], "participation")


@kind(
    "ai-questions",
    gettext_lazy("Questions about monitoring and AI training"),
    ("ANY",),
    gettext_lazy(
        "Ask what is recorded, what it is used for and whether it trains AI. Each "
        "question says why it is asked."
    ),
    procedure=REQUEST,
)
def ai_questions(context: _Context) -> None:
    letter = context.letter
    letter.subject = _("Questions about workplace monitoring and AI training")
    letter.paragraphs = [
        _(
            "I am writing about the monitoring of employees' work (%(practices)s). Before "
            "anything else, I would like to understand what is collected, what it is used "
            "for, and whether it is used to train artificial intelligence."
        )
        % {"practices": context.practices()},
    ]
    # Four questions stand in every such letter, each with its own reason.
    reasons: dict[str, list[str]] = {
        "ai_training": [
            _(
                "Training AI is a purpose of its own and must be stated before data "
                "is collected."
            )
        ],
        "anonymisation": [
            _(
                "Typing rhythm and mouse movements are distinctive; anonymisation is a "
                "claim that must be shown."
            )
            if _collects_behaviour(context.assessment)
            else _(
                "Anonymisation is a claim that must be shown: data about a known group "
                "of workers is easily linked back to them."
            )
        ],
        "lawful_basis": [_("The legal basis decides which rights apply.")],
        "retention": [_("Data may be kept only as long as its purpose needs.")],
    }

    def add(topic: str, why: str) -> None:
        whys = reasons.setdefault(topic, [])
        if why not in whys:
            whys.append(why)

    for finding in context.result.findings:
        add(_topic_of_finding(finding), _sentence(_(finding.rule.title)))
    for unknown in context.result.unknowns:
        add(_topic_of_fact(unknown.fact), _("This was not disclosed."))
    letter.questions = [
        (str(question), " ".join(reasons[topic]))
        for topic, question in TOPICS.items()
        if topic in reasons
    ]


@kind(
    "access-request",
    gettext_lazy("Access request (copy of my data)"),
    ("EEA", "GB"),
    gettext_lazy(
        "Get a copy of everything recorded about you, the scores drawn from it and "
        "who received it."
    ),
)
def access_request(context: _Context) -> None:
    letter = context.letter
    art15 = context.art("15")
    letter.subject = _("Request for access to my personal data (%(art)s)") % {
        "art": art15
    }
    letter.paragraphs = [
        _(
            "Under %(art)s I ask for confirmation whether you process personal data about me, "
            "and for access to it, in particular data from workplace monitoring (%(practices)s)."
        )
        % {"art": art15, "practices": context.practices()},
        _("Please provide a copy of the data (%(art)s), including:")
        % {"art": context.art("15(3)")},
    ]
    letter.questions = [
        (
            _(
                "the raw monitoring records about me (logs, events, screenshots, recordings);"
            ),
            "",
        ),
        (_("every score, rating, profile or other inference derived from them;"), ""),
        (_("the purposes of each processing and its legal basis;"), ""),
        (
            _(
                "the recipients, including internal AI teams, group companies and vendors, and "
                "any transfer outside the country;"
            ),
            "",
        ),
        (_("how long each kind of data is kept, or the criteria that decide it;"), ""),
        (_("where the data came from, if not from me;"), ""),
        (
            _(
                "whether automated decisions or profiling are used, with meaningful "
                "information about the logic involved;"
            ),
            "",
        ),
        (_("whether my data was used to train or test AI models, and which ones."), ""),
    ]


@kind(
    "objection",
    gettext_lazy("Objection to the processing"),
    ("EEA", "GB"),
    gettext_lazy(
        "Object to the monitoring of you, for reasons of your own situation; the "
        "employer must then justify it or stop."
    ),
)
def objection(context: _Context) -> None:
    letter = context.letter
    art21 = context.art("21(1)")
    letter.subject = _("Objection to the processing of my personal data (%(art)s)") % {
        "art": art21
    }
    letter.paragraphs = [
        _(
            "Under %(art)s I object to the processing of my personal data by the following "
            "monitoring: %(practices)s, including any use of it to train AI models."
        )
        % {"art": art21, "practices": context.practices()},
        _(
            "My grounds, relating to my particular situation, are: [describe your own "
            "situation: why this monitoring weighs on you in particular]."
        ),
        _(
            "Unless you can demonstrate compelling legitimate grounds that override my "
            "interests, rights and freedoms, please stop the processing and confirm this to me "
            "in writing. Until the matter is settled, please restrict the processing (%(art)s)."
        )
        % {"art": context.art("18(1)(d)")},
    ]
    # An objection answers processing on legitimate interests; where the employer
    # claims consent, or names no basis, withdrawing consent is the right that bites.
    bases = {practice.lawful_basis for practice in context.assessment.practices}
    if bases & {"consent", "none_stated", "unknown"}:
        letter.paragraphs.insert(
            2,
            _(
                "In so far as the processing relies on my consent, I withdraw that "
                "consent with effect from today (%(art)s)."
            )
            % {"art": context.art("7(3)")},
        )


@kind(
    "withdraw-erasure",
    gettext_lazy("Withdrawal of consent and erasure"),
    ("EEA", "GB"),
    gettext_lazy(
        "Take back the consent you gave and ask for the data about you to be erased."
    ),
)
def withdraw_erasure(context: _Context) -> None:
    letter = context.letter
    letter.subject = _(
        "Withdrawal of consent and request for erasure (%(a)s, %(b)s)"
    ) % {
        "a": context.art("7(3)"),
        "b": context.art("17"),
    }
    letter.paragraphs = [
        _(
            "I withdraw any consent I have given to the monitoring of my work (%(practices)s) "
            "with effect from today (%(art)s)."
        )
        % {"practices": context.practices(), "art": context.art("7(3)")},
        _(
            "Under %(art)s I ask you to erase the personal data collected about me by this "
            "monitoring, including scores and inferences derived from it, and copies held by "
            "group companies, AI teams or vendors. Where my data was used to train AI models, "
            "please tell me how it will be removed from them."
        )
        % {"art": context.art("17(1)")},
        _(
            "Withdrawing consent must not lead to any disadvantage for me. Please confirm the "
            "erasure in writing and tell me of any data you keep, with the reason."
        ),
    ]


@kind(
    "dpia-request",
    gettext_lazy("Request for the impact assessment"),
    ("EEA", "GB"),
    gettext_lazy(
        "Ask for the impact assessment and, where legitimate interests are claimed, "
        "the balancing test."
    ),
    procedure=REQUEST,
)
def dpia_request(context: _Context) -> None:
    letter = context.letter
    letter.subject = _(
        "Request for the data protection impact assessment (%(art)s)"
    ) % {"art": context.art("35")}
    letter.paragraphs = [
        _(
            "The monitoring of employees (%(practices)s) is systematic and concerns people in "
            "a dependent position; it usually requires a data protection impact assessment "
            "(%(art)s)."
        )
        % {"practices": context.practices(), "art": context.art("35")},
        _(
            "Please provide the impact assessment, or a meaningful summary of it, and, where "
            "you rely on legitimate interests, the balancing test you carried out "
            "(%(art)s). Please also tell us how the views of employees or their "
            "representatives were sought (%(art9)s)."
        )
        % {"art": context.art("6(1)(f)"), "art9": context.art("35(9)")},
    ]


@kind(
    "council-information",
    gettext_lazy("Works council information request"),
    with_representation("employee_information"),
    gettext_lazy(
        "Ask the works council or CSE to obtain the information and documents it is "
        "entitled to about the systems."
    ),
    procedure=REQUEST,
)
def council_information(context: _Context) -> None:
    letter = context.letter
    representation = jurisdiction(context.assessment.workplace.country).representation
    texts = representation.paragraphs
    body = _(representation.body)
    # The employee writes to the council, which acts for the employees.
    letter.recipient = [body[:1].upper() + body[1:], *letter.recipient[:1]]
    letter.subject = context.cite_in(texts["employee_information_subject"])
    letter.paragraphs = [
        context.cite_in(text) % {"practices": context.practices()}
        for text in texts["employee_information"]
    ]
    letter.salutation = _("Dear Sir or Madam,")
    letter.paragraphs.append(_("In particular, please ask the employer for:"))
    letter.questions = [
        (
            _(
                "a description of each system, what it records and at what level of detail;"
            ),
            "",
        ),
        (_("the purposes, including any use to train or improve AI models;"), ""),
        (_("who can see individual data, and how long it is kept;"), ""),
        (_("the data protection impact assessment and the vendor contracts."), ""),
    ]


@kind(
    "reminder",
    gettext_lazy("Reminder after the deadline"),
    ("EEA", "GB"),
    gettext_lazy(
        "When the deadline passed without a full answer: two more weeks before a "
        "complaint."
    ),
    procedure=REMINDER,
)
def reminder(context: _Context) -> None:
    letter = context.letter
    letter.subject = _("Reminder: my request about workplace monitoring")
    practices = {"practices": context.practices()}
    if context.follows and KINDS[context.follows].procedure == STATUTORY:
        opening = _(
            "I wrote to you about the monitoring of my work (%(practices)s). The "
            "period of one month to answer (%(art)s) has passed without a full answer."
        ) % {**practices, "art": context.art("12(3)")}
    else:
        opening = (
            _(
                "I wrote to you about the monitoring of my work (%(practices)s) and have "
                "not yet received a full answer."
            )
            % practices
        )
    letter.paragraphs = [opening]
    if context.extension:
        letter.paragraphs.append(
            _(
                "You gave notice that you would take up to two further months to "
                "answer; that extended period has passed as well."
            )
        )
    letter.paragraphs.append(
        _(
            "Please answer within two weeks. Otherwise I will consider lodging a "
            "complaint with the supervisory authority (%(art)s)."
        )
        % {"art": context.art("77")}
    )


@kind(
    "complaint",
    gettext_lazy("Complaint to the supervisory authority"),
    ("EEA", "GB"),
    gettext_lazy(
        "Complain to the data protection authority of the workplace's country."
    ),
    procedure=COMPLAINT,
)
def complaint(context: _Context) -> None:
    letter = context.letter
    country = context.assessment.workplace.country
    authority = jurisdiction(country).authority
    if authority and authority.address:
        letter.recipient = [authority.name, *authority.address]
    elif authority:
        letter.recipient = [_(authority.name)]
    else:
        letter.recipient = [
            _("[The data protection authority competent for the employer]")
        ]
    letter.subject = _("Complaint about workplace monitoring (%(art)s)") % {
        "art": context.art("77")
    }
    letter.paragraphs = [
        _(
            "I lodge a complaint about the processing of my personal data by my employer "
            "through workplace monitoring: %(practices)s."
        )
        % {"practices": context.practices()},
    ]
    place = jurisdiction(country)
    if first := place.letters.get("complaint_to_employer_first"):
        letter.paragraphs.append(context.cite_in(first))
    if note := place.letters.get("complaint_note"):
        letter.paragraphs.append(context.cite_in(note))
    letter.paragraphs.append(
        _("In my view the processing raises the following problems:")
    )
    letter.why_label = _("Law: %(why)s")
    letter.questions = [
        (
            _(finding.rule.title),
            ", ".join(ref.cite(context.letter.lang) for ref in finding.references),
        )
        for finding in context.result.findings
        if finding.severity in ("critical", "high")
    ]
    letter.closing_paragraphs.append(
        _(
            "I enclose my correspondence with the employer. Please confirm receipt and "
            "tell me within three months how the complaint is progressing or how it "
            "was decided (%(art)s)."
        )
        % {"art": context.art("78(2)")}
    )


@kind(
    "notice-request",
    gettext_lazy("Request for the written monitoring notice"),
    with_notice_law(),
    gettext_lazy(
        "Ask for the written notice of electronic monitoring that the state's law "
        "requires."
    ),
    procedure=REQUEST,
)
def notice_request(context: _Context) -> None:
    letter = context.letter
    state = jurisdiction(context.assessment.workplace.region)
    statute = cite(state.notice_law, letter.lang)
    letter.subject = _(
        "Request for the written notice of electronic monitoring (%(law)s)"
    ) % {"law": statute}
    letter.paragraphs = [
        _(
            "State law (%(law)s) requires employers who monitor employees' telephone, e-mail "
            "or internet use to give prior written notice. Please provide the written notice "
            "covering the following monitoring: %(practices)s."
        )
        % {"law": statute, "practices": context.practices()},
        _(
            "Please also tell me what is recorded, for what purposes, who can see it and how "
            "long it is kept, and whether it is used to train AI models."
        ),
    ]


def _ccpa_request(context: _Context, subject: str, ask: str) -> None:
    letter = context.letter
    letter.subject = subject
    letter.paragraphs = [
        ask % {"practices": context.practices()},
        _(
            "Please verify this request using only the information you need for that, "
            "and tell me if you need anything from me."
        ),
    ]


CCPA_TIMING = {"period": ("days", 45), "period_source": "ccpa-1798-130"}


@kind(
    "ccpa-know",
    gettext_lazy("Request to know (California)"),
    ("US-CA",),
    gettext_lazy(
        "Ask what personal information the employer collected about you through "
        "monitoring, where from, why, and with whom it was shared."
    ),
    **CCPA_TIMING,
)
def ccpa_know(context: _Context) -> None:
    _ccpa_request(
        context,
        _("Request to know what personal information you hold about me"),
        _(
            "Under the California Consumer Privacy Act (%(law)s) I ask to know the "
            "personal information you have collected about me, including through "
            "%%(practices)s: the categories and the specific pieces, their sources, "
            "the purposes, and the categories of third parties you disclosed them to."
        )
        % {"law": law.cite("ccpa-1798-110", context.letter.lang)},
    )


@kind(
    "ccpa-delete",
    gettext_lazy("Request to delete (California)"),
    ("US-CA",),
    gettext_lazy("Ask the employer to delete the personal information it collected."),
    **CCPA_TIMING,
)
def ccpa_delete(context: _Context) -> None:
    _ccpa_request(
        context,
        _("Request to delete my personal information"),
        _(
            "Under the California Consumer Privacy Act (%(law)s) I ask you to delete "
            "the personal information you collected about me, including through "
            "%%(practices)s, and to tell your service providers and contractors to do "
            "the same, unless an exception applies; if so, please name it."
        )
        % {"law": law.cite("ccpa-1798-105", context.letter.lang)},
    )


@kind(
    "ccpa-correct",
    gettext_lazy("Request to correct (California)"),
    ("US-CA",),
    gettext_lazy("Ask the employer to correct inaccurate personal information."),
    **CCPA_TIMING,
)
def ccpa_correct(context: _Context) -> None:
    _ccpa_request(
        context,
        _("Request to correct my personal information"),
        _(
            "Under the California Consumer Privacy Act (%(law)s) I ask you to correct "
            "inaccurate personal information you hold about me, including what "
            "%%(practices)s recorded or derived: [describe what is wrong and what is "
            "correct]."
        )
        % {"law": law.cite("ccpa-1798-106", context.letter.lang)},
    )


@kind(
    "admt-opt-out",
    gettext_lazy("Automated decisions: notice and opting out (California)"),
    ("US-CA",),
    gettext_lazy(
        "Ask for the pre-use notice of automated decision-making and to opt out, "
        "once those duties apply."
    ),
    procedure=REQUEST,
    offered_from="cppa-admt-regulations",
)
def admt_opt_out(context: _Context) -> None:
    letter = context.letter
    letter.subject = _("Automated decision-making: notice, opting out and access")
    letter.paragraphs = [
        _(
            "The regulations on automated decision-making technology (%(law)s) "
            "require a notice before such technology is used for significant decisions "
            "about workers, a way to opt out or to appeal to a person, and access to "
            "information about how it was used. About %(practices)s, I ask for:"
        )
        % {
            "law": law.cite("cppa-admt-regulations", letter.lang),
            "practices": context.practices(),
        }
    ]
    letter.questions = [
        (_("the pre-use notice;"), ""),
        (_("a way to opt out, or to appeal a decision to a person;"), ""),
        (
            _(
                "how the technology was used in decisions about me and with what result."
            ),
            "",
        ),
    ]


@kind(
    "nyc-bias-audit",
    gettext_lazy("Bias audit of an automated employment tool (New York City)"),
    ("US-NY",),
    gettext_lazy(
        "In New York City: ask for the bias audit summary of a tool used to screen "
        "for promotion or hiring."
    ),
    procedure=REQUEST,
)
def nyc_bias_audit(context: _Context) -> None:
    letter = context.letter
    statute = law.cite("nyc-ll-144", letter.lang)
    letter.subject = _(
        "Bias audit of an automated employment decision tool (%(law)s)"
    ) % {"law": statute}
    letter.paragraphs = [
        _(
            "If you use an automated employment decision tool to screen candidates or "
            "employees for promotion in New York City, the law (%(law)s) requires a "
            "bias audit within the past year, a published summary of its results, and "
            "notice to the people assessed. About %(practices)s, please send me the "
            "summary of the most recent bias audit, its date, and the notice you gave."
        )
        % {"law": statute, "practices": context.practices()}
    ]
