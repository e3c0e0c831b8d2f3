"""The employee's letters: to HR, to the works council, to the authority.

Each kind's function works out what its template (`templates/letters/<slug>.txt`)
needs from the assessment and its findings; the prose is in the template.
"""

import datetime
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from assessment import facts, law, questionnaire, rules
from assessment.labels import place_name, said
from assessment.law import (
    authority_of,
    jurisdiction,
    with_notice_law,
    with_representation,
)
from assessment.rules.conditions import all_of, answer
from assessment.rules.jurisdictions import jurisdictions_of
from assessment.rules.sensitive_data import BIOMETRIC
from assessment.rules.us_states import (
    collects_sensitive_information,
    selects_people,
    system_judges_people,
)
from documents.letters.engine import (
    COMPLAINT,
    EMPLOYEE,
    FIRM,
    GENTLE,
    KINDS,
    REMINDER,
    REQUEST,
    STATUTORY,
    Context,
    FirstLetter,
    Kind,
    Letter,
    NotApplicable,
    Typed,
    addressee,
    kind,
    offered,
    starter,
    unique_lines,
)
from documents.letters.typography import after_colon


@dataclass(frozen=True)
class Details(Typed):
    """What the employee types at download: used to render, then dropped."""

    name: str = ""
    address: str = ""
    employee_number: str = ""
    employer: str = ""
    employer_address: str = ""
    has_dpo: bool = False
    # Colleagues who sign with the employee, one a line: a letter sent as a group.
    colleagues: str = ""

    def cosigners(self) -> list[str]:
        return unique_lines(self.colleagues.splitlines())


# Kinds written in a voice of their own (the union's), which a group of colleagues
# does not sign.
OWN_VOICE = frozenset({"union-bargaining"})


@dataclass
class EmployeeContext(Context):
    assessment: facts.Assessment = None
    result: rules.Result = None
    follows: FirstLetter | None = None  # for a reminder: the letter it follows
    details: Details = Details()  # typed at download, for this letter only

    def practices(self) -> str:
        return ", ".join(practice.name for practice in self.assessment.practices)

    def say(self, message: str) -> str:
        """A rule's or a question's words as they are said at this workplace (a
        union, not a works council, and American spelling in the United States)."""
        return str(said(message, self.country))

    def variables(self) -> dict:
        return {**super().variables(), "practices": self.practices()}

    def opening(self, chosen: Kind) -> list[str]:
        """A letter sent as a group says so first (and, in the US, that acting
        together is protected); the friendly tone opens in its own words."""
        paragraphs = []
        if self.details.cosigners() and chosen.slug not in OWN_VOICE:
            paragraphs.append(
                _(
                    "I write together with the colleagues who sign this letter "
                    "below. Please send your answer to each of us."
                )
            )
            if self.letter.us:
                paragraphs.append(
                    _(
                        "Writing together about our working conditions is concerted "
                        "activity under federal labor law (%(rights)s), which forbids "
                        "an employer to interfere with it or to retaliate for it "
                        "(%(interference)s)."
                    )
                    % {
                        "rights": self.cite("nlra-7"),
                        "interference": self.cite("nlra-8-a-1"),
                    }
                )
        if self.friendly(chosen):
            paragraphs.append(
                _(
                    "I hope you are well. I am writing to understand better how this "
                    "works, and I would be glad to talk it over if that is easier."
                )
            )
        return paragraphs

    def friendly(self, chosen: Kind) -> bool:
        """The friendly tone's own first and last words, in the employee's voice: in
        a first request, not a reminder or a complaint, nor the union's letter."""
        return (
            self.tone == GENTLE
            and chosen.procedure in (REQUEST, STATUTORY)
            and chosen.slug not in OWN_VOICE
        )

    def standard_closing(self, chosen: Kind) -> list[str]:
        closing = []
        if chosen.procedure == STATUTORY and jurisdiction(self.country).gdpr_reaches:
            closing.append(
                _(
                    "If you need to confirm my identity, please ask only for what is "
                    "necessary for that purpose (%(art)s)."
                )
                % {"art": self.art("12(6)")}
            )
        if self.friendly(chosen):
            closing.append(
                _("Thank you for your time; I look forward to hearing from you.")
            )
        return closing


