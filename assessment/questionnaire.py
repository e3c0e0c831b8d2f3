"""The questionnaire, described once.

Every question of the workplace page and of a practice is one `Question` here: the
fact it asks for (its path in oversight.assessment/1), its kind, the question and its
help, its choices with their labels, the question put to the employer when the answer
is unknown, its limits, and the step of the stepped questionnaire it belongs to. The
forms, the labels of results and documents, the unknown-answer questions of the rules
and the policy check's targets are all made from this table.

Plain Python, like the facts and the rules: texts are marked for translation here and
translated by the layer that shows them.
"""

from dataclasses import dataclass

from assessment import law
from assessment.facts import vocabulary as v


def _(message: str) -> str:
    """Mark a message for translation; the layer that shows it translates it."""
    return message


# What a question asks for.
TEXT = "text"  # a line (or, with `lines`, a passage) of text
ONE = "one"  # one answer of its choices
MANY = "many"  # any number of its choices, a list in the format
SHARE = "share"  # a percentage on the page, a share between 0 and 1 in the format
DURATION = "duration"  # a number of days or a word: "indefinite", "unknown"

DONT_KNOW = _("I don't know")


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    label: str
    help: str = ""  # when to choose it, where the label alone does not say
    group: str = ""  # the heading it is listed under: a region's country


@dataclass(frozen=True, slots=True)
class Step:
    slug: str
    title: str


@dataclass(frozen=True, slots=True)
class WorkplaceAnswer:
    """Answers of the workplace page that make a practice's question moot: how the
    works council or union was involved, where there is neither. An answer not listed,
    "I don't know" included, asks the question, and so does a workplace in a country
    whose law asks it whatever the answer (`still_asked_in`)."""

    path: str  # a question of the workplace: "workplace.worker_representation"
    codes: tuple[str, ...]
    still_asked_in: tuple[str, ...] = ()  # countries

    def given(self, workplace: dict | None) -> bool:
        """Whether the workplace (its object in the format) gives one of them."""
        workplace = workplace or {}
        if workplace.get("country") in self.still_asked_in:
            return False
        return workplace.get(self.path.removeprefix("workplace.")) in self.codes


@dataclass(frozen=True, slots=True)
class Question:
    path: str  # the fact, as a path in the format: "workplace.country", "data"
    kind: str
    label: str
    help: str = ""
    choices: tuple[Choice, ...] = ()
    unknown: str = ""  # what to ask the employer when the answer is unknown
    # Under which question of a letter to HR an unknown answer is asked (the topics
    # of documents/letters/employee.py: collection, use, recipients, …).
    topic: str = ""
    required: bool = False  # a text, a list or a place that must be given
    optional: bool = False  # an answer the format may omit when it is unknown
    maximum: int = 0  # characters of a text, days of a duration
    lines: int = 0  # a text of several lines
    blank: str = ""  # the empty first choice of a list to pick from
    step: str = ""  # a practice's step, in the stepped questionnaire
    # A duration also asks for its number of days, with this label and help.
    days_label: str = ""
    days_help: str = ""
    # A practice's question not asked where the workplace gave one of these answers.
    # The forms, the steps, Check your answers, the report's annex, the questions for
    # HR and the policy check's suggestions all leave it out there; an answer given
    # before (or imported) is kept, and asked again once the workplace changes.
    not_asked_when: WorkplaceAnswer | None = None

    @property
    def field(self) -> str:
        """The form field that asks it: `participation.mode` -> participation_mode."""
        return field_name(self.path)

    @property
    def fields(self) -> tuple[str, ...]:
        """Every form field it takes: a duration asks for a kind and a number."""
        if self.kind == DURATION:
            return (self.field, f"{self.path}_days")
        return (self.field,)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(choice.code for choice in self.choices)

    def asked_of(self, workplace: dict | None) -> bool:
        """Whether it is asked of a workplace (its object in the format; None for
        any workplace)."""
        return workplace is None or not (
            self.not_asked_when and self.not_asked_when.given(workplace)
        )

    def label_of(self, code: str) -> str:
        """The label of one of its answers (the code itself when it is not one)."""
        for choice in self.choices:
            if choice.code == code:
                return choice.label
        return code


