"""The questionnaire: a workplace form and a practice form, each mapping to the format."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from assessment import choices
from assessment.facts import FORMAT

RADIO = forms.RadioSelect
CHECKBOXES = forms.CheckboxSelectMultiple
IMPORT_MAX_BYTES = 1_000_000


def _radio(label, options, help_text, initial="unknown"):
    return forms.ChoiceField(
        label=label, choices=options, widget=RADIO, initial=initial, help_text=help_text
    )


def address_field(label) -> forms.CharField:
    """A postal address typed at download: a few lines, optional, never stored."""
    return forms.CharField(
        label=label,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
        required=False,
    )


def _checkboxes(label, options, help_text, required=False):
    return forms.MultipleChoiceField(
        label=label,
        choices=options,
        widget=CHECKBOXES,
        required=required,
        help_text=help_text,
    )


class QuestionnaireForm(forms.Form):
    """Crispy layout without its own <form> tag: the template owns the form element."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's form has its own token
        self.helper.layout = Layout(
            *(Fieldset(legend, *names) for legend, names in self.sections)
        )


class WorkplaceForm(QuestionnaireForm):
    title = forms.CharField(
        label=choices.QUESTIONS["title"],
        max_length=200,
        required=False,
        help_text=_("Only for you, to recognise it later. Avoid personal names."),
    )
    employer_name = forms.CharField(
        label=choices.QUESTIONS["employer_name"], max_length=200, required=False
    )
    employer_sector = forms.CharField(
        label=choices.QUESTIONS["employer_sector"], max_length=100, required=False
    )
    country = forms.ChoiceField(
        label=choices.QUESTIONS["country"],
        choices=[("", _("Choose a country")), *choices.COUNTRIES],
        help_text=_("It decides which laws apply: GDPR, UK GDPR or US state laws."),
    )
    region = forms.ChoiceField(
        label=choices.QUESTIONS["region"],
        choices=[("", _("Not applicable")), *choices.US_STATES],
        required=False,
        help_text=_(
            "Some states, such as New York, require written notice of monitoring."
        ),
    )
    worker_representation = _radio(
        choices.QUESTIONS["worker_representation"],
        choices.WORKER_REPRESENTATION,
        _("Works councils and unions have rights over monitoring in many countries."),
    )

    digital_labour_platform = _radio(
        choices.QUESTIONS["digital_labour_platform"],
        choices.YES_NO,
        _(
            "A platform that organises work through an app or website, such as "
            "delivery or ride-hailing. EU law limits what such platforms may "
            "process about the people who work through them."
        ),
    )

    digital_labour_platform.required = False  # optional in the format too

    sections = (
        (_("Your assessment"), ("title", "employer_name", "employer_sector")),
        (
            _("The workplace"),
            ("country", "region", "worker_representation", "digital_labour_platform"),
        ),
    )

    def clean(self):
        data = super().clean()
        region, country = data.get("region"), data.get("country")
        if region and country and not region.startswith(f"{country}-"):
            self.add_error(
                "region",
                _("A US state only applies to a workplace in the United States."),
            )
        return data

    def to_document(self) -> dict:
        data = self.cleaned_data
        workplace = {
            "country": data["country"],
            "worker_representation": data["worker_representation"],
        }
        if data["region"]:
            workplace["region"] = data["region"]
        if data.get("digital_labour_platform") in ("yes", "no"):
            workplace["digital_labour_platform"] = data["digital_labour_platform"]
        employer = {
            key: data[f"employer_{key}"]
            for key in ("name", "sector")
            if data[f"employer_{key}"]
        }
        document = {"format": FORMAT, "workplace": workplace}
        if data["title"]:
            document["title"] = data["title"]
        if employer:
            document["employer"] = employer
        return document

    @classmethod
    def initial_from(cls, document: dict) -> dict:
        workplace, employer = document["workplace"], document.get("employer", {})
        return {
            "title": document.get("title", ""),
            "employer_name": employer.get("name", ""),
            "employer_sector": employer.get("sector", ""),
            "country": workplace["country"],
            "region": workplace.get("region", ""),
            "worker_representation": workplace.get("worker_representation", "unknown"),
            "digital_labour_platform": workplace.get(
                "digital_labour_platform", "unknown"
            ),
        }


