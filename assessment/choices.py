"""What each answer of the questionnaire means, in the user's words (translatable)."""

from django.utils.translation import gettext_lazy as _

DONT_KNOW = ("unknown", _("I don't know"))
YES_NO = [("yes", _("Yes")), ("no", _("No")), DONT_KNOW]

WORKER_REPRESENTATION = [
    ("works_council", _("A works council (or CSE, or staff committee)")),
    ("union", _("A recognised trade union")),
    ("both", _("Both a works council and a union")),
    ("none", _("Neither")),
    DONT_KNOW,
]
DATA = [
    ("keystroke_content", _("What people type (keystroke content)")),
    ("keystroke_dynamics", _("Typing rhythm, speed and corrections (not the text)")),
    ("mouse_movement", _("Mouse movements")),
    ("clicks", _("Clicks")),
    ("scrolling", _("Scrolling")),
    ("screenshots", _("Periodic screenshots")),
    ("screen_recording", _("Screen recording")),
    ("app_and_web_usage", _("Applications, websites and active window")),
    ("activity_time", _("Active and idle time")),
    ("communications_content", _("Content of e-mails or chats")),
    ("communications_metadata", _("Who mails or chats with whom, and when")),
    ("webcam", _("Webcam images or video")),
    ("microphone", _("Microphone audio")),
    ("location", _("Location")),
    ("biometric_id", _("Fingerprint or face used to identify people")),
    ("productivity_events", _("Task or scanner events (items per minute and similar)")),
    ("manager_notes", _("Managers' notes about people's lives or talks")),
    ("cctv", _("Video surveillance (CCTV)")),
]
DEVICES = [
    ("company_device", _("Company computers or phones")),
    ("personal_device", _("Workers' own devices")),
    ("company_network", _("The company network")),
    ("workplace_premises", _("The premises (doors, cameras, terminals)")),
]
WHEN = [
    ("work_hours", _("Only during working hours")),
    ("always", _("Always, including breaks and private time")),
    DONT_KNOW,
]
PURPOSES = [
    ("security", _("Security")),
    ("legal_compliance", _("Complying with the law")),
    ("performance_evaluation", _("Evaluating performance")),
    ("productivity_metrics", _("Productivity figures")),
    ("discipline", _("Discipline")),
    ("ai_training", _("Training or improving AI models")),
    ("product_improvement", _("Improving products or services")),
    ("attendance", _("Attendance")),
    ("workforce_planning", _("Workforce planning")),
    DONT_KNOW,
]
INFERENCES = [
    ("emotional_state", _("Emotions or mood")),
    ("stress_or_cognitive_load", _("Stress or mental load")),
    ("health", _("Health")),
    ("personality", _("Personality")),
    ("beliefs_or_affiliations", _("Beliefs or affiliations (such as union activity)")),
    ("identity", _("Who is at the keyboard (identity)")),
    ("productivity_score", _("A productivity score")),
]
DECISIONS = [
    ("none", _("No, it does not affect decisions about people")),
    ("informs_human", _("It informs decisions a person takes")),
    ("automated", _("Decisions are taken automatically")),
    DONT_KNOW,
]
RECIPIENTS = [
    ("security_team", _("Security team")),
    ("managers", _("Managers")),
    ("hr", _("HR")),
    ("it", _("IT")),
    ("group_companies", _("Other companies of the group")),
    ("internal_ai_teams", _("Internal AI teams")),
    ("vendors", _("Vendors or service providers")),
    ("third_parties", _("Other third parties")),
    ("authorities", _("Authorities")),
    DONT_KNOW,
]
DE_IDENTIFICATION = [
    ("none", _("None: data is linked to names")),
    ("pseudonymised", _("Pseudonymised: a key links it back to people")),
    ("aggregated", _("Only aggregated figures are kept")),
    ("anonymised_claimed", _("The employer says it is anonymised")),
    DONT_KNOW,
]
RETENTION = [
    ("days", _("A number of days")),
    ("indefinite", _("Indefinitely")),
    DONT_KNOW,
]
LAWFUL_BASIS = [
    ("consent", _("Consent")),
    ("legitimate_interests", _("Legitimate interests")),
    ("contract", _("The employment contract")),
    ("legal_obligation", _("A legal obligation")),
    ("collective_agreement", _("A works or collective agreement")),
    ("none_stated", _("None was stated")),
    DONT_KNOW,
]
PARTICIPATION_MODE = [
    ("mandatory", _("Mandatory")),
    ("opt_out", _("Everyone takes part unless they opt out")),
    ("opt_in", _("Only those who opt in")),
    DONT_KNOW,
]
WITHDRAWAL = [
    ("easy", _("Easy, at any time")),
    ("hard", _("Hard")),
    ("impossible", _("Impossible")),
    DONT_KNOW,
]
NOTICE = [
    ("specific_written", _("A specific written notice")),
    ("vague_written", _("A vague written policy ('to improve our services')")),
    ("verbal", _("Only verbally")),
    ("none", _("Not at all")),
    DONT_KNOW,
]
DPIA = [
    ("done_shared", _("Done and shared with workers or representatives")),
    ("done_not_shared", _("Done but not shared")),
    ("not_done", _("Not done")),
    DONT_KNOW,
]
REPRESENTATIVES = [
    ("agreement", _("A signed agreement")),
    ("consulted", _("They were consulted")),
    ("informed", _("They were merely informed")),
    ("not_involved", _("They were not involved")),
    DONT_KNOW,
]
ACCESS = [
    ("restricted", _("A small, restricted group")),
    ("broad", _("Many people (for example all managers)")),
    DONT_KNOW,
]