def kinds_for(
    workplace: facts.Workplace,
    day: datetime.date | None = None,
    assessment: facts.Assessment | None = None,
) -> list[Kind]:
    """The employee's kinds that fit the workplace, among those the law offers on
    `day`; given the `assessment`, only those whose facts fit it (a biometric
    letter where biometrics are collected)."""
    codes = jurisdictions_of(workplace)
    day = day or datetime.date.today()
    return [
        k
        for k in KINDS.values()
        if k.audience == EMPLOYEE
        and offered(k, codes, day)
        and (assessment is None or fits(k, assessment))
    ]


def fits(chosen: Kind, assessment: facts.Assessment) -> bool:
    """Whether the assessment has what the kind is about, in any practice."""
    return chosen.fits is None or any(
        chosen.fits(practice, assessment.workplace) for practice in assessment.practices
    )


def not_applicable_reason(workplace: facts.Workplace) -> str:
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


def _recipient(
    details: Details, assessment: facts.Assessment, us: bool = False
) -> list[str]:
    employer = details.employer or assessment.employer.name or _("[Employer]")
    if details.has_dpo and not us:  # a data protection officer is the GDPR's
        department = _("For the attention of the data protection officer")
    else:
        department = _("Human Resources")
    return addressee(employer, department, details.employer_address.splitlines())


def greeting(us: bool, tone: str = FIRM) -> dict:
    """The salutation and the closing of a letter to the employer: in the US as
    American letters have them."""
    if us:
        return {
            "salutation": _("Dear Human Resources Team:"),
            "closing": _("Sincerely,") if tone == FIRM else _("Best regards,"),
        }
    return {
        "salutation": _("Dear Sir or Madam,"),
        "closing": _("Yours faithfully,") if tone == FIRM else _("Kind regards,"),
    }


def is_us(workplace: facts.Workplace) -> bool:
    """Whether letters there are written in American form: where the registry puts
    them on US Letter paper, they are dated and addressed as American letters."""
    return jurisdiction(workplace.country).paper == "Letter"


def addressed(assessment: facts.Assessment, details: Details | None) -> dict:
    """Sender, recipient and signature of the employee's letters to the employer:
    with colleagues who sign too, each of their names under the employee's."""
    details = details or Details()
    us = is_us(assessment.workplace)
    sender = [line for line in (details.name, *details.address.splitlines()) if line]
    if details.employee_number:
        sender.append(
            _("Employee number: %(number)s") % {"number": details.employee_number}
        )
    return {
        "sender": sender,
        "recipient": _recipient(details, assessment, us),
        "signature": "\n".join(
            unique_lines([details.name or _("[Your name]"), *details.cosigners()])
        ),
        "us": us,
    }


@starter(EMPLOYEE)
def start(
    chosen: Kind,
    assessment: facts.Assessment,
    *,
    lang: str,
    details: Details | None,
    tone: str,
    written: datetime.date,
    as_of: datetime.date,
    follows: FirstLetter | None,
) -> EmployeeContext:
    if not isinstance(assessment, facts.Assessment):
        raise NotApplicable(_("This letter is written from an assessment."))
    workplace = assessment.workplace
    if any(code in jurisdictions_of(workplace) for code in chosen.excluded):
        raise NotApplicable(
            _(
                "This letter is not offered for a workplace here: the letters page "
                "offers one of the same kind in the terms of its law."
            )
        )
    if chosen not in kinds_for(workplace, written):
        raise NotApplicable(not_applicable_reason(workplace))
    if not fits(chosen, assessment):
        raise NotApplicable(
            _("This letter does not fit the practices of this assessment.")
        )
    parties = addressed(assessment, details)
    letter = Letter(
        kind=chosen.slug,
        lang=lang,
        date=written,
        deadline=None,
        subject="",
        reference="",  # the engine's, once the day sent is known
        paragraphs=[],
        paper=jurisdiction(workplace.country).paper,
        **greeting(parties["us"], tone),
        **parties,
    )
    return EmployeeContext(
        letter=letter,
        codes=jurisdictions_of(workplace),
        tone=tone,
        country=workplace.country,
        place=workplace.region or workplace.country,
        assessment=assessment,
        result=rules.assess(assessment, as_of),
        follows=follows,
        details=details or Details(),
    )