PARTICIPATION = (
    "mode",
    "incentives",
    "refusal_consequences",
    "alternative_offered",
    "withdrawal",
)
SINGLE_ANSWERS = (
    "when",
    "captures_private_content",
    "decisions",
    "de_identification",
    "deletion_when_stopped",
    "lawful_basis",
    "notice",
    "notice_before_start",
    "dpia",
    "representatives",
    "access",
    "own_data_access",
)
LISTS = ("data", "devices", "purposes", "inferences", "recipients")


class PracticeForm(QuestionnaireForm):
    name = forms.CharField(
        label=choices.QUESTIONS["name"],
        max_length=200,
        help_text=_("For example 'Activity tracker on work laptops'."),
    )
    data = _checkboxes(
        choices.QUESTIONS["data"],
        choices.DATA,
        _("Tick everything it records. Content reveals far more than counts."),
        required=True,
    )
    devices = _checkboxes(
        choices.QUESTIONS["devices"],
        choices.DEVICES,
        _("Monitoring personal devices reaches into private life."),
    )
    when = _radio(
        choices.QUESTIONS["when"],
        choices.WHEN,
        _("Monitoring outside working time needs special justification."),
    )
    captures_private_content = _radio(
        choices.QUESTIONS["captures_private_content"],
        choices.YES_NO,
        _("Passwords, private messages, health searches, personal browsing."),
    )
    purposes = _checkboxes(
        choices.QUESTIONS["purposes"],
        choices.PURPOSES,
        _("Data may only be used for the purposes stated when it was collected."),
        required=True,
    )
    inferences = _checkboxes(
        choices.QUESTIONS["inferences"],
        choices.INFERENCES,
        _("Conclusions about health or emotions are sensitive data themselves."),
    )
    decisions = _radio(
        choices.QUESTIONS["decisions"],
        choices.DECISIONS,
        _("Automated decisions about workers are restricted."),
    )
    recipients = _checkboxes(
        choices.QUESTIONS["recipients"],
        choices.RECIPIENTS,
        _(
            "Each recipient is one more place the data goes. Ticking nothing counts "
            "as “I don't know”."
        ),
    )
    de_identification = _radio(
        choices.QUESTIONS["de_identification"],
        choices.DE_IDENTIFICATION,
        _("'Anonymised' is a claim: behavioural data is hard to anonymise."),
    )
    retention_kind = _radio(
        choices.QUESTIONS["retention_kind"],
        choices.RETENTION,
        _("Data may be kept only as long as its purpose needs."),
    )
    retention_days = forms.IntegerField(
        label=choices.QUESTIONS["retention_days"],
        min_value=0,
        max_value=36500,
        required=False,
        help_text=_("Only if you chose 'A number of days'."),
    )
    deletion_when_stopped = _radio(
        choices.QUESTIONS["deletion_when_stopped"],
        choices.YES_NO,
        _("Once the purpose is gone, the data should go too."),
    )
    lawful_basis = _radio(
        choices.QUESTIONS["lawful_basis"],
        choices.LAWFUL_BASIS,
        _("Consent is rarely valid at work, because refusing is hard for employees."),
    )
    participation_mode = _radio(
        choices.QUESTIONS["participation_mode"],
        choices.PARTICIPATION_MODE,
        _("'Voluntary' only counts if saying no is a real option."),
    )
    participation_incentives = _radio(
        choices.QUESTIONS["participation_incentives"],
        choices.YES_NO,
        _("Rewards make a 'voluntary' choice less free."),
    )
    participation_refusal_consequences = _radio(
        choices.QUESTIONS["participation_refusal_consequences"],
        choices.YES_NO,
        _("Any disadvantage for saying no means the choice is not free."),
    )
    participation_alternative_offered = _radio(
        choices.QUESTIONS["participation_alternative_offered"],
        choices.YES_NO,
        _("For example a card or PIN instead of a fingerprint."),
    )
    participation_withdrawal = _radio(
        choices.QUESTIONS["participation_withdrawal"],
        choices.WITHDRAWAL,
        _("Stopping must be as easy as starting."),
    )
    participation_enrolment_rate = forms.IntegerField(
        label=choices.QUESTIONS["participation_enrolment_rate"],
        min_value=0,
        max_value=100,
        required=False,
        help_text=_("High enrolment under incentives suggests pressure."),
    )
    notice = _radio(
        choices.QUESTIONS["notice"],
        choices.NOTICE,
        _("Workers must be told what is collected, why, and for how long."),
    )
    notice_before_start = _radio(
        choices.QUESTIONS["notice_before_start"],
        choices.YES_NO,
        _("Data collected before people were told was collected in the dark."),
    )
    dpia = _radio(
        choices.QUESTIONS["dpia"],
        choices.DPIA,
        _("Monitoring workers usually requires one."),
    )
    representatives = _radio(
        choices.QUESTIONS["representatives"],
        choices.REPRESENTATIVES,
        _("In Germany, for example, the works council must agree to such systems."),
    )
    access = _radio(
        choices.QUESTIONS["access"],
        choices.ACCESS,
        _("Access should be limited to those who need it."),
    )
    own_data_access = _radio(
        choices.QUESTIONS["own_data_access"],
        choices.YES_NO,
        _("Everyone has a right to a copy of their data."),
    )
    policy_excerpt = forms.CharField(
        label=choices.QUESTIONS["policy_excerpt"],
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=20000,
        required=False,
        help_text=_("Paste the relevant passage, for the record. No personal details."),
    )

    sections = (
        (
            _("What is collected"),
            ("name", "data", "devices", "when", "captures_private_content"),
        ),
        (
            _("What it is used for"),
            ("purposes", "inferences", "decisions", "recipients"),
        ),
        (
            _("Protection and storage"),
            (
                "de_identification",
                "retention_kind",
                "retention_days",
                "deletion_when_stopped",
            ),
        ),
        (
            _("Legal basis and taking part"),
            (
                "lawful_basis",
                "participation_mode",
                "participation_incentives",
                "participation_refusal_consequences",
                "participation_alternative_offered",
                "participation_withdrawal",
                "participation_enrolment_rate",
            ),
        ),
        (
            _("Information and oversight"),
            (
                "notice",
                "notice_before_start",
                "dpia",
                "representatives",
                "access",
                "own_data_access",
                "policy_excerpt",
            ),
        ),
    )

    def clean(self):
        data = super().clean()
        if data.get("retention_kind") == "days" and data.get("retention_days") is None:
            self.add_error(
                "retention_days",
                _("Enter the number of days, or choose another answer above."),
            )
        return data

    def to_practice(self) -> dict:
        data = self.cleaned_data
        practice: dict = {"name": data["name"]}
        for name in LISTS:
            if data[name]:
                practice[name] = data[name]
        for name in SINGLE_ANSWERS:
            practice[name] = data[name]
        kind = data["retention_kind"]
        practice["retention"] = data["retention_days"] if kind == "days" else kind
        participation = {key: data[f"participation_{key}"] for key in PARTICIPATION}
        if data["participation_enrolment_rate"] is not None:
            participation["enrolment_rate"] = data["participation_enrolment_rate"] / 100
        practice["participation"] = participation
        if data["policy_excerpt"]:
            practice["policy_excerpt"] = data["policy_excerpt"]
        return practice

    @classmethod
    def initial_from(cls, practice: dict) -> dict:
        initial = {
            key: value for key, value in practice.items() if key in cls.base_fields
        }
        retention = practice.get("retention", "unknown")
        if isinstance(retention, int):
            initial.update(retention_kind="days", retention_days=retention)
        else:
            initial["retention_kind"] = retention
        participation = practice.get("participation", {})
        for key in PARTICIPATION:
            if key in participation:
                initial[f"participation_{key}"] = participation[key]
        rate = participation.get("enrolment_rate")
        if rate is not None:
            initial["participation_enrolment_rate"] = round(rate * 100)
        return initial


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("An oversight.assessment/1 file (.json)"),
        help_text=_("At most 1 MB."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too large: at most 1 MB is accepted.")
            )
        return upload


