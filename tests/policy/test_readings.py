"""Ambiguous policy wording is read the more intrusive way, with a reason, unless the
sentence rules that reading out; retention is the longest the text allows."""

import time

import pytest

from assessment.policy_check import days_in, find_signals, suggestions
from bench.policy_score import understates


def answers(text: str) -> dict[tuple[str, str], str]:
    """Suggested (path, value) pairs with the reason given for each."""
    return {(s.path, s.value): s.reason for s in suggestions(text, find_signals(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The agent records keystrokes.",
        "The software logs keyboard input.",
        "Tastatureingaben werden aufgezeichnet.",
        "Le logiciel enregistre les frappes au clavier.",
    ],
)
def test_keystrokes_are_read_as_what_is_typed_and_the_reason_is_given(text):
    found = answers(text)
    assert found[("data", "keystroke_content")]
    assert ("data", "keystroke_dynamics") not in found


@pytest.mark.parametrize(
    "text",
    [
        "We record keystrokes (typing speed only).",
        "The agent records keystrokes without recording the content.",
        "Tastatureingaben werden aufgezeichnet, nicht der Inhalt.",
        "Les frappes sont enregistrées, sans enregistrer le contenu.",
    ],
)
def test_keystrokes_are_rhythm_only_where_the_text_says_content_is_left_out(text):
    found = answers(text)
    assert found == {("data", "keystroke_dynamics"): ""}


def test_monitored_emails_are_read_as_content_unless_only_metadata_is_kept():
    assert answers("We monitor e-mails.")[("data", "communications_content")]
    assert ("data", "communications_metadata") in answers(
        "We monitor e-mails (metadata only)."
    )


def test_watched_screens_are_read_as_recording_unless_only_screenshots_are_taken():
    assert answers("Managers may monitor your screen.")[("data", "screen_recording")]
    assert answers("We capture the screen every ten minutes.") == {
        ("data", "screenshots"): ""
    }


def test_an_ai_team_as_recipient_means_ai_training_too():
    found = answers("Data is shared with our AI research team and trusted vendors.")
    assert found[("purposes", "ai_training")]
    assert ("recipients", "internal_ai_teams") in found
    assert ("recipients", "vendors") in found


def test_a_mention_of_ai_inside_a_vague_purpose_still_counts():
    found = answers("We use it to improve our AI-powered services.")
    assert ("purposes", "ai_training") in found
    assert ("purposes", "product_improvement") in found


@pytest.mark.parametrize(
    "text",
    [
        "We do not record keystrokes.",
        "Keystrokes are never recorded.",
        "Wir zeichnen keine Tastatureingaben auf.",
        "Nous n'enregistrons pas les frappes au clavier.",
    ],
)
def test_a_denied_practice_is_not_suggested(text):
    assert answers(text) == {}


def test_not_only_is_no_denial():
    found = answers("Wir erfassen nicht nur Tastenanschläge, sondern auch Klicks.")
    assert ("data", "keystroke_content") in found


def test_a_denied_use_does_not_hide_what_is_collected():
    found = answers("Keystroke data will not be used for disciplinary purposes.")
    assert ("data", "keystroke_content") in found
    assert ("purposes", "discipline") not in found


def test_the_longest_of_several_periods_is_suggested_with_the_reason():
    found = answers(
        "Screenshots are deleted after 30 days. Reports are kept for two years."
    )
    assert found[("retention", "730")]
    assert ("retention", "30") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Screenshots are kept for 30 days; backups are stored indefinitely.",
        "Die Protokolle werden unbefristet gespeichert.",
        "Les données sont conservées sans limitation de durée.",
        "Data is deleted six months after the end of your employment.",
    ],
)
def test_open_ended_retention_beats_any_period(text):
    found = answers(text)
    assert [value for path, value in found if path == "retention"] == ["indefinite"]


def test_as_long_as_necessary_is_indefinite_unless_a_period_is_named():
    assert answers("Data is kept as long as necessary.")[("retention", "indefinite")]
    found = answers("Data is kept as long as necessary, and at most 90 days.")
    assert ("retention", "90") in found


def test_a_number_in_a_sentence_about_something_else_is_no_retention_period():
    assert answers("You may ask for your data; we answer within 30 days.") == {}


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("two years", 730),
        ("12 months", 365),
        ("18 months", 545),
        ("72 hours", 3),
        ("sechs Monate", 180),
        ("zwei Jahren", 730),
        ("deux ans", 730),
        ("douze mois", 365),
        ("thirty (30) days", 30),
    ],
)
def test_periods_in_words_and_units_become_days(phrase, days):
    assert days_in(phrase) == days