def _collects_behaviour(assessment: facts.Assessment) -> bool:
    """Whether any practice records typing rhythm or mouse movements."""
    return any(
        {"keystroke_dynamics", "mouse_movement"} & practice.data
        for practice in assessment.practices
    )


def _sentence(text: str) -> str:
    """A reason as a sentence: rule titles carry no full stop of their own."""
    return text if text.endswith((".", "?", "!")) else text + "."


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
# Why each question is asked: what the law makes of the answer.
WHY_TOPIC = {
    "ai_training": gettext_noop(
        "Training AI is a purpose of its own and must be stated before data is "
        "collected."
    ),
    "collection": gettext_noop(
        "Only what the purpose needs may be collected, and workers must know what "
        "that is."
    ),
    "necessity": gettext_noop(
        "Monitoring must be necessary for its purpose and the least intrusive means "
        "to it."
    ),
    "use": gettext_noop(
        "Data may be used only for the purposes workers were told of, and decisions "
        "about people drawn from it call for particular care."
    ),
    "inferences": gettext_noop(
        "What is inferred about a person is personal data too, and inferences about "
        "health or emotions are especially protected."
    ),
    "anonymisation": gettext_noop(
        "Anonymisation is a claim that must be shown: data about a known group of "
        "workers is easily linked back to them."
    ),
    "lawful_basis": gettext_noop("The legal basis decides which rights apply."),
    "participation": gettext_noop(
        "Consent at work counts only where saying no is a real and free choice."
    ),
    "retention": gettext_noop("Data may be kept only as long as its purpose needs."),
    "recipients": gettext_noop("Workers have a right to know who receives their data."),
    "notice": gettext_noop(
        "Workers must be told what is collected, why and for how long, before it "
        "starts."
    ),
    "dpia": gettext_noop(
        "Monitoring likely to put workers' rights at high risk needs an impact "
        "assessment before it starts."
    ),
    "representatives": gettext_noop(
        "Workers' representatives have a right to be informed and, in many countries, "
        "a say before monitoring begins."
    ),
    "rights": gettext_noop(
        "Workers have a right to see the data about them, to object to its use and "
        "to have it erased."
    ),
}
# Asked in every such letter, whatever the answers so far.
ALWAYS_ASKED = ("ai_training", "anonymisation", "lawful_basis", "retention")
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


def _topic_of_finding(finding) -> str:
    if finding.rule.slug.startswith("dpia") or finding.rule.slug == "no-dpia":
        return "dpia"
    return TOPIC_OF_CONCERN[finding.concern]


def _topic_of_fact(path: str) -> str:
    """Where a letter asks about an unknown fact: its question's topic."""
    return questionnaire.question(path.split("].", 1)[-1]).topic


@kind(
    "ai-questions",
    gettext_lazy("Questions about monitoring and AI training"),
    ("ANY",),
    gettext_lazy(
        "Ask what is recorded, what it is used for and whether it trains AI. Each "
        "question says why it is asked."
    ),
    procedure=REQUEST,
    excluded=("US",),  # the US has its own, in American terms
)
def ai_questions(context: EmployeeContext) -> dict:
    context.letter.questions = _asked(context, TOPICS, WHY_TOPIC)
    return {}


