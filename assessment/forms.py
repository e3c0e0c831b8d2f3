"""The questionnaire: a workplace form and a practice form, each mapping to the format."""

import datetime
import json

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _

from assessment import labels, law, questionnaire
from assessment.facts import FORMAT, UNKNOWN
from assessment.labels import alphabetical
from assessment.questionnaire import DURATION, MANY, SHARE, TEXT, Question, get, put

RADIO = forms.RadioSelect
CHECKBOXES = forms.CheckboxSelectMultiple
IMPORT_MAX_BYTES = 1_000_000
# Letters are sent and answered in this app's time: a day before 2000 or years ahead
# is a typing slip, and 9999-12-31 would leave no room for a deadline after it.
EARLIEST_DAY = datetime.date(2000, 1, 1)
DAYS_AHEAD = 366


def within_reach(day: datetime.date, latest: datetime.date | None = None):
    """The day, if it falls between 1 January 2000 and `latest` (a year from today
    unless given); else a message that says which days are taken."""
    if latest is None:
        latest = timezone.localdate() + datetime.timedelta(days=DAYS_AHEAD)
    if not EARLIEST_DAY <= day <= latest:
        raise forms.ValidationError(
            gettext("Enter a day from %(first)s to %(last)s.")
            % {
                "first": date_format(EARLIEST_DAY, "DATE_FORMAT"),
                "last": date_format(latest, "DATE_FORMAT"),
            }
        )
    return day


def address_field(label) -> forms.CharField:
    """A postal address typed at download: a few lines, optional, never stored."""
    return forms.CharField(
        label=label,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
        required=False,
    )


def form_fields(question: Question) -> dict[str, forms.Field]:
    """The form fields that ask one question of the table (a duration asks two)."""
    label, help_text = gettext_lazy(question.label), _help(question.help)
    choices = choices_of(question)
    if question.kind == TEXT:
        widget = (
            forms.Textarea(attrs={"rows": question.lines}) if question.lines else None
        )
        field = forms.CharField(
            label=label,
            help_text=help_text,
            max_length=question.maximum,
            required=question.required,
            widget=widget,
        )
    elif question.kind == MANY:
        field = forms.MultipleChoiceField(
            label=label,
            help_text=help_text,
            choices=choices,
            widget=CHECKBOXES,
            required=question.required,
        )
    elif question.kind == SHARE:
        field = forms.IntegerField(
            label=label, help_text=help_text, min_value=0, max_value=100, required=False
        )
    elif question.blank:  # one of a long list: a drop-down with an empty first line
        blank = gettext_lazy(question.blank)
        field = forms.ChoiceField(
            label=label,
            help_text=help_text,
            # Sorted when shown, in the language shown.
            choices=lambda: [("", blank), *alphabetical(choices)],
            required=question.required,
        )
    else:  # one answer, "I don't know" until chosen
        field = forms.ChoiceField(
            label=label,
            help_text=help_text,
            choices=choices,
            widget=RADIO,
            initial=UNKNOWN,
            required=not question.optional,
        )
    fields = {question.field: field}
    if question.kind == DURATION:
        fields[f"{question.path}_days"] = forms.IntegerField(
            label=gettext_lazy(question.days_label),
            help_text=_help(question.days_help),
            min_value=0,
            max_value=question.maximum,
            required=False,
        )
    return fields


def choices_of(question: Question) -> list:
    """(code, label) for each answer; answers with a group are listed under its
    heading (a drop-down's optgroup), so a state reads under its country."""
    choices: list = []
    groups: dict[str, list] = {}
    for choice in question.choices:
        pair = (choice.code, gettext_lazy(choice.label))
        if not choice.group:
            choices.append(pair)
        elif choice.group in groups:
            groups[choice.group].append(pair)
        else:
            groups[choice.group] = [pair]
            choices.append((gettext_lazy(choice.group), groups[choice.group]))
    return choices


def _help(text: str):
    return gettext_lazy(text) if text else ""


def asking(questions: tuple[Question, ...], base=None) -> type:
    """A form class whose fields ask these questions, in their order."""
    base = base or QuestionnaireForm
    fields = {}
    for question in questions:
        fields.update(form_fields(question))
    return type(f"{base.__name__}Fields", (base,), fields)


def answers_of(questions: tuple[Question, ...], data: dict) -> dict:
    """A form's cleaned data as part of a document in the format: empty texts, lists
    and shares are left out, and so are unknown answers the format may omit; every
    other answer is spelled out, "unknown" included."""
    document: dict = {}
    for question in questions:
        value = data.get(question.field)
        if question.kind == DURATION:
            days = data.get(f"{question.path}_days")
            put(document, question.path, days if value == "days" else value)
        elif question.kind == SHARE:
            if value is not None:
                put(document, question.path, value / 100)
        elif question.kind in (TEXT, MANY) or question.blank:
            if value:
                put(document, question.path, value)
        elif not (question.optional and value in ("", UNKNOWN)):
            put(document, question.path, value)
    return document