@pytest.mark.parametrize(
    ("path", "value", "labelled", "milder"),
    [
        ("data", "keystroke_dynamics", {"keystroke_content"}, True),
        ("data", "screenshots", {"screen_recording"}, True),
        ("data", "communications_metadata", {"communications_content"}, True),
        ("data", "keystroke_content", {"keystroke_dynamics"}, False),
        ("data", "clicks", {"keystroke_content"}, False),
        ("retention", "30", {"90"}, True),
        ("retention", "365", {"90"}, False),
        ("retention", "90", {"indefinite"}, True),
        ("retention", "indefinite", {"90"}, False),
    ],
)
def test_what_counts_as_understating(path, value, labelled, milder):
    assert understates(path, value, labelled) is milder


def collected(text: str) -> set[str]:
    """What the text says is collected (the `data` answers suggested)."""
    return {value for path, value in answers(text) if path == "data"}


@pytest.mark.parametrize(
    "text",
    [
        "We do not record keystrokes, screenshots or the content of your messages.",
        "The agent does not capture screenshots, mouse movements or clicks.",
        "Neither your webcam nor your microphone is ever switched on.",
        "Microphone, webcam and location are never recorded.",
        "Microphone, camera and clipboard contents are never accessed by the software.",
        "We do not use keystroke logging, screen recordings or webcams.",
        "We do not record keystrokes, screenshots, mouse movements, clicks or the "
        "content of your messages.",
        "Nous n'enregistrons pas les frappes au clavier, les captures d'écran, la "
        "position ou les clics.",
        "Wir erfassen weder Tastatureingaben noch Bildschirmfotos noch Mausbewegungen.",
        "Wir erfassen weder Tastatureingaben noch Bildschirminhalte oder den Inhalt "
        "Ihrer Nachrichten.",
        "Webcam, Mikrofon und Standort werden nicht erfasst.",
        "Es werden keine Screenshots, Tastatureingaben oder Mausklicks aufgezeichnet.",
        "Webcam und Mikrofon werden von der Software nicht genutzt.",
        "Kamera und Mikrofon des Laptops werden zu keinem Zeitpunkt aktiviert.",
        "Nous n'enregistrons ni les frappes au clavier, ni les captures d'écran, ni "
        "le contenu de vos messages.",
        "Ni la webcam ni le microphone ne sont utilisés.",
        "La webcam, le micro et la géolocalisation ne sont jamais activés.",
        "Aucune capture d'écran, frappe au clavier ou donnée de localisation n'est "
        "collectée.",
    ],
)
def test_a_denial_reaches_every_item_of_its_list(text):
    assert collected(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new clause with a verb of its own is not in the denied list
        (
            "We do not record keystrokes, but screenshots are taken hourly.",
            {"screenshots"},
        ),
        (
            "We do not record keystrokes, and screenshots are taken hourly.",
            {"screenshots"},
        ),
        (
            "Screenshots, keystrokes and clicks are recorded; webcam images are never "
            "taken.",
            {"screenshots", "keystroke_content", "clicks"},
        ),
        (
            "Tastatureingaben werden nicht erfasst, Bildschirmfotos alle zehn Minuten.",
            {"screenshots"},
        ),
        (
            "Tastatureingaben und Mausbewegungen werden erfasst, die Webcam wird nicht "
            "genutzt.",
            {"keystroke_content", "mouse_movement"},
        ),
        (
            "Wir zeichnen keine Tastatureingaben auf, Bildschirmfotos werden aber "
            "erstellt.",
            {"screenshots"},
        ),
        (
            "Les frappes ne sont pas enregistrées, les captures d'écran toutes les cinq "
            "minutes.",
            {"screenshots"},
        ),
        (
            "Les frappes au clavier et les clics sont enregistrés, mais la webcam n'est "
            "jamais activée.",
            {"keystroke_content", "clicks"},
        ),
        (
            "We never record the content of messages, only keystrokes and clicks.",
            {"keystroke_content", "clicks"},
        ),
        # a use denied is not a collection denied
        (
            "Keystroke data will not be used for discipline, and screenshots are never "
            "shared.",
            {"keystroke_content", "screenshots"},
        ),
        ("We do not use webcams to check attendance.", {"webcam"}),
        (
            "Die Bildschirmfotos werden nicht für Leistungsbeurteilungen verwendet.",
            {"screenshots"},
        ),
        (
            "Les captures d'écran ne sont pas utilisées à des fins disciplinaires.",
            {"screenshots"},
        ),
    ],
)
def test_a_denial_stops_where_its_list_ends(text, expected):
    assert collected(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The data is kept for 30 days.\n\nHuman Resources Department\nAcme Ltd, "
        "1 High Street, London",
        "From: HR <hr@acme.example>\nSubject: Your request\n\nThe data is kept for 30 "
        "days.",
        "Personalabteilung, Muster GmbH, Hauptstraße 1, 80331 München\n"
        "Die Daten werden 30 Tage gespeichert.",
        "Les données sont conservées 30 jours.\nService RH, 12 rue de la Paix, Paris",
    ],
)
def test_a_letterhead_or_signature_block_states_no_fact(text):
    assert set(answers(text)) == {("retention", "30")}