def _asked(context: EmployeeContext, topics: dict, why: dict) -> list[tuple[str, str]]:
    """Each question with why it is asked: why it matters, the most serious problem
    found there, and exactly what is still unanswered. Where the workplace has no
    representatives, they are not asked about."""
    problems: dict[str, str] = {}
    for finding in context.result.findings:  # most severe first
        if not _rests_on_unknowns(finding):
            problems.setdefault(
                _topic_of_finding(finding), context.say(finding.rule.title)
            )
    unanswered: dict[str, list[str]] = {}
    for unknown in context.result.unknowns:
        asked = unanswered.setdefault(_topic_of_fact(unknown.fact), [])
        if context.say(unknown.question) not in asked:
            asked.append(context.say(unknown.question))
    skipped = set()
    if context.assessment.workplace.worker_representation == "none":
        skipped.add("representatives")
    return [
        (str(question), _reason(context.assessment, topic, why, problems, unanswered))
        for topic, question in topics.items()
        if topic not in skipped
        and (topic in problems or topic in unanswered or topic in ALWAYS_ASKED)
    ]


# The same questions for a US workplace, in American terms and without law that
# does not apply there: where no statute gives a right, the reason is the worker's
# own, and never a legal duty. A state's own duties have their letters.
US_TOPICS = {
    **TOPICS,
    "anonymisation": gettext_lazy(
        "If the data is said to be deidentified or anonymized: how exactly, at which "
        "point, and how was the risk of re-identification tested? I am asking about "
        "the process, not for the data."
    ),
    "lawful_basis": gettext_lazy(
        "Which written policy covers this monitoring, and may I have a copy?"
    ),
    "dpia": gettext_lazy(
        "Were the risks of this monitoring to employees assessed in writing before "
        "it started, and may I see the result?"
    ),
    "representatives": gettext_lazy(
        "Was a union or another body of employees involved, and is there an "
        "agreement on this monitoring?"
    ),
    "rights": gettext_lazy(
        "How can an employee see the data about them, have it corrected or deleted, "
        "including from trained models?"
    ),
}
US_WHY_TOPIC = {
    "ai_training": gettext_noop(
        "I would like to know whether data about my work serves a purpose I was "
        "never told of."
    ),
    "collection": gettext_noop(
        "I would like to know what is recorded about me, and whether it reaches "
        "private matters."
    ),
    "necessity": gettext_noop(
        "I would like to understand why this much monitoring is needed for the work."
    ),
    "use": gettext_noop(
        "Decisions about pay, appraisal or discipline should rest on data employees "
        "know of and can question."
    ),
    "inferences": gettext_noop(
        "Scores and guesses about a person can be wrong, and they can follow them."
    ),
    "anonymisation": gettext_noop(
        "Data about a known group of employees is easily linked back to them, so "
        "the claim is worth checking."
    ),
    "lawful_basis": gettext_noop(
        "I would like to read the rules the company set itself for this monitoring."
    ),
    "participation": gettext_noop(
        "I would like to know whether saying no is a real choice, without a cost."
    ),
    "retention": gettext_noop(
        "Data kept with no end date is easier to misuse or to expose in a breach."
    ),
    "recipients": gettext_noop(
        "I would like to know who, outside my own line of work, can see my data."
    ),
    "notice": gettext_noop(
        "I would like the written information about this monitoring in one place."
    ),
    "dpia": gettext_noop(
        "A written assessment shows whether the risks to employees were weighed."
    ),
    "representatives": gettext_noop(
        "Where a union represents employees, changes to monitoring are a matter for "
        "bargaining."
    ),
    "rights": gettext_noop(
        "I would like to check what is recorded about me and to have mistakes put "
        "right."
    ),
}


@kind(
    "us-questions",
    gettext_lazy("Questions about monitoring and AI training"),
    ("US",),
    gettext_lazy(
        "Ask what is recorded, what it is used for and whether it trains AI. Each "
        "question says why you ask; no law is claimed where none applies."
    ),
    procedure=REQUEST,
)
def us_questions(context: EmployeeContext) -> dict:
    context.letter.questions = _asked(context, US_TOPICS, US_WHY_TOPIC)
    return {}