def field_name(path: str) -> str:
    """The form field that asks for a fact path such as `participation.mode`."""
    if path.startswith("workplace."):
        return path.removeprefix("workplace.")
    return "retention_kind" if path == "retention" else path.replace(".", "_")


def labelled(codes: tuple[str, ...], labels: dict[str, str]) -> tuple[Choice, ...]:
    """The choices of a vocabulary, in its order, each with its label; "I don't know"
    wherever the vocabulary allows "unknown". A code without a label is an error, so
    that the vocabulary and the questionnaire cannot drift apart."""
    missing = [code for code in codes if code != v.UNKNOWN and code not in labels]
    extra = sorted(set(labels) - set(codes))
    if missing or extra:
        raise ValueError(f"labels do not match the vocabulary: {missing} {extra}")
    return tuple(
        Choice(code, DONT_KNOW if code == v.UNKNOWN else labels[code]) for code in codes
    )


YES_NO = labelled(v.YES_NO_UNKNOWN, {"yes": _("Yes"), "no": _("No")})

# The places the questionnaire offers by name; the format takes any two-letter code.
COUNTRIES = (
    Choice("AT", _("Austria")),
    Choice("BE", _("Belgium")),
    Choice("BG", _("Bulgaria")),
    Choice("HR", _("Croatia")),
    Choice("CY", _("Cyprus")),
    Choice("CZ", _("Czechia")),
    Choice("DK", _("Denmark")),
    Choice("EE", _("Estonia")),
    Choice("FI", _("Finland")),
    Choice("FR", _("France")),
    Choice("DE", _("Germany")),
    Choice("GR", _("Greece")),
    Choice("HU", _("Hungary")),
    Choice("IS", _("Iceland")),
    Choice("IE", _("Ireland")),
    Choice("IT", _("Italy")),
    Choice("LV", _("Latvia")),
    Choice("LI", _("Liechtenstein")),
    Choice("LT", _("Lithuania")),
    Choice("LU", _("Luxembourg")),
    Choice("MT", _("Malta")),
    Choice("NL", _("Netherlands")),
    Choice("NO", _("Norway")),
    Choice("PL", _("Poland")),
    Choice("PT", _("Portugal")),
    Choice("RO", _("Romania")),
    Choice("SK", _("Slovakia")),
    Choice("SI", _("Slovenia")),
    Choice("ES", _("Spain")),
    Choice("SE", _("Sweden")),
    Choice("CH", _("Switzerland")),
    Choice("GB", _("United Kingdom")),
    Choice("US", _("United States")),
    Choice("CA", _("Canada")),
    Choice("AU", _("Australia")),
    Choice("NZ", _("New Zealand")),
    Choice("JP", _("Japan")),
    Choice("IN", _("India")),
    Choice("BR", _("Brazil")),
    Choice("ZA", _("South Africa")),
    Choice("SG", _("Singapore")),
)
# State names are proper names, written the same in every language.
US_STATES = tuple(
    Choice(f"US-{code}", name, group=_("United States"))
    for code, name in (
        ("AL", "Alabama"),
        ("AK", "Alaska"),
        ("AZ", "Arizona"),
        ("AR", "Arkansas"),
        ("CA", "California"),
        ("CO", "Colorado"),
        ("CT", "Connecticut"),
        ("DE", "Delaware"),
        ("DC", "District of Columbia"),
        ("FL", "Florida"),
        ("GA", "Georgia"),
        ("HI", "Hawaii"),
        ("ID", "Idaho"),
        ("IL", "Illinois"),
        ("IN", "Indiana"),
        ("IA", "Iowa"),
        ("KS", "Kansas"),
        ("KY", "Kentucky"),
        ("LA", "Louisiana"),
        ("ME", "Maine"),
        ("MD", "Maryland"),
        ("MA", "Massachusetts"),
        ("MI", "Michigan"),
        ("MN", "Minnesota"),
        ("MS", "Mississippi"),
        ("MO", "Missouri"),
        ("MT", "Montana"),
        ("NE", "Nebraska"),
        ("NV", "Nevada"),
        ("NH", "New Hampshire"),
        ("NJ", "New Jersey"),
        ("NM", "New Mexico"),
        ("NY", "New York"),
        ("NC", "North Carolina"),
        ("ND", "North Dakota"),
        ("OH", "Ohio"),
        ("OK", "Oklahoma"),
        ("OR", "Oregon"),
        ("PA", "Pennsylvania"),
        ("RI", "Rhode Island"),
        ("SC", "South Carolina"),
        ("SD", "South Dakota"),
        ("TN", "Tennessee"),
        ("TX", "Texas"),
        ("UT", "Utah"),
        ("VT", "Vermont"),
        ("VA", "Virginia"),
        ("WA", "Washington"),
        ("WV", "West Virginia"),
        ("WI", "Wisconsin"),
        ("WY", "Wyoming"),
    )
)