def initial_of(questions: tuple[Question, ...], document: dict) -> dict:
    """What a form shows for a document's answers (the inverse of `answers_of`)."""
    initial: dict = {}
    for question in questions:
        value = get(document, question.path)
        if value is None:
            continue
        if question.kind == DURATION and isinstance(value, int):
            initial[question.field] = "days"
            initial[f"{question.path}_days"] = value
        elif question.kind == SHARE:
            initial[question.field] = round(value * 100)
        else:
            initial[question.field] = value
    return initial


class QuestionnaireForm(forms.Form):
    """Crispy layout without its own <form> tag: the template owns the form element."""

    questions: tuple[Question, ...] = ()

    def __init__(
        self, *args, country: str = "", workplace: dict | None = None, **kwargs
    ):
        """`country` words the questions for a place; `workplace` (its object in the
        format, country included) also leaves out the questions it is not asked."""
        super().__init__(*args, **kwargs)
        if workplace is not None:
            self.leave_out_unasked(workplace)
            country = country or workplace.get("country", "")
        if country:
            self.ask_for(country)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's form has its own token
        shown = (
            (legend, [name for name in names if name in self.fields])
            for legend, names in self.sections
        )
        self.helper.layout = Layout(
            *(Fieldset(legend, *names) for legend, names in shown if names)
        )

    def clean(self):
        data = super().clean()
        for question in self.questions:
            days = f"{question.path}_days"
            if (
                question.kind == DURATION
                and data.get(question.field) == "days"
                and data.get(days) is None
            ):
                self.add_error(
                    days, _("Enter the number of days, or choose another answer above.")
                )
        return data

    def leave_out_unasked(self, workplace: dict) -> None:
        """Ask only what the table asks of this workplace: no question about how the
        union was involved where there is none. Its answer, if the practice has one,
        is neither shown nor changed (services keep it)."""
        asked = tuple(q for q in self.questions if q.asked_of(workplace))
        for question in self.questions:
            if question not in asked:
                for name in question.fields:
                    del self.fields[name]
        self.questions = asked

    def ask_for(self, country: str) -> None:
        """Word the questions as they are asked for a workplace in the country (a
        union, not a works council, in the United States)."""
        for question in self.questions:
            if question.field not in self.fields or question.blank:
                continue  # a place's own name reads the same everywhere
            field = self.fields[question.field]
            field.label = labels.question(question.path, country)
            if question.help:
                field.help_text = labels.said(question.help, country)
            if question.choices:
                field.choices = labels.answers(question.path, country)

    def answers(self) -> dict:
        return answers_of(self.questions, self.cleaned_data)

    @classmethod
    def initial_from(cls, document: dict) -> dict:
        return initial_of(cls.questions, document)


REGIONS_OF = "data-regions-of"  # static/js/regions.js lists the country's regions
# static/js/worded.js words the questions for the country chosen.
WORDED = "data-worded"


class WorkplaceForm(asking(questionnaire.WORKPLACE)):
    questions = questionnaire.WORKPLACE
    sections = (
        (_("Your assessment"), ("title", "employer_name", "employer_sector")),
        (
            _("The workplace"),
            ("country", "region", "worker_representation", "digital_labour_platform"),
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].widget.attrs[REGIONS_OF] = "id_country"
        # Asked for the country given (posted, or saved before); a new workplace's
        # questions read as they do everywhere until its country is known.
        country = self.data.get("country") or self.initial.get("country")
        if isinstance(country, str) and country:
            self.ask_for(country)
        self.fields["country"].widget.attrs[WORDED] = json.dumps(self.wordings())

    def wordings(self) -> dict:
        """The questions' words for each country that words them its own way, and
        as everywhere else (""), for the page to show as a country is chosen."""
        own = [
            code
            for code, place in law.JURISDICTIONS.items()
            if "-" not in code and (place.wording or place.spellings)
        ]
        return {
            code: {
                question.field: {
                    "label": str(labels.question(question.path, code)),
                    "help": str(labels.said(question.help, code))
                    if question.help
                    else "",
                    "choices": {
                        choice.code: str(labels.said(choice.label, code))
                        for choice in question.choices
                    },
                }
                for question in self.questions
                if question.choices and not question.blank
            }
            for code in ("", *own)
        }

    def clean(self):
        data = super().clean()
        region, country = data.get("region"), data.get("country")
        if region and country and not region.startswith(f"{country}-"):
            self.add_error(
                "region",
                _(
                    "This state or Land is not in the country chosen above: choose "
                    "one of that country, or “Not applicable, or I don't know”."
                ),
            )
        return data

    def to_document(self) -> dict:
        return {"format": FORMAT, **self.answers()}


class PracticeForm(asking(questionnaire.PRACTICE)):
    questions = questionnaire.PRACTICE
    sections = tuple(
        (gettext_lazy(step.title), [f for q in asked for f in q.fields])
        for step, asked in questionnaire.steps()
    )

    def to_practice(self) -> dict:
        return self.answers()


def _step_form(slug: str) -> type:
    _number, _step, questions = questionnaire.step_of(slug)
    names = [name for question in questions for name in question.fields]
    attrs = {"questions": questions, "sections": (("", names),)}
    return type(f"{slug.title()}StepForm", (asking(questions),), attrs)


# One form a step of a practice, asking that step's questions only.
STEP_FORMS = {step.slug: _step_form(step.slug) for step in questionnaire.STEPS}


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