def _rests_on_unknowns(finding) -> bool:
    """A finding raised because an answer is unknown: the letter asks that answer's
    own question instead of repeating the finding."""
    return any(
        value == facts.UNKNOWN or (isinstance(value, list) and facts.UNKNOWN in value)
        for value in finding.fact_paths().values()
    )


def _reason(
    assessment: facts.Assessment,
    topic: str,
    why: dict,
    problems: dict[str, str],
    unanswered: dict[str, list[str]],
) -> str:
    lang = translation.get_language()
    reasons = [str(_why_topic(assessment, topic, why))]
    if topic in problems:
        reasons.append(
            _("What I know so far points to a problem: %(problem)s")
            % {"problem": after_colon(lang, _sentence(problems[topic]))}
        )
    if topic in unanswered:
        reasons.append(
            _("Not answered so far: %(questions)s")
            % {"questions": after_colon(lang, " ".join(unanswered[topic]))}
        )
    return " ".join(reasons)


def _why_topic(assessment: facts.Assessment, topic: str, why: dict) -> str:
    if topic == "anonymisation" and _collects_behaviour(assessment):
        if why is US_WHY_TOPIC:
            return _(
                "Typing rhythm and mouse movements are distinctive, so a claim that "
                "they cannot be linked back to a person is worth checking."
            )
        return _(
            "Typing rhythm and mouse movements are distinctive; anonymisation is a "
            "claim that must be shown."
        )
    return _(why[topic])


@kind(
    "access-request",
    gettext_lazy("Access request (copy of my data)"),
    ("EEA", "GB"),
    gettext_lazy(
        "Get a copy of everything recorded about you, the scores drawn from it and "
        "who received it."
    ),
)
def access_request(context: EmployeeContext) -> dict:
    return {}


@kind(
    "objection",
    gettext_lazy("Objection to the processing"),
    ("EEA", "GB"),
    gettext_lazy(
        "Object to the monitoring of you, for reasons of your own situation; the "
        "employer must then justify it or stop."
    ),
)
def objection(context: EmployeeContext) -> dict:
    # An objection answers processing on legitimate interests; where the employer
    # claims consent, or names no basis, withdrawing consent is the right that bites.
    bases = {practice.lawful_basis for practice in context.assessment.practices}
    return {"withdraw_consent": bool(bases & {"consent", "none_stated", "unknown"})}


@kind(
    "withdraw-erasure",
    gettext_lazy("Withdrawal of consent and erasure"),
    ("EEA", "GB"),
    gettext_lazy(
        "Take back the consent you gave and ask for the data about you to be erased."
    ),
)
def withdraw_erasure(context: EmployeeContext) -> dict:
    return {}


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
def dpia_request(context: EmployeeContext) -> dict:
    return {}


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
def council_information(context: EmployeeContext) -> dict:
    representation = jurisdiction(context.country).representation
    texts = representation.paragraphs
    body = _(representation.body)
    letter = context.letter
    # The employee writes to the council, which acts for the employees.
    letter.recipient = [body[:1].upper() + body[1:], *letter.recipient[:1]]
    return {
        "subject": context.cite_in(texts["employee_information_subject"]),
        "national": [
            context.cite_in(text) % {"practices": context.practices()}
            for text in texts["employee_information"]
        ],
    }