# The German Länder, from the registry that holds each one's authority and holidays.
LANDER = tuple(
    Choice(place.code, place.name, group=_("Germany")) for place in law.regions("DE")
)
# The regions asked for where the law, the authority or the holidays differ by region.
# Not Spain: its regional authorities do not supervise private employers (the AEPD
# does), and the letters' deadlines use the national holidays there.
REGIONS = (*US_STATES, *LANDER)

# The assessment and its workplace: one page.
WORKPLACE = (
    Question(
        "title",
        TEXT,
        _("A name for this assessment (optional)"),
        _("Only for you, to recognise it later. Avoid personal names."),
        maximum=v.MAX_NAME_LENGTH,
    ),
    Question(
        "employer.name",
        TEXT,
        _("Employer (optional)"),
        maximum=v.MAX_NAME_LENGTH,
    ),
    Question(
        "employer.sector",
        TEXT,
        _("Sector (optional)"),
        maximum=v.MAX_SECTOR_LENGTH,
    ),
    Question(
        "workplace.country",
        ONE,
        _("Country where the monitored people work"),
        _("It decides which laws apply: GDPR, UK GDPR or US state laws."),
        choices=COUNTRIES,
        required=True,
        blank=_("Choose a country"),
    ),
    Question(
        "workplace.region",
        ONE,
        _("State or Land (United States and Germany only)"),
        _(
            "Some US states, such as New York, require written notice of monitoring. "
            "In Germany the Land decides which authority takes a complaint and which "
            "public holidays count for deadlines."
        ),
        choices=REGIONS,
        blank=_("Not applicable, or I don't know"),
    ),
    Question(
        "workplace.worker_representation",
        ONE,
        _("Is there a works council or union at this workplace?"),
        _("Works councils and unions have rights over monitoring in many countries."),
        choices=labelled(
            v.WORKER_REPRESENTATION,
            {
                "works_council": _("A works council (or CSE, or staff committee)"),
                "union": _("A recognised trade union"),
                "both": _("Both a works council and a union"),
                "none": _("Neither"),
            },
        ),
        unknown=_("Is there a works council or union at this workplace?"),
        topic="representatives",
        required=True,
    ),
    Question(
        "workplace.digital_labour_platform",
        ONE,
        _("Is the employer a digital labour platform (work through an app)?"),
        _(
            "A platform that organises work through an app or website, such as "
            "delivery or ride-hailing. EU law limits what such platforms may "
            "process about the people who work through them."
        ),
        choices=YES_NO,
        optional=True,
    ),
)

# A practice, asked in steps by topic (or on one long page, in the same order).
STEPS = (
    Step("collected", _("What is collected")),
    Step("where", _("Where and when")),
    Step("use", _("What it is used for and what is derived")),
    Step("sharing", _("Who sees it")),
    Step("keeping", _("How it is kept, and for how long")),
    Step("basis", _("Legal basis and taking part")),
    Step("choice", _("Whether saying no is a real choice")),
    Step("told", _("What you were told")),
    Step("involved", _("Who was involved")),
)

