"""Letters as a native reader signs them: every kind generated in German and French
and read back as text (the salutation, the voice, the brackets, the closings)."""

import datetime
import re

import pytest
from django.utils import translation

from assessment import services as assessment_services
from assessment.facts import load_assessment
from councils import services
from councils.letters import CouncilDetails, council_kinds
from documents import followup, followup_letters
from documents.letter_files import letter_text
from documents.letters import (
    Details,
    FirstLetter,
    kinds_for,
    write_letter,
)
from documents.letters.typography import (
    GERMAN_FUNCTION_WORDS,
    after_salutation,
    square_nested,
)
from documents.models import Channel
from tests import builders
from tests.conftest import EXAMPLES
from tests.councils.fixtures import fill
from tests.test_translations import LOCALE, po_entries

DAY = datetime.date(2026, 11, 16)
ME = Details(name="Alex Beispiel", employer="Beispiel GmbH")
FIRST = FirstLetter(
    "access-request",
    datetime.date(2026, 10, 1),
    "OV-20261001-DE-7Q3K",
    datetime.date(2026, 11, 2),
)
# A practice named as people name it, with brackets of its own.
BRACKETED = "KI-Trainingsprogramm (Tastatur und Maus)"
NBSP = "\u00a0"


def employee_letters(name: str, lang: str) -> dict[str, str]:
    """Every employee kind offered for the example's workplace, as text."""
    assessment = load_assessment((EXAMPLES / f"{name}.json").read_text())
    return {
        chosen.slug: letter_text(
            write_letter(
                chosen.slug,
                assessment,
                lang,
                ME,
                written=DAY,
                follows=FIRST if chosen.slug == "reminder" else None,
            )
        )
        for chosen in kinds_for(assessment.workplace, DAY)
    }


@pytest.fixture
def campaign(people):
    campaign = services.open_campaign(
        people["council"], title="Site", employer="Beispiel", country="DE", threshold=3
    )
    fill(campaign, 6)
    return campaign


def council_letters(campaign, lang: str, **typed) -> dict[str, str]:
    details = CouncilDetails(**typed)
    return {
        chosen.slug: letter_text(
            write_letter(chosen.slug, campaign, lang, details, written=DAY)
        )
        for chosen in council_kinds(campaign)
    }


def first_word_after_salutation(text: str) -> str:
    return text.split("Sehr geehrte Damen und Herren,\n\n", 1)[1].split()[0]


def test_german_employee_letters_go_on_in_lowercase_after_the_salutation():
    letters = employee_letters("keylogger-dismissal-de", "de")
    assert {"council-information", "dpia-request", "reminder"} <= set(letters)
    for slug, text in letters.items():
        word = first_word_after_salutation(text)
        assert word.lower() not in GERMAN_FUNCTION_WORDS or word.islower(), slug
    assert "Herren,\n\nich bitte den Betriebsrat" in letters["council-information"]


@pytest.mark.django_db
def test_german_council_letters_go_on_in_lowercase_after_the_salutation(campaign):
    letters = council_letters(campaign, "de")
    for slug, text in letters.items():
        word = first_word_after_salutation(text)
        assert word.lower() in GERMAN_FUNCTION_WORDS and word.islower(), slug
    assert "Herren,\n\nwir fordern Sie auf" in letters["suspend-ai-training"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Am 16. November habe ich", "am 16. November habe ich"),
        ("Ich bitte den Betriebsrat", "ich bitte den Betriebsrat"),
        ("Gemäß Art. 15 DSGVO", "gemäß Art. 15 DSGVO"),
        # The formal address, nouns and names keep their capital.
        ("Sie haben mir am 1. Oktober", "Sie haben mir am 1. Oktober"),
        ("Ihre Antwort vom 2. November", "Ihre Antwort vom 2. November"),
        ("Datenschutz ist", "Datenschutz ist"),
        ("Beispiel GmbH hat", "Beispiel GmbH hat"),
    ],
)
def test_only_german_function_words_are_lowered_after_the_salutation(
    paragraph, expected
):
    assert after_salutation("de", "Sehr geehrte Frau Muster,", paragraph) == expected
    # French and English go on with a capital.
    assert after_salutation("fr", "Madame, Monsieur,", paragraph) == paragraph


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(KI-Training (Tastatur und Maus))", "(KI-Training [Tastatur und Maus])"),
        ("(a (b (c)))", "(a [b [c]])"),
        # A citation's brackets, written against the number, stay round.
        ("(Art. 12(3) GDPR)", "(Art. 12(3) GDPR)"),
        ("Art. 6(1)(f) GDPR", "Art. 6(1)(f) GDPR"),
        # ... and so do those written against the bracket before them.
        ("(Art. 6(1)(f) GDPR)", "(Art. 6(1)(f) GDPR)"),
        (
            "(NLRA §8(a)(1) (29 U.S.C. §158(a)(1)))",
            "(NLRA §8(a)(1) [29 U.S.C. §158(a)(1)])",
        ),
        ("an unopened ) bracket", "an unopened ) bracket"),
    ],
)
def test_brackets_inside_brackets_are_square(text, expected):
    assert square_nested(text) == expected