@kind(
    "reminder",
    gettext_lazy("Reminder after the deadline"),
    ("ANY",),
    gettext_lazy(
        "When the deadline passed without a full answer: two more weeks before a "
        "complaint."
    ),
    procedure=REMINDER,
)
def reminder(context: EmployeeContext) -> dict:
    """Names the letter it follows by reference and date, as the tracker holds it,
    and is written only once that letter's answer is overdue on the reminder's day:
    a reminder never calls a period passed that is still running."""
    first, day = context.follows, context.letter.date
    if first is None:
        raise NotApplicable(
            _(
                "A reminder names the letter it follows: record that letter as sent "
                "first, then choose it here."
            )
        )
    dates = {
        "reference": first.reference,
        "sent": context.letter.day(first.sent_on),
        "due": context.letter.day(first.due),
    }
    if day <= first.due:
        raise NotApplicable(
            _(
                "The answer to your letter %(reference)s of %(sent)s is due by "
                "%(due)s: a reminder can be sent from the day after."
            )
            % dates
        )
    followed = KINDS.get(first.kind)
    return {
        "first_kind": followed.label if followed else first.kind,
        "first_sent": dates["sent"],
        "first_reference": first.reference,
        "deadline": context.letter.day(first.deadline),
        "extended": dates["due"] if first.extended_to else "",
        # The GDPR's month (Art. 12(3)), or the period another law sets (the
        # CCPA's 45 days), with its law.
        "after_statutory": bool(
            followed and followed.procedure == STATUTORY and followed.period is None
        ),
        "period_law": context.cite(followed.period_source)
        if followed and followed.procedure == STATUTORY and followed.period_source
        else "",
        "days": followed.period[1] if followed and followed.period else "",
        # Where a complaint can follow: the data protection authority, or in
        # California the Agency and the Attorney General; elsewhere in the US no
        # authority takes it, and the reminder threatens none.
        "complaint_to": "authority"
        if jurisdiction(context.country).gdpr_reaches
        else "california"
        if offered(KINDS["ccpa-complaint"], context.codes, day)
        else "",
    }


@kind(
    "complaint",
    gettext_lazy("Complaint to the supervisory authority"),
    ("EEA", "GB"),
    gettext_lazy(
        "Complain to the data protection authority of the workplace's country."
    ),
    procedure=COMPLAINT,
)
def complaint(context: EmployeeContext) -> dict:
    letter = context.letter
    place = jurisdiction(context.country)
    letter.recipient = authority_lines(context.assessment.workplace)
    letter.why_label = _("Law: %(why)s")
    # One point per rule: a rule raised for two practices cites the same law twice.
    serious = {}
    for finding in context.result.findings:
        if finding.severity in ("critical", "high"):
            serious.setdefault(finding.rule.slug, finding)
    letter.questions = [
        (
            context.say(finding.rule.title),
            ", ".join(ref.cite(letter.lang) for ref in finding.references),
        )
        for finding in serious.values()
    ]
    return {
        "national": [
            context.cite_in(text)
            for text in (
                place.letters.get("complaint_to_employer_first"),
                place.letters.get("complaint_note"),
            )
            if text
        ],
        "employer": complained_of(context.assessment, context.details),
        "problems": bool(letter.questions),  # no lead-in to an empty list
    }


def authority_lines(workplace: facts.Workplace) -> list[str]:
    """The complaint's recipient: the authority for the workplace with its address;
    where the registry has no address (a German workplace whose Land is not given),
    a placeholder that says so, never a guessed one."""
    authority = authority_of(workplace.country, workplace.region)
    if authority and authority.address:
        return [authority.name, *authority.address]
    if authority and jurisdiction(workplace.country).has_regions:
        return [
            f"[{_(authority.name)}]",
            _("[Address not known: the Land of the workplace was not given]"),
        ]
    if authority:
        # A postal address that could not be confirmed is not printed.
        return [
            authority.name,
            _("[Postal address: check %(website)s before sending]")
            % {"website": authority.website or authority.complaint_url},
        ]
    return [_("[The data protection authority competent for the employer]")]


def complained_of(assessment: facts.Assessment, details: Details) -> str:
    """The employer the complaint is about, with the address typed at download."""
    name = details.employer or assessment.employer.name
    lines = unique_lines([name, *details.employer_address.splitlines()])
    if not lines:
        return _("[Employer's name and address]")
    if not name:
        lines.insert(0, _("[Employer's name]"))
    return ", ".join(lines)


# The states whose notice law has a letter of its own, in its own terms.
OWN_NOTICE_LETTER = ("US-NY", "US-CT", "US-DE")


