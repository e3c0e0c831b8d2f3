"""Downloads from the result page: the report and the letters."""

import io
import logging

import docx
import pypdf
import pytest
from django.db import connection
from django.urls import reverse

pytestmark = pytest.mark.django_db

SECRET_DETAILS = {
    "name": "Zelda Quibbleworth",
    "address": "99 Unlikely Lane\nNowhereton",
    "employee_number": "EMP-90210-XQ",
    "employer": "Example Tech",
    "employer_address": "1 Corporate Way",
}


def letter_form(kind="access-request", file_format="pdf", lang="en", **changes):
    return {
        "kind": kind,
        "lang": lang,
        "file_format": file_format,
        "tone": "firm",
        **SECRET_DETAILS,
        **changes,
    }


def test_the_result_page_offers_the_report_and_letters(assessed):
    client, record, _token = assessed
    text = client.get(
        reverse("assessment:result", args=[record.public_id])
    ).content.decode()
    assert reverse("documents:report", args=[record.public_id]) + "?format=pdf" in text
    assert reverse("documents:letters", args=[record.public_id]) in text


def test_the_report_downloads_as_a_pdf_and_previews_as_html(assessed):
    client, record, _token = assessed
    response = client.get(
        reverse("documents:report", args=[record.public_id]), {"format": "pdf"}
    )
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    assert "Taking part is presented as voluntary" in " ".join(
        " ".join(page.extract_text().split()) for page in reader.pages
    )
    preview = client.get(reverse("documents:report", args=[record.public_id]))
    assert "Summary by concern" in preview.content.decode()


def test_the_letters_page_lists_only_the_kinds_that_apply(assessed):
    client, record, _token = assessed  # an Irish workplace, no works council
    form = client.get(reverse("documents:letters", args=[record.public_id])).context[
        "form"
    ]
    kinds = [value for value, _label in form.fields["kind"].choices]
    assert "access-request" in kinds and "complaint" in kinds
    assert "council-information" not in kinds and "notice-request" not in kinds
    page = client.get(
        reverse("documents:letters", args=[record.public_id])
    ).content.decode()
    assert (  # each kind says when to send it
        'Access request (copy of my data)<span class="choice-help">Get a copy of '
        "everything recorded about you" in page
    )


@pytest.mark.parametrize(
    ("file_format", "media_type"),
    [
        ("pdf", "application/pdf"),
        ("docx", "application/vnd.openxmlformats"),
        ("txt", "text/plain"),
        ("ics", "text/calendar"),
    ],
)
def test_each_format_downloads(assessed, file_format, media_type):
    client, record, _token = assessed
    response = client.post(
        reverse("documents:letters", args=[record.public_id]),
        letter_form(file_format=file_format),
    )
    assert response["Content-Type"].startswith(media_type)
    if file_format == "docx":
        text = "\n".join(
            p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs
        )
        assert "Zelda Quibbleworth" in text
    if file_format == "txt":
        assert "Art. 15(3) GDPR" in response.content.decode()


def test_the_email_format_gives_a_mailto_link(assessed):
    client, record, _token = assessed
    response = client.post(
        reverse("documents:letters", args=[record.public_id]),
        letter_form(file_format="mailto", to="hr@example.org"),
    )
    assert 'href="mailto:hr%40example.org?subject=' in response.content.decode()


def test_personal_details_reach_neither_the_database_nor_the_logs(assessed, caplog):
    client, record, _token = assessed
    caplog.set_level(logging.DEBUG)
    for file_format in ("pdf", "txt", "docx", "ics", "mailto"):
        client.post(
            reverse("documents:letters", args=[record.public_id]),
            letter_form(file_format=file_format),
        )
    client.post(
        reverse("documents:letters", args=[record.public_id]),
        letter_form(kind="no-such-kind"),
    )
    everything = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            everything.append(repr(cursor.fetchall()))
    dump = "\n".join(everything) + caplog.text
    for value in ("Zelda Quibbleworth", "Unlikely Lane", "EMP-90210-XQ"):
        assert value not in dump


def test_an_invalid_letter_request_keeps_what_was_typed(assessed):
    client, record, _token = assessed
    response = client.post(
        reverse("documents:letters", args=[record.public_id]), letter_form(kind="")
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the following" in text
    assert 'value="Zelda Quibbleworth"' in text


def test_a_stranger_cannot_download_documents(assessed, client_factory):
    _client, record, _token = assessed
    stranger = client_factory()
    assert (
        stranger.get(
            reverse("documents:report", args=[record.public_id]), {"format": "pdf"}
        ).status_code
        == 404
    )
    assert (
        stranger.get(reverse("documents:letters", args=[record.public_id])).status_code
        == 404
    )


@pytest.mark.parametrize("page", ["documents:report", "documents:letters"])
def test_with_no_practice_yet_the_documents_send_back_to_the_overview(started, page):
    client, record, _token = started
    response = client.get(reverse(page, args=[record.public_id]), follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "assessment:overview", args=[record.public_id]
    )
    assert "Add at least one practice to see a result." in response.text


def test_with_no_practice_yet_only_the_list_of_letters_sends_back(started):
    client, record, _token = started
    letters = reverse("documents:sent_letters", args=[record.public_id])
    response = client.get(letters, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "assessment:overview", args=[record.public_id]
    )
    one = reverse("documents:sent_letter", args=[record.public_id, 1])
    assert client.get(one).status_code == 404