COUNTRIES = [
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("BG", _("Bulgaria")),
    ("HR", _("Croatia")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czechia")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("DE", _("Germany")),
    ("GR", _("Greece")),
    ("HU", _("Hungary")),
    ("IS", _("Iceland")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("LV", _("Latvia")),
    ("LI", _("Liechtenstein")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("MT", _("Malta")),
    ("NL", _("Netherlands")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("SK", _("Slovakia")),
    ("SI", _("Slovenia")),
    ("ES", _("Spain")),
    ("SE", _("Sweden")),
    ("CH", _("Switzerland")),
    ("GB", _("United Kingdom")),
    ("US", _("United States")),
    ("CA", _("Canada")),
    ("AU", _("Australia")),
    ("NZ", _("New Zealand")),
    ("JP", _("Japan")),
    ("IN", _("India")),
    ("BR", _("Brazil")),
    ("ZA", _("South Africa")),
    ("SG", _("Singapore")),
]
US_STATES = [
    (f"US-{code}", name)
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
]


# The question behind each answer, shared by the questionnaire and the documents.
QUESTIONS = {
    "title": _("A name for this assessment (optional)"),
    "employer_name": _("Employer (optional)"),
    "employer_sector": _("Sector (optional)"),
    "country": _("Country where the monitored people work"),
    "region": _("US state (United States only)"),
    "worker_representation": _("Is there a works council or union at this workplace?"),
    "digital_labour_platform": _(
        "Is the employer a digital labour platform (work through an app)?"
    ),
    "name": _("Name of the practice or tool"),
    "data": _("What does it collect?"),
    "devices": _("Where does it run?"),
    "when": _("When does it run?"),
    "captures_private_content": _("Can it capture private content?"),
    "purposes": _("What is the data used for?"),
    "inferences": _("What is derived about people?"),
    "decisions": _("Does it affect decisions about people?"),
    "recipients": _("Who receives individual-level data?"),
    "de_identification": _("Is the data linked to people?"),
    "retention_kind": _("How long is it kept?"),
    "retention_days": _("Number of days"),
    "deletion_when_stopped": _("Is the data deleted when the practice ends?"),
    "lawful_basis": _("Which legal basis does the employer claim?"),
    "participation_mode": _("Is taking part mandatory?"),
    "participation_incentives": _(
        "Is taking part rewarded or tied to performance, bonus or promotion?"
    ),
    "participation_refusal_consequences": _("Does refusing carry any disadvantage?"),
    "participation_alternative_offered": _(
        "Is a genuine alternative offered to those who refuse?"
    ),
    "participation_withdrawal": _("How easily can someone stop taking part?"),
    "participation_enrolment_rate": _(
        "Share of workers enrolled, in percent (optional)"
    ),
    "notice": _("How were workers told?"),
    "notice_before_start": _("Were they told before it started?"),
    "dpia": _("Was a data-protection impact assessment carried out?"),
    "representatives": _("How were the works council or union involved?"),
    "access": _("Who can see individual-level data?"),
    "own_data_access": _("Can workers see what is collected about them?"),
    "policy_excerpt": _("The policy's words (optional)"),
}

# The answers each question allows, by field name.
ANSWERS = {
    "worker_representation": WORKER_REPRESENTATION,
    "digital_labour_platform": YES_NO,
    "data": DATA,
    "devices": DEVICES,
    "when": WHEN,
    "captures_private_content": YES_NO,
    "purposes": PURPOSES,
    "inferences": INFERENCES,
    "decisions": DECISIONS,
    "recipients": RECIPIENTS,
    "de_identification": DE_IDENTIFICATION,
    "retention_kind": RETENTION,
    "deletion_when_stopped": YES_NO,
    "lawful_basis": LAWFUL_BASIS,
    "participation_mode": PARTICIPATION_MODE,
    "participation_incentives": YES_NO,
    "participation_refusal_consequences": YES_NO,
    "participation_alternative_offered": YES_NO,
    "participation_withdrawal": WITHDRAWAL,
    "notice": NOTICE,
    "notice_before_start": YES_NO,
    "dpia": DPIA,
    "representatives": REPRESENTATIVES,
    "access": ACCESS,
    "own_data_access": YES_NO,
}


def field_name(path: str) -> str:
    """The questionnaire field that asks for a fact path such as `participation.mode`."""
    if path.startswith("workplace."):
        return path.removeprefix("workplace.")
    return "retention_kind" if path == "retention" else path.replace(".", "_")


def place_name(country: str, region: str = "") -> str:
    """A workplace's country by name (by its code where we do not list it), followed
    by its US state."""
    name = str(dict(COUNTRIES).get(country, country))
    if not region:
        return name
    return f"{name} ({dict(US_STATES).get(region, region)})"