@kind(
    "notice-request",
    gettext_lazy("Request for the written monitoring notice"),
    with_notice_law(),
    gettext_lazy(
        "Ask for the written notice of electronic monitoring that the state's law "
        "requires."
    ),
    procedure=REQUEST,
    excluded=OWN_NOTICE_LETTER,
)
def notice_request(context: EmployeeContext) -> dict:
    state = jurisdiction(context.assessment.workplace.region)
    return {"statute": context.cite(state.notice_law)}


@kind(
    "ny-monitoring-notice",
    gettext_lazy("Request for the notice of electronic monitoring (New York)"),
    ("US-NY",),
    gettext_lazy(
        "Ask for the written notice of telephone, e-mail and internet monitoring, "
        "the acknowledgment you signed, and where the notice is posted."
    ),
    procedure=REQUEST,
)
def ny_monitoring_notice(context: EmployeeContext) -> dict:
    return {"statute": context.cite("ny-civil-rights-52-c")}


@kind(
    "ct-monitoring-notice",
    gettext_lazy("Request for the notice of electronic monitoring (Connecticut)"),
    ("US-CT",),
    gettext_lazy(
        "Ask for the prior written notice of every type of electronic monitoring, "
        "where it may occur on the premises, and where the notice is posted."
    ),
    procedure=REQUEST,
)
def ct_monitoring_notice(context: EmployeeContext) -> dict:
    # The specific locations are asked for once Public Act 26-73 applies.
    amendment = law.source("ct-pa-26-73")
    current = amendment.status_on(context.letter.date) in law.CURRENT
    return {
        "statute": context.cite("ct-31-48d"),
        "locations": context.cite("ct-pa-26-73") if current else "",
        "locations_since": context.letter.day(amendment.in_force_from),
    }


@kind(
    "de-monitoring-notice",
    gettext_lazy("Request for the notice of electronic monitoring (Delaware)"),
    ("US-DE",),
    gettext_lazy(
        "Ask how you are told of telephone, e-mail and internet monitoring: a "
        "daily electronic notice, or a one-time notice you acknowledged."
    ),
    procedure=REQUEST,
)
def de_monitoring_notice(context: EmployeeContext) -> dict:
    return {"statute": context.cite("de-19-705")}


@kind(
    "bipa-request",
    gettext_lazy("Request about biometric data (Illinois)"),
    ("US-IL",),
    gettext_lazy(
        "Ask for the written policy and retention schedule, the written release "
        "you signed, and to whom your biometric data was disclosed."
    ),
    procedure=REQUEST,
    fits=BIOMETRIC,
)
def bipa_request(context: EmployeeContext) -> dict:
    return {
        "policy": context.cite("il-bipa-15-a"),
        "release": context.cite("il-bipa-15-b"),
        "disclosure": context.cite("il-bipa-15-d"),
    }


# 45 calendar days counted from the day the request is received (Cal. Code Regs.
# tit. 11, §7021(b)).
CCPA = {
    "period": ("days", 45),
    "period_source": "ccpa-1798-130",
    "receipt_day_counts": True,
}


@kind(
    "ccpa-know",
    gettext_lazy("Request to know (California)"),
    ("US-CA",),
    gettext_lazy(
        "Ask what personal information the employer collected about you through "
        "monitoring, where from, why, and with whom it was shared."
    ),
    **CCPA,
)
def ccpa_know(context: EmployeeContext) -> dict:
    return {"statute": context.cite("ccpa-1798-110")}


@kind(
    "ccpa-delete",
    gettext_lazy("Request to delete (California)"),
    ("US-CA",),
    gettext_lazy("Ask the employer to delete the personal information it collected."),
    **CCPA,
)
def ccpa_delete(context: EmployeeContext) -> dict:
    return {"statute": context.cite("ccpa-1798-105")}


@kind(
    "ccpa-correct",
    gettext_lazy("Request to correct (California)"),
    ("US-CA",),
    gettext_lazy("Ask the employer to correct inaccurate personal information."),
    **CCPA,
)
def ccpa_correct(context: EmployeeContext) -> dict:
    return {"statute": context.cite("ccpa-1798-106")}


