"""The page's forms: choosing clauses and parameters for a draft, and giving the
employer's draft to check. What is typed is used for one response, never stored."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from documents import followup

from . import drafting, library

MAX_NOTES = 5000
MAX_DRAFT_CHARS = 100_000  # as a reply (documents.reply_text.MAX_CHARS)
FORMATS = [("pdf", "PDF"), ("docx", _("Word (.docx), editable"))]


def use_field(clause: library.Clause) -> str:
    return f"use_{clause.id}"


def value_field(clause: library.Clause, parameter: library.Parameter) -> str:
    return f"{clause.id}__{parameter.name}"


class DraftForm(forms.Form):
    """The clauses to include, each clause's parameters and the council's notes."""

    lang = forms.ChoiceField(
        label=_("Language of the draft"), choices=lambda: settings.LANGUAGES
    )
    file_format = forms.ChoiceField(
        label=_("Format"), choices=FORMATS, widget=forms.RadioSelect, initial="docx"
    )
    council = forms.CharField(
        label=_("The council, as named in the agreement"),
        max_length=200,
        required=False,
    )
    employer = forms.CharField(
        label=_("The employer, as named in the agreement"),
        max_length=200,
        required=False,
    )
    notes = forms.CharField(
        label=_("Notes for the negotiation"),
        help_text=_(
            "Printed at the end of the draft, marked to be removed before signature. "
            "Not stored."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_NOTES,
        required=False,
    )

    def __init__(self, *args, draft: drafting.Draft, **kwargs):
        super().__init__(*args, **kwargs)
        self.draft = draft
        for proposal in draft.proposals:
            clause = proposal.clause
            self.fields[use_field(clause)] = forms.BooleanField(
                label=_("Include this clause"),
                required=False,
                initial=proposal.chosen,
            )
            for parameter in clause.parameters:
                lang = self._page_lang()
                self.fields[value_field(clause, parameter)] = forms.IntegerField(
                    label=parameter.label[lang],
                    min_value=parameter.minimum,
                    max_value=parameter.maximum,
                    initial=proposal.values[parameter.name],
                    help_text=proposal.why_values.get(parameter.name, ""),
                )

    @staticmethod
    def _page_lang() -> str:
        lang = (get_language() or "en")[:2]
        return lang if lang in library.LANGS else "en"

    def chosen(self) -> list[str]:
        return [
            p.clause.id
            for p in self.draft.proposals
            if self.cleaned_data.get(use_field(p.clause))
        ]

    def values(self) -> dict[str, dict[str, int]]:
        return {
            p.clause.id: {
                parameter.name: self.cleaned_data[value_field(p.clause, parameter)]
                for parameter in p.clause.parameters
            }
            for p in self.draft.proposals
        }

    def clean(self):
        data = super().clean()
        if not any(data.get(use_field(p.clause)) for p in self.draft.proposals):
            raise forms.ValidationError(_("Choose at least one clause."))
        return data

    def rows(self) -> list[dict]:
        """The page's rows, family by family: each clause with its fields."""
        lang = self._page_lang()
        by_id = {p.clause.id: p for p in self.draft.proposals}
        return [
            {
                "title": family.title[lang],
                "clauses": [
                    {
                        "proposal": by_id[clause.id],
                        "title": clause.title[lang],
                        "commentary": clause.commentary[lang],
                        "use": self[use_field(clause)],
                        "values": [
                            self[value_field(clause, p)] for p in clause.parameters
                        ],
                    }
                    for clause in family.clauses
                ],
            }
            for family in library.families()
        ]


class CheckForm(forms.Form):
    """The employer's draft, pasted or uploaded; read for this page only."""

    text = forms.CharField(
        label=_("The employer's draft agreement"),
        help_text=_("Paste its text, or upload it below. It is read, not stored."),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=MAX_DRAFT_CHARS,
        required=False,
    )
    file = forms.FileField(
        label=_("Or upload it"),
        help_text=_("PDF, Word (.docx) or plain text, at most 1 MB."),
        required=False,
    )

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > followup.MAX_REPLY_BYTES:  # not read at all
                self.add_error(
                    "file", _("The file is too large: at most 1 MB is accepted.")
                )
                return data
            try:
                data["text"] = followup.read_reply(upload.name, upload.read())
            except followup.UnreadableReply as exc:
                self.add_error("file", str(exc))
                return data
        if not data.get("text", "").strip() and not self.errors:
            raise forms.ValidationError(
                _("Paste the draft's text here, or upload the draft below.")
            )
        return data