PRACTICE = (
    Question(
        "name",
        TEXT,
        _("Name of the practice or tool"),
        _("For example 'Activity tracker on work laptops'."),
        required=True,
        maximum=v.MAX_NAME_LENGTH,
        step="collected",
    ),
    Question(
        "data",
        MANY,
        _("What does it collect?"),
        _("Tick everything it records. Content reveals far more than counts."),
        choices=labelled(
            v.DATA,
            {
                "keystroke_content": _("What people type (keystroke content)"),
                "keystroke_dynamics": _(
                    "Typing rhythm, speed and corrections (not the text)"
                ),
                "mouse_movement": _("Mouse movements"),
                "clicks": _("Clicks"),
                "scrolling": _("Scrolling"),
                "screenshots": _("Periodic screenshots"),
                "screen_recording": _("Screen recording"),
                "app_and_web_usage": _("Applications, websites and active window"),
                "activity_time": _("Active and idle time"),
                "communications_content": _("Content of e-mails or chats"),
                "communications_metadata": _("Who mails or chats with whom, and when"),
                "webcam": _("Webcam images or video"),
                "microphone": _("Microphone audio"),
                "location": _("Location"),
                "biometric_id": _("Fingerprint or face used to identify people"),
                "productivity_events": _(
                    "Task or scanner events (items per minute and similar)"
                ),
                "manager_notes": _("Managers' notes about people's lives or talks"),
                "cctv": _("Video surveillance (CCTV)"),
            },
        ),
        required=True,
        step="collected",
    ),
    Question(
        "devices",
        MANY,
        _("Where does it run?"),
        _("Monitoring personal devices reaches into private life."),
        choices=labelled(
            v.DEVICES,
            {
                "company_device": _("Company computers or phones"),
                "personal_device": _("Workers' own devices"),
                "company_network": _("The company network"),
                "workplace_premises": _("The premises (doors, cameras, terminals)"),
            },
        ),
        step="where",
    ),
    Question(
        "when",
        ONE,
        _("When does it run?"),
        _("Monitoring outside working time needs special justification."),
        choices=labelled(
            v.WHEN,
            {
                "work_hours": _("Only during working hours"),
                "always": _("Always, including breaks and private time"),
            },
        ),
        unknown=_("Does the monitoring run outside working hours?"),
        topic="collection",
        step="where",
    ),
    Question(
        "captures_private_content",
        ONE,
        _("Can it capture private content?"),
        _("Passwords, private messages, health searches, personal browsing."),
        choices=YES_NO,
        unknown=_("Can it capture passwords, private messages or personal browsing?"),
        topic="collection",
        step="where",
    ),
    Question(
        "purposes",
        MANY,
        _("What is the data used for?"),
        _("Data may only be used for the purposes stated when it was collected."),
        choices=labelled(
            v.PURPOSES,
            {
                "security": _("Security"),
                "legal_compliance": _("Complying with the law"),
                "performance_evaluation": _("Evaluating performance"),
                "productivity_metrics": _("Productivity figures"),
                "discipline": _("Discipline"),
                "ai_training": _("Training or improving AI models"),
                "product_improvement": _("Improving products or services"),
                "attendance": _("Attendance"),
                "workforce_planning": _("Workforce planning"),
            },
        ),
        unknown=_("For which purposes is the data used?"),
        topic="use",
        required=True,
        step="use",
    ),
    Question(
        "inferences",
        MANY,
        _("What is derived about people?"),
        _("Conclusions about health or emotions are sensitive data themselves."),
        choices=labelled(
            v.INFERENCES,
            {
                "emotional_state": _("Emotions or mood"),
                "stress_or_cognitive_load": _("Stress or mental load"),
                "health": _("Health"),
                "personality": _("Personality"),
                "beliefs_or_affiliations": _(
                    "Beliefs or affiliations (such as union activity)"
                ),
                "identity": _("Who is at the keyboard (identity)"),
                "productivity_score": _("A productivity score"),
            },
        ),
        step="use",
    ),
    Question(
        "decisions",
        ONE,
        _("Does it affect decisions about people?"),
        _("Automated decisions about workers are restricted."),
        choices=labelled(
            v.DECISIONS,
            {
                "none": _("No, it does not affect decisions about people"),
                "informs_human": _("It informs decisions a person takes"),
                "automated": _("Decisions are taken automatically"),
            },
        ),
        unknown=_("Is the output used in decisions about individual workers?"),
        topic="use",
        step="use",
    ),
    Question(
        "recipients",
        MANY,
        _("Who receives individual-level data?"),
        _(
            "Each recipient is one more place the data goes. Ticking nothing counts "
            "as “I don't know”."
        ),
        choices=labelled(
            v.RECIPIENTS,
            {
                "security_team": _("Security team"),
                "managers": _("Managers"),
                "hr": _("HR"),
                "it": _("IT"),
                "group_companies": _("Other companies of the group"),
                "internal_ai_teams": _("Internal AI teams"),
                "vendors": _("Vendors or service providers"),
                "third_parties": _("Other third parties"),
                "authorities": _("Authorities"),
            },
        ),
        unknown=_("Who receives individual-level data?"),
        topic="recipients",
        step="sharing",
    ),
    Question(
        "access",
        ONE,
        _("Who can see individual-level data?"),
        _("Access should be limited to those who need it."),
        choices=labelled(
            v.ACCESS,
            {
                "restricted": _("A small, restricted group"),
                "broad": _("Many people (for example all managers)"),
            },
        ),
        unknown=_("Who can see individual-level data?"),
        topic="recipients",
        step="sharing",
    ),
    Question(
        "own_data_access",
        ONE,
        _("Can workers see what is collected about them?"),
        _("Everyone has a right to a copy of their data."),
        choices=YES_NO,
        unknown=_("Can workers see the data collected about them?"),
        topic="rights",
        step="sharing",
    ),
    Question(
        "de_identification",
        ONE,
        _("How is the data linked to people?"),
        _("'Anonymised' is a claim: behavioural data is hard to anonymise."),
        # Each choice says how closely the data points to a person (the code says
        # what is done to it: "none" is no de-identification at all).
        choices=labelled(
            v.DE_IDENTIFICATION,
            {
                "none": _("Directly: the data shows whose it is (name, ID or account)"),
                "pseudonymised": _(
                    "Through a key: a code stands in for the name, and a key links it "
                    "back"
                ),
                "aggregated": _("Not individually: only figures for groups are kept"),
                "anonymised_claimed": _(
                    "Not at all, the employer says: it is called anonymised"
                ),
            },
        ),
        unknown=_("Is the data linked to names, pseudonymised or aggregated?"),
        topic="anonymisation",
        step="keeping",
    ),
    Question(
        "retention",
        DURATION,
        _("How long is it kept?"),
        _("Data may be kept only as long as its purpose needs."),
        choices=(
            Choice("days", _("A number of days")),
            Choice("indefinite", _("Indefinitely")),
            Choice(v.UNKNOWN, DONT_KNOW),
        ),
        unknown=_("How long is the data kept?"),
        topic="retention",
        maximum=v.MAX_RETENTION_DAYS,
        step="keeping",
        days_label=_("Number of days"),
        days_help=_("Only if you chose 'A number of days'."),
    ),
    Question(
        "deletion_when_stopped",
        ONE,
        _("Is the data deleted when the practice ends?"),
        _("Once the purpose is gone, the data should go too."),
        choices=YES_NO,
        unknown=_("Is the data deleted when the practice ends?"),
        topic="retention",
        step="keeping",
    ),
    Question(
        "lawful_basis",
        ONE,
        _("Which legal basis does the employer claim?"),
        _("Consent is rarely valid at work, because refusing is hard for employees."),
        choices=labelled(
            v.LAWFUL_BASIS,
            {
                "consent": _("Consent"),
                "legitimate_interests": _("Legitimate interests"),
                "contract": _("The employment contract"),
                "legal_obligation": _("A legal obligation"),
                "collective_agreement": _("A works or collective agreement"),
                "none_stated": _("None was stated"),
            },
        ),
        unknown=_("Which legal basis do you rely on?"),
        topic="lawful_basis",
        step="basis",
    ),
    Question(
        "participation.mode",
        ONE,
        _("Is taking part mandatory?"),
        _("'Voluntary' only counts if saying no is a real option."),
        choices=labelled(
            v.PARTICIPATION_MODE,
            {
                "mandatory": _("Mandatory"),
                "opt_out": _("Everyone takes part unless they opt out"),
                "opt_in": _("Only those who opt in"),
            },
        ),
        unknown=_("Is taking part mandatory, opt-out or opt-in?"),
        topic="participation",
        step="basis",
    ),
    Question(
        "participation.incentives",
        ONE,
        _("Is taking part rewarded or tied to performance, bonus or promotion?"),
        _("Rewards make a 'voluntary' choice less free."),
        choices=YES_NO,
        unknown=_("Is taking part linked to any reward or rating?"),
        topic="participation",
        step="basis",
    ),
    Question(
        "participation.refusal_consequences",
        ONE,
        _("Does refusing carry any disadvantage?"),
        _("Any disadvantage for saying no means the choice is not free."),
        choices=YES_NO,
        unknown=_("Does refusing carry any disadvantage?"),
        topic="participation",
        step="choice",
    ),
    Question(
        "participation.alternative_offered",
        ONE,
        _("Is a genuine alternative offered to those who refuse?"),
        _("For example a card or PIN instead of a fingerprint."),
        choices=YES_NO,
        unknown=_("What alternative is offered to those who refuse?"),
        topic="participation",
        step="choice",
    ),
    Question(
        "participation.withdrawal",
        ONE,
        _("How easily can someone stop taking part?"),
        _("Stopping must be as easy as starting."),
        choices=labelled(
            v.WITHDRAWAL,
            {
                "easy": _("Easy, at any time"),
                "hard": _("Hard"),
                "impossible": _("Impossible"),
            },
        ),
        unknown=_("How can a worker stop taking part?"),
        topic="participation",
        step="choice",
    ),
    Question(
        "participation.enrolment_rate",
        SHARE,
        _("Share of workers enrolled, in percent (optional)"),
        _("High enrolment under incentives suggests pressure."),
        step="choice",
    ),
    Question(
        "notice",
        ONE,
        _("How were workers told?"),
        _("Workers must be told what is collected, why, and for how long."),
        choices=labelled(
            v.NOTICE,
            {
                "specific_written": _("A specific written notice"),
                "vague_written": _(
                    "A vague written policy ('to improve our services')"
                ),
                "verbal": _("Only verbally"),
                "none": _("Not at all"),
            },
        ),
        unknown=_("How were workers informed?"),
        topic="notice",
        step="told",
    ),
    Question(
        "notice_before_start",
        ONE,
        _("Were they told before it started?"),
        _("Data collected before people were told was collected in the dark."),
        choices=YES_NO,
        unknown=_("Were workers informed before it started?"),
        topic="notice",
        step="told",
    ),
    Question(
        "policy_excerpt",
        TEXT,
        _("The policy's words (optional)"),
        _("Paste the relevant passage, for the record. No personal details."),
        maximum=v.MAX_EXCERPT_LENGTH,
        lines=4,
        step="told",
    ),
    Question(
        "dpia",
        ONE,
        _("Was a data-protection impact assessment carried out?"),
        _("Monitoring workers usually requires one."),
        choices=labelled(
            v.DPIA,
            {
                "done_shared": _("Done and shared with workers or representatives"),
                "done_not_shared": _("Done but not shared"),
                "not_done": _("Not done"),
            },
        ),
        unknown=_("Was an impact assessment carried out?"),
        topic="dpia",
        step="involved",
    ),
    Question(
        "representatives",
        ONE,
        _("How were the works council or union involved?"),
        _("In Germany, for example, the works council must agree to such systems."),
        choices=labelled(
            v.REPRESENTATIVES,
            {
                "agreement": _("A signed agreement"),
                "consulted": _("They were consulted"),
                "informed": _("They were merely informed"),
                "not_involved": _("They were not involved"),
            },
        ),
        unknown=_("Were workers' representatives involved?"),
        topic="representatives",
        step="involved",
        # In Italy a tool that allows remote monitoring needs a union agreement or,
        # where there is none, the labour inspectorate's authorisation (Statuto dei
        # lavoratori art. 4(1)): asked there whatever the representation.
        not_asked_when=WorkplaceAnswer(
            "workplace.worker_representation", ("none",), still_asked_in=("IT",)
        ),
    ),
)