@kind(
    "ccpa-limit",
    gettext_lazy("Request to limit the use of sensitive information (California)"),
    ("US-CA",),
    gettext_lazy(
        "Direct the employer to use the contents of your messages, your biometrics "
        "and other sensitive information only for what the job needs."
    ),
    procedure=REQUEST,
    fits=collects_sensitive_information,
)
def ccpa_limit(context: EmployeeContext) -> dict:
    return {"statute": context.cite("ccpa-1798-121")}


# The Agency's postal address was not confirmed in a source read on 7 December 2026:
# the letter leaves it in brackets (its online form takes the text).
CPPA_LINES = (
    gettext_lazy("California Privacy Protection Agency"),
    gettext_lazy("Enforcement Division"),
    gettext_lazy("[Address as the Agency's complaint form gives it]"),
)


@kind(
    "ccpa-complaint",
    gettext_lazy("Complaint to the California Privacy Protection Agency"),
    ("US-CA",),
    gettext_lazy(
        "Complain to the agency that enforces the California Consumer Privacy Act; "
        "the Attorney General also takes complaints."
    ),
    procedure=COMPLAINT,
)
def ccpa_complaint(context: EmployeeContext) -> dict:
    letter = context.letter
    letter.recipient = [str(line) for line in CPPA_LINES]
    letter.salutation = _("Dear Enforcement Division:")
    letter.why_label = _("Law: %(why)s")
    letter.questions = _serious(context, "US-CA")
    return {
        "statute": context.cite("ccpa"),
        "employer": complained_of(context.assessment, context.details),
        "problems": bool(letter.questions),
    }


def _serious(context: EmployeeContext, where: str = "") -> list[tuple[str, str]]:
    """The critical and high findings with their law, for a complaint: where `where`
    is given, only those resting on that place's law."""
    lang = context.letter.lang
    return [
        (
            context.say(finding.rule.title),
            ", ".join(ref.cite(lang) for ref in finding.references),
        )
        for finding in context.result.findings
        if finding.severity in ("critical", "high")
        and (not where or any(ref.where == where for ref in finding.references))
    ]


@kind(
    "union-bargaining",
    gettext_lazy("The union's request to bargain over monitoring (United States)"),
    ("US",),
    gettext_lazy(
        "For the union to send: ask the employer to bargain over the monitoring and "
        "for the information the union needs to do so."
    ),
    procedure=REQUEST,
    fits=answer("workplace.worker_representation", "union", "both"),
)
def union_bargaining(context: EmployeeContext) -> dict:
    letter = context.letter
    letter.salutation = _("Dear Management Team:")
    letter.recipient = addressee(
        context.details.employer or context.assessment.employer.name or _("[Employer]"),
        _("Management"),
        context.details.employer_address.splitlines(),
    )
    if not context.details.name:
        letter.signature = _("[Name and office, for the union]")
    return {
        "refuse": context.cite("nlra-8-a-5"),
        "duty": context.cite("nlra-8-d"),
        "case": context.cite("nlrb-colgate-palmolive-1997"),
        "information": context.cite("scotus-acme-industrial-1967"),
    }


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
    fits=answer("decisions", "automated", "informs_human"),
)
def admt_opt_out(context: EmployeeContext) -> dict:
    return {"statute": context.cite("cppa-admt-regulations")}


@kind(
    "nyc-bias-audit",
    gettext_lazy("Bias audit of an automated employment tool (New York City)"),
    ("US-NY",),
    gettext_lazy(
        "Only if the workplace is in New York City: ask for the bias audit summary "
        "of an automated tool used to screen for promotion or hiring."
    ),
    procedure=REQUEST,
    # An automated employment decision tool: it judges people for selection.
    fits=all_of(system_judges_people, selects_people),
)
def nyc_bias_audit(context: EmployeeContext) -> dict:
    return {"statute": context.cite("nyc-ll-144")}