class PolicyTextForm(forms.Form):
    text = forms.CharField(
        label=_("The employer's policy text"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=20000,
        help_text=_(
            "Paste the monitoring or acceptable-use policy (English, German or French). "
            "It is checked here and not stored."
        ),
    )


def _with_description(label: str, description: str) -> str:
    """A choice's label with a line that says when to choose it (both escaped)."""
    return format_html('{}<span class="choice-help">{}</span>', label, description)


class LetterForm(forms.Form):
    """What a letter needs at download. Personal details are rendered, never stored."""

    FORMATS = [
        ("pdf", _("PDF")),
        ("docx", _("Word (DOCX), to edit")),
        ("txt", _("Plain text")),
        ("mailto", _("E-mail (opens your mail program)")),
        ("ics", _("Calendar reminder for the deadline (.ics)")),
    ]
    TONES = [
        ("firm", _("Firm and formal")),
        ("gentle", _("Friendly and non-confrontational")),
    ]

    LANGS = settings.LANGUAGES

    kind = forms.ChoiceField(label=_("Letter"), widget=RADIO)
    lang = forms.ChoiceField(
        label=_("Language of the letter"),
        choices=LANGS,
        help_text=_(
            "Write to HR in the workplace's language; it can differ from this site's."
        ),
    )
    file_format = forms.ChoiceField(
        label=_("Format"), choices=FORMATS, widget=RADIO, initial="pdf"
    )
    tone = forms.ChoiceField(
        label=_("Tone"), choices=TONES, widget=RADIO, initial="firm"
    )
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    address = address_field(_("Your address"))
    employee_number = forms.CharField(
        label=_("Employee number (optional)"), max_length=50, required=False
    )
    employer = forms.CharField(
        label=_("Employer's name"), max_length=200, required=False
    )
    employer_address = address_field(_("Employer's address"))
    employer_address.help_text = _(
        "Street, postcode and town. The employer's name and the department are "
        "added above it for you."
    )
    has_dpo = forms.BooleanField(
        label=_("The employer has a data protection officer"),
        required=False,
        help_text=_("Then the letter is addressed to their attention."),
    )
    to = forms.EmailField(
        label=_("HR's e-mail address (for the e-mail format)"), required=False
    )
    sent = forms.DateField(
        label=_("Day you will send it"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Periods run from receipt. Leave empty for today."),
    )
    channel = forms.ChoiceField(
        label=_("How you will send it"),
        choices=[
            ("email", _("By e-mail")),
            ("post", _("By post (received a few working days later)")),
            ("hand", _("By hand")),
        ],
        widget=RADIO,
        initial="email",
        required=False,
    )
    follows = forms.ChoiceField(
        label=_("For a reminder: the letter it follows"), required=False
    )
    extension = forms.BooleanField(
        label=_("For a reminder: the employer said it would take two more months"),
        required=False,
    )

    def __init__(self, *args, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            (kind.slug, _with_description(kind.label, kind.description))
            for kind in kinds
        ]
        self.fields["follows"].choices = [
            ("", _("Not a reminder")),
            *((kind.slug, kind.label) for kind in kinds if kind.slug != "reminder"),
        ]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's form has its own token
        self.helper.layout = Layout(
            Fieldset(_("Which letter"), "kind", "lang", "file_format", "tone"),
            Fieldset(
                _("Sending and follow-up"), "sent", "channel", "follows", "extension"
            ),
            Fieldset(
                _("Your details (used for this letter only, never stored)"),
                "name",
                "address",
                "employee_number",
                "employer",
                "employer_address",
                "has_dpo",
                "to",
            ),
        )