@pytest.mark.parametrize(
    "text",
    [
        "Erfasste Daten:\n- Tastatureingaben\n- Bildschirmfotos\n"
        "Kontakt: datenschutz@acme.example",
        "Collected:\n• keystrokes\n• screenshots\nQuestions: privacy@acme.example",
    ],
)
def test_a_list_beside_a_contact_line_is_still_read(text):
    assert collected(text) == {"keystroke_content", "screenshots"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Participants receive a £50 voucher.", ("participation.incentives", "yes")),
        ("Teilnehmende erhalten einen Gutschein.", ("participation.incentives", "yes")),
        (
            "Pour chaque mois, une prime de 100 euros.",
            ("participation.incentives", "yes"),
        ),
        (
            "Les volontaires reçoivent un bon d'achat.",
            ("participation.incentives", "yes"),
        ),
        (
            "La participation repose sur le volontariat.",
            ("participation.mode", "opt_in"),
        ),
        (
            "Grundlage ist die Betriebsvereinbarung IT.",
            ("lawful_basis", "collective_agreement"),
        ),
        (
            "Grundlage ist die Betriebsvereinbarung IT.",
            ("representatives", "agreement"),
        ),
        (
            "Le traitement repose sur un accord collectif.",
            ("lawful_basis", "collective_agreement"),
        ),
        ("The works council was consulted.", ("representatives", "consulted")),
        ("Le CSE a été consulté.", ("representatives", "consulted")),
        ("Scrolling is recorded.", ("data", "scrolling")),
        (
            "Die Folgenabschätzung wurde erstellt und kann beim Betriebsrat "
            "eingesehen werden.",
            ("dpia", "done_shared"),
        ),
    ],
)
def test_incentives_bases_and_representatives_are_read(text, expected):
    assert expected in answers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alle Verarbeitungen erfolgen im Einklang mit den geltenden "
        "Betriebsvereinbarungen.",
        "Für die Beantwortung brauchen wir Auskünfte anderer Stellen.",
    ],
)
def test_boilerplate_and_words_inside_words_give_no_answer(text):
    assert answers(text) == {}


def test_an_abbreviation_does_not_end_the_sentence_that_names_the_basis():
    found = answers(
        "Rechtsgrundlage ist § 26 Abs. 1 BDSG in Verbindung mit der "
        "Betriebsvereinbarung IT vom 1. März 2026."
    )
    assert ("lawful_basis", "collective_agreement") in found


def test_a_dpia_withheld_is_not_read_as_shared():
    found = answers(
        "Die Folgenabschätzung wurde durchgeführt, kann aber nicht eingesehen werden."
    )
    assert ("dpia", "done_not_shared") in found
    assert ("dpia", "done_shared") not in found


def test_permanently_deleted_is_no_open_ended_retention():
    found = answers("Recordings are kept for 90 days, then permanently deleted.")
    assert ("retention", "90") in found
    assert ("retention", "indefinite") not in found


@pytest.mark.parametrize(
    "text",
    [
        ("keystrokes, " * 2000)[:20000],
        ("We do not record keystrokes, screenshots or clicks and " * 400)[:20000],
        ("Personalabteilung, Hauptstraße 1\n" * 700)[:20000],
    ],
    ids=["commas", "denied-lists", "letterheads"],
)
def test_a_long_text_of_lists_is_read_in_time(text):
    """Lists and contact blocks are read near the phrase only: the longest text the
    form accepts took 8-15 s when they were read to the sentence's ends."""
    start = time.perf_counter()
    find_signals(text)
    assert time.perf_counter() - start < 4
