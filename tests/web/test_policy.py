"""The policy-text check: marked phrases, explanations, answers to accept."""

import pytest
from django.urls import reverse

from assessment.policy_check import days_in, find_signals, proposals

pytestmark = pytest.mark.django_db

NEWS_POLICY = (
    "To improve our services and train our AI models we record keystrokes, mouse "
    "movements and clicks on work laptops. Participation is voluntary (opt-in) and counts "
    "towards your performance review. Data is anonymised and kept for 90 days."
)


@pytest.mark.parametrize(
    ("text", "slug", "phrase"),
    [
        (NEWS_POLICY, "vague-purpose", "improve our services"),
        (NEWS_POLICY, "ai-training", "train our AI models"),
        (NEWS_POLICY, "keystrokes", "keystrokes"),
        (NEWS_POLICY, "anonymised", "anonymised"),
        (NEWS_POLICY, "retention-period", "90 days"),
        (
            "Die Daten dienen der Qualitätsverbesserung.",
            "vague-purpose",
            "Qualitätsverbesserung",
        ),
        ("Wir nutzen KI und speichern Bildschirmfotos 6 Monate.", "ai-training", "KI"),
        ("Nutzung privater Geräte (BYOD).", "personal-devices", "privater Geräte"),
        (
            "Avec votre consentement, des captures d'écran sont prises.",
            "consent",
            "consentement",
        ),
        ("Données conservées indéfiniment.", "retention-open-ended", "indéfiniment"),
    ],
)
def test_phrases_that_matter_are_found_in_three_languages(text, slug, phrase):
    found = {(h.signal.slug, h.text_in(text)) for h in find_signals(text)}
    assert (slug, phrase) in found


def test_plain_words_are_not_mistaken_for_ai():
    assert not [
        h
        for h in find_signals("We maintain fair pay.")
        if h.signal.slug == "ai-training"
    ]


@pytest.mark.parametrize(
    ("phrase", "days"),
    [("90 days", 90), ("6 Monate", 180), ("1 an", 365), ("2 weeks", 14)],
)
def test_retention_periods_become_days(phrase, days):
    assert days_in(phrase) == days


def test_the_news_policy_proposes_the_answers_a_reader_would_give():
    proposed = proposals(NEWS_POLICY, find_signals(NEWS_POLICY))
    for item in [
        ("purposes", "ai_training"),
        ("data", "keystroke_content"),
        ("data", "mouse_movement"),
        ("devices", "company_device"),
        ("participation.mode", "opt_in"),
        ("participation.incentives", "yes"),
        ("de_identification", "anonymised_claimed"),
        ("retention", "90"),
    ]:
        assert item in proposed


def test_the_page_marks_explains_and_offers_answers(assessed):
    client, record, _token = assessed
    response = client.post(
        reverse("assessment:policy", args=[record.public_id]), {"text": NEWS_POLICY}
    )
    text = response.content.decode()
    assert "<mark" in text and "train our AI models<sup>" in text
    assert "A claim, not a fact" in text
    assert 'value="purposes=ai_training"' in text


def test_recorded_keystrokes_are_never_proposed_as_typing_rhythm_alone():
    proposed = proposals(NEWS_POLICY, find_signals(NEWS_POLICY))
    assert ("data", "keystroke_dynamics") not in proposed


def test_the_page_says_why_the_more_intrusive_reading_was_taken(assessed):
    client, record, _token = assessed
    response = client.post(
        reverse("assessment:policy", args=[record.public_id]), {"text": NEWS_POLICY}
    )
    marked, suggested = response.content.decode().split('id="proposals-title"')
    assert "so the suggested answer is the more intrusive reading" in marked
    assert 'value="data=keystroke_content"' in suggested
    assert "the suggested answer is the more intrusive reading" in suggested


def test_the_reasons_are_in_german_for_a_german_page(assessed):
    client, record, _token = assessed
    response = client.post(
        reverse("assessment:policy", args=[record.public_id]),
        {"text": "Tastatureingaben werden aufgezeichnet."},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    text = response.content.decode()
    assert 'value="data=keystroke_content"' in text
    assert "eingreifenderen Lesart" in text


def test_accepting_fills_the_practice_form_without_saving(assessed):
    client, record, _token = assessed
    before = record.document
    response = client.post(
        reverse("assessment:policy", args=[record.public_id]),
        {
            "text": NEWS_POLICY,
            "apply": "1",
            "target": "new",
            "proposal": ["data=screenshots", "retention=90"],
        },
    )
    form = response.context["form"]
    assert form.initial["data"] == ["screenshots"]
    assert form.initial["retention_kind"] == "days"
    assert form.initial["retention_days"] == 90
    assert form.initial["policy_excerpt"] == NEWS_POLICY
    record.refresh_from_db()
    assert record.document == before


def test_the_policy_text_is_not_stored(assessed):
    client, record, _token = assessed
    client.post(
        reverse("assessment:policy", args=[record.public_id]),
        {"text": "Secret policy words"},
    )
    record.refresh_from_db()
    assert "Secret policy words" not in str(record.document)