# Round brackets opened inside round ones, not written against a word, a number or
# the bracket before them ("6(1)(f)").
NESTED = re.compile(r"\([^()]*[^\w()]\(")


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_a_practice_named_with_brackets_is_never_bracketed_twice(lang):
    assessment = builders.assessment(
        "DE", {"name": BRACKETED}, worker_representation="works_council"
    )
    for chosen in kinds_for(assessment.workplace, DAY):
        letter = write_letter(
            chosen.slug, assessment, lang, ME, written=DAY, follows=FIRST
        )
        text = letter_text(letter)
        assert "((" not in text and "))" not in text, chosen.slug
        assert not NESTED.search(text), chosen.slug
    dpia = letter_text(write_letter("dpia-request", assessment, lang, ME, written=DAY))
    assert "KI-Trainingsprogramm [Tastatur und Maus])" in dpia


def test_a_letter_one_person_signs_never_speaks_for_us():
    for slug, text in employee_letters("keylogger-dismissal-de", "de").items():
        assert "Sie uns" not in text and " teilen uns" not in text, slug
    dpia = employee_letters("keylogger-dismissal-de", "de")["dpia-request"]
    assert "Bitte stellen Sie mir die Folgenabschätzung" in dpia
    french = employee_letters("warehouse-scanners-fr", "fr")["dpia-request"]
    assert "de nous " not in french and "me communiquer" in french


def test_french_employee_letters_close_in_the_singular():
    for slug, text in employee_letters("warehouse-scanners-fr", "fr").items():
        assert "l'expression de mes salutations distinguées." in text, slug
        # A reference line that suits one person and a council alike.
        assert f"\nRéférence{NBSP}: OV-20261116-FR-" in text, slug
    for slug, text in employee_letters("keylogger-dismissal-de", "de").items():
        assert "\nZeichen: OV-20261116-DE-" in text, slug
        assert "Unser Zeichen" not in text, slug


def test_french_goes_on_in_lowercase_after_a_colon_but_keeps_names():
    text = employee_letters("warehouse-scanners-fr", "fr")["ai-questions"]
    flat = re.sub(r"[ \n]+", " ", text)
    assert f"Pourquoi je le demande{NBSP}: l'entraînement de l'IA" in flat
    assert not re.search(f"(demande|problème|jour){NBSP}: [A-ZÀÉ][a-zé']", flat)
    objection = employee_letters("warehouse-scanners-fr", "fr")["objection"]
    assert f"suivant{NBSP}: Handheld scanner indicators" in objection


@pytest.mark.django_db
def test_french_council_letters_close_in_the_plural(campaign):
    for slug, text in council_letters(campaign, "fr").items():
        assert text.startswith("Betriebsrat Leipzig")
        assert "Nous vous prions d'agréer" in text, slug
        assert "nos salutations distinguées." in text, slug
        assert "mes salutations" not in text and "Je vous prie" not in text, slug


@pytest.mark.django_db
def test_a_council_follow_up_in_french_closes_in_the_plural(campaign):
    sent, _new = followup.record_sent(campaign, "works-agreement", "fr", DAY, "email")
    text = letter_text(followup_letters.incomplete_answer(sent, campaign, written=DAY))
    assert "nos salutations distinguées" in text
    assert "Je vous prie" not in text and "Veuillez répondre intégralement" in text
    # Lines are never broken at a hyphen.
    assert "ci-dessous" in text and not re.search(r"-\n", text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "address", "department"),
    [
        ("fr", "Direction des ressources humaines\n1 rue X\n75001 Paris", "Direction"),
        ("de", "Geschäftsleitung\nHauptstr. 1\n80331 München", "Geschäftsleitung"),
        ("en", "Management Board\n1 High Street", "Management"),
    ],
)
def test_a_department_typed_in_the_address_is_not_added_again(
    campaign, lang, address, department
):
    for slug, text in council_letters(campaign, lang, employer_address=address).items():
        recipient = text.split("\n\n")[1].splitlines()
        assert sum(department in line for line in recipient) == 1, (slug, recipient)
        assert recipient[1] == address.splitlines()[0]
    untyped = council_letters(campaign, lang)["works-agreement"]
    assert untyped.split("\n\n")[1].splitlines()[1] == department.split()[0]


def test_an_employee_letter_adds_human_resources_once():
    assessment = builders.assessment("FR")
    details = Details(
        employer="Exemple SA", employer_address="Ressources humaines\nParis"
    )
    letter = write_letter("access-request", assessment, "fr", details, written=DAY)
    assert letter.recipient == ["Exemple SA", "Ressources humaines", "Paris"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "We also ask you:\n\n- to confirm in writing"),
        ("de", "Außerdem bitten wir Sie,\n\n- schriftlich zu bestätigen"),
        ("fr", f"Nous vous demandons également{NBSP}:\n\n- de confirmer par écrit"),
    ],
)
def test_the_suspension_letter_leads_into_its_list(campaign, lang, lead):
    assert lead in council_letters(campaign, lang)["suspend-ai-training"]