BY_PATH = {question.path: question for question in (*WORKPLACE, *PRACTICE)}
BY_FIELD = {question.field: question for question in (*WORKPLACE, *PRACTICE)}


def _check_conditions() -> None:
    """A question not asked for some answers of the workplace names answers that
    question can give, so that the condition and the vocabulary cannot drift apart."""
    for each in PRACTICE:
        when = each.not_asked_when
        if when and not (
            when.path in BY_PATH and set(when.codes) <= set(BY_PATH[when.path].codes)
        ):
            raise ValueError(f"{each.path} is asked unless {when}: no such answer")


_check_conditions()

# The lists of a practice, whose answers the policy check adds to rather than replaces.
LIST_PATHS = frozenset(q.path for q in PRACTICE if q.kind == MANY)


def question(path: str) -> Question:
    """The question behind a fact path (a practice's path, or `workplace.…`)."""
    return BY_PATH[path]


def practice_questions(workplace: dict | None = None) -> tuple[Question, ...]:
    """The questions of a practice asked of a workplace (its object in the format),
    in the table's order; every one without a workplace."""
    return tuple(q for q in PRACTICE if q.asked_of(workplace))


def asks(path: str, workplace: dict | None) -> bool:
    """Whether a practice's fact is asked of a workplace."""
    return BY_PATH[path].asked_of(workplace)