def test_a_paragraph_that_opens_with_a_figure_does_not_hang_like_an_item():
    assessment = builders.assessment("DE")
    letter = write_letter("access-request", assessment, "en", ME, written=DAY)
    letter.paragraphs.append(
        "6 employees took part in our anonymous survey on the monitoring at this "
        "workplace. No figure below rests on fewer than 3 of them."
    )
    text = letter_text(letter)
    assert "6 employees took part" in text and "\n   " + "workplace" not in text


@pytest.mark.django_db
def test_the_complaint_history_of_a_letter_still_running_says_it_is_due(db):
    record = assessment_services.save_assessment(
        builders.assessment("DE", region="DE-BY")
    )
    sent, _new = followup.record_sent(
        record, "access-request", "de", datetime.date(2026, 11, 16), "post"
    )
    letter = followup_letters.complaint_with_history(
        [sent], record.get_facts(), "de", written=datetime.date(2026, 12, 7)
    )
    text = " ".join(letter_text(letter).split())
    assert "Die Antwort ist bis zum" in text and "Die Frist zur Antwort läuft" in text
    assert "Die Antwort war bis zum" not in text
    # Answered before the day: the day is still to come, not past.
    followup.record_reply(sent, "Wir antworten bald.", datetime.date(2026, 12, 1))
    letter = followup_letters.complaint_with_history(
        [sent], record.get_facts(), "de", written=datetime.date(2026, 12, 7)
    )
    text = " ".join(letter_text(letter).split())
    assert "Die Antwort ist bis zum 21. Dezember 2026 fällig." in text
    assert "Der Arbeitgeber hat am 1. Dezember 2026 geantwortet." in text


# French sets a no-break space before ":" ";" "?" "!" and inside « ».
CRAMPED = re.compile(r"[^\u00a0\u202f][:;?!](?=\s|$)|« | »")


def test_the_french_catalogue_spaces_its_double_punctuation():
    entries = po_entries(LOCALE / "fr" / "LC_MESSAGES" / "django.po")
    cramped = {
        msgid: msgstr
        for msgid, msgstr in entries.items()
        if msgid and CRAMPED.search(msgstr.replace("://", ""))
    }
    assert not cramped
    assert entries["Result: %(title)s"] == f"Résultat{NBSP}: %(title)s"
    # Colons the templates used to print outside a translation.
    assert entries["%(label)s: %(error)s"] == f"%(label)s{NBSP}: %(error)s"


def test_french_letters_write_the_first_of_the_month_as_an_ordinal():
    assessment = load_assessment((EXAMPLES / "warehouse-scanners-fr.json").read_text())
    first_day = datetime.date(2026, 12, 1)
    reminder = write_letter(
        "reminder", assessment, "fr", ME, written=first_day, follows=FIRST
    )
    text = letter_text(reminder)
    assert "Le 1er octobre 2026, je vous ai adressé" in text
    assert "\n1er décembre 2026\n" in text and " 1 octobre" not in text
    german = letter_text(
        write_letter("reminder", assessment, "de", ME, written=first_day, follows=FIRST)
    )
    assert "am 1. Oktober 2026" in german


def test_a_complaint_with_no_serious_problem_has_no_lead_in_to_an_empty_list():
    calm = builders.assessment("DE", region="DE-BY")
    letter = write_letter("complaint", calm, "de", ME, written=DAY)
    assert not letter.questions
    assert "folgende Probleme auf:" not in letter_text(letter)
    serious = load_assessment((EXAMPLES / "keylogger-dismissal-de.json").read_text())
    text = letter_text(write_letter("complaint", serious, "de", ME, written=DAY))
    assert "folgende Probleme auf:\n\n1. " in text


def test_a_gentle_french_letter_needs_no_gender_of_its_signatory():
    assessment = load_assessment((EXAMPLES / "warehouse-scanners-fr.json").read_text())
    for slug in ("access-request", "dpia-request"):
        letter = write_letter(slug, assessment, "fr", ME, written=DAY, tone="gentle")
        text = letter_text(letter)
        assert "(e)" not in text, slug
        assert "Je vous remercie par avance de bien vouloir me répondre" in text, slug


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_the_complaint_history_says_how_a_letter_went_in_lower_case(db, lang):
    record = assessment_services.save_assessment(
        builders.assessment("DE", region="DE-BY")
    )
    sent = [
        followup.record_sent(record, kind, lang, datetime.date(2026, 11, 2), channel)[0]
        for kind, channel in [
            ("access-request", "email"),
            ("dpia-request", "post"),
            ("objection", "hand"),
        ]
    ]
    letter = followup_letters.complaint_with_history(
        sent, record.get_facts(), lang, written=datetime.date(2026, 12, 7)
    )
    text = " ".join(letter_text(letter).split())
    with translation.override(lang):
        for one in sent:
            label = str(Channel(one.channel).label)
            said = str(followup_letters.SENT_BY[one.channel])
            assert f"{one.reference}, {said})" in text
            # A form's label ("Courrier postal") is not how a sentence goes on.
            assert f"{one.reference}, {label})" not in text
            assert said[:1].islower()