def newly_asked(before: dict | None, after: dict | None) -> tuple[Question, ...]:
    """The questions of a practice a change of the workplace's answers asks that
    were not asked before (how the union was involved, once there is one)."""
    return tuple(q for q in PRACTICE if q.asked_of(after) and not q.asked_of(before))


def steps(
    workplace: dict | None = None,
) -> tuple[tuple[Step, tuple[Question, ...]], ...]:
    """The steps of a practice, each with the questions asked of the workplace, in
    the table's order. Every step keeps a question asked of any workplace, so no
    step is left empty (tests/test_questionnaire.py)."""
    asked = practice_questions(workplace)
    return tuple(
        (step, tuple(q for q in asked if q.step == step.slug)) for step in STEPS
    )


def step_of(
    slug: str, workplace: dict | None = None
) -> tuple[int, Step, tuple[Question, ...]]:
    """A step by its slug: its number (from 1), the step and the questions it asks
    of the workplace."""
    for number, (step, questions) in enumerate(steps(workplace), 1):
        if step.slug == slug:
            return number, step, questions
    raise KeyError(slug)


def step_asking(path: str) -> str:
    """The step that asks a practice's fact."""
    return BY_PATH[path].step


def get(document: dict, path: str, default=None):
    """The answer at a path of a document ("participation.mode"), or `default`."""
    for key in path.split("."):
        if not isinstance(document, dict) or key not in document:
            return default
        document = document[key]
    return document


def put(document: dict, path: str, value) -> None:
    """Set the answer at a path, making the objects on the way."""
    *parents, key = path.split(".")
    for parent in parents:
        document = document.setdefault(parent, {})
    document[key] = value


def answered(document: dict, questions: tuple[Question, ...], answers: dict) -> dict:
    """A copy of a document whose answers to `questions` are `answers` (a question
    left out of `answers` is unanswered there, as an emptied list should be)."""
    result = dict(document)
    for question in questions:
        *parents, key = question.path.split(".")
        holder = result
        for parent in parents:
            holder[parent] = dict(holder.get(parent, {}))
            holder = holder[parent]
        holder.pop(key, None)
    for question in questions:
        value = get(answers, question.path)
        if value is not None:
            put(result, question.path, value)
    return result
