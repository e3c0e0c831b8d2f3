"""The reply reader (documents/replies.py) marks a question answered only where a
sentence answers it: refusals, extensions, filler words, letterheads and signatures
never make an answer. Plain Python: no database."""

import datetime

import pytest

from documents import replies
from tests.followup.corpus import BATCHES, current_reader, letters, load, score

ASKED = letters()
AI = {lang: ASKED[f"ai-questions/{lang}"]["questions"] for lang in ("en", "de", "fr")}
WHO_CAN_SEE, RETENTION, DPIA, RIGHTS = 9, 8, 11, 13
AI_TRAINING, COLLECTION, USE, PARTICIPATION, COUNCIL = 0, 1, 3, 7, 12
D = datetime.date


def marks(lang: str, reply: str) -> list[str]:
    return replies.read(AI[lang], reply, lang).marks


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "We are unable to share the DPIA, as it is an internal document."),
        (
            "de",
            "Eine Datenschutz-Folgenabschätzung wurde durchgeführt. Diese können wir "
            "Ihnen jedoch nicht herausgeben.",
        ),
        (
            "fr",
            "Nous ne sommes pas en mesure de communiquer l'analyse d'impact, qui "
            "constitue un document interne.",
        ),
    ],
)
def test_a_refusal_is_not_an_answer(lang, reply):
    reading = replies.read(AI[lang], reply, lang)
    assert reading.marks[DPIA] == replies.REFUSED
    assert reading.questions[DPIA].reason == replies.DECLINED
    assert reading.questions[DPIA].sentence in reply
    assert replies.ANSWERED not in reading.marks


def test_a_refusal_of_the_whole_request_refuses_every_question():
    reply = (
        "Sehr geehrter Herr Wolf,\n\nwir bitten um Verständnis, dass wir zu internen "
        "Systemen keine Auskünfte erteilen.\n\nMit freundlichen Grüßen\nGeschäftsleitung"
    )
    assert set(marks("de", reply)) == {replies.REFUSED}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        (
            "en",
            "We need additional time and are extending our response period by 45 days.",
        ),
        ("de", "Wir verlängern die Frist gemäß Art. 12 Abs. 3 DSGVO um zwei Monate."),
        ("fr", "Nous prolongeons de deux mois le délai de réponse."),
    ],
)
def test_an_extension_is_not_an_answer(lang, reply):
    reading = replies.read(AI[lang], reply, lang)
    assert reading.extension and reading.extension_sentence == reply
    assert set(reading.marks) == {replies.NOT_ANSWERED}


def test_a_reply_without_an_extension_says_so():
    reading = replies.read(AI["en"], "The logs are kept for 90 days.", "en")
    assert not reading.extension and reading.extension_sentence == ""


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        (
            "de",
            "Die Maßnahme wurde im Einklang mit den Interessen der Beschäftigten "
            "eingeführt. Die Daten wurden verarbeitet, und es wurde gespeichert, was "
            "die Beschäftigten betrifft.",
        ),
        (
            "en",
            "We can assure you that the legal basis, the retention of data and access "
            "to it by workers and AI models were carefully considered.",
        ),
        (
            "fr",
            "Les données des salariés sont traitées conformément au RGPD et la "
            "surveillance respecte la réglementation.",
        ),
    ],
)
def test_filler_words_never_give_a_mark(lang, reply):
    assert set(marks(lang, reply)) == {replies.NOT_ANSWERED}


def test_a_signature_and_letterhead_are_not_read():
    reply = (
        "Muster GmbH · Personalabteilung · Leopoldstraße 12 · 80802 München\n\n"
        "Sehr geehrte Frau Keller,\n\nvielen Dank für Ihr Schreiben.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Sabine Roth\nPersonalabteilung\nKI-Team"
    )
    assert replies.body(reply) == "vielen Dank für Ihr Schreiben."
    assert "Personalabteilung" not in replies.statements(reply)
    assert set(marks("de", reply)) == {replies.NOT_ANSWERED}


def test_a_reply_pasted_without_line_breaks_loses_its_greeting_and_signature():
    reply = (
        "Sehr geehrte Damen und Herren, die Protokolle werden 90 Tage gespeichert. "
        "Mit freundlichen Grüßen, Personalabteilung"
    )
    assert replies.body(reply) == "die Protokolle werden 90 Tage gespeichert."


def test_a_signature_without_a_closing_is_dropped_but_an_answer_line_is_kept():
    assert (
        replies.body("We keep the logs for 90 days.\nSabine Roth\nPersonalabteilung")
        == "We keep the logs for 90 days."
    )
    assert replies.body("Retention: 90 days") == "Retention: 90 days"


def test_a_question_the_reply_never_touches_is_not_answered_and_shows_nothing():
    reading = replies.read(
        AI["de"], "Die Rohdaten werden nach 30 Tagen gelöscht.", "de"
    )
    untouched = reading.questions[RIGHTS]
    assert (untouched.mark, untouched.reason, untouched.sentence) == (
        replies.NOT_ANSWERED,
        replies.UNTOUCHED,
        "",
    )


def test_restricted_access_in_other_words_answers_who_can_see():
    reply = "Zugriff auf die Daten haben nur wenige Mitarbeitende unseres KI-Teams."
    assert marks("de", reply)[WHO_CAN_SEE] == replies.ANSWERED


def test_when_unsure_the_closest_sentence_is_shown():
    reply = "Data may be shared with trusted partners where necessary."
    reading = replies.read(AI["en"], reply, "en").questions[WHO_CAN_SEE]
    assert (reading.mark, reading.reason, reading.sentence) == (
        replies.NOT_ANSWERED,
        replies.VAGUE,
        reply,
    )


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Your data is not used to train, test or improve AI models."),
        ("de", "Daten werden nicht zum Training von KI-Modellen verwendet."),
        ("fr", "Les données ne servent pas à entraîner de modèles d'IA."),
    ],
)
def test_a_negation_is_an_answer(lang, reply):
    assert marks(lang, reply)[0] == replies.ANSWERED


def test_one_of_two_asks_answered_is_partly():
    assert marks("en", "Logs are kept for 12 months.")[RETENTION] == replies.PARTLY
    both = "Logs are kept for 12 months and deleted when the programme ends."
    assert marks("en", both)[RETENTION] == replies.ANSWERED


def test_no_dpia_to_show_answers_whether_one_may_see_it():
    reply = "Eine Datenschutz-Folgenabschätzung wurde nicht durchgeführt."
    assert marks("de", reply)[DPIA] == replies.ANSWERED
    assert marks("de", "Eine DSFA wurde 2025 durchgeführt.")[DPIA] == replies.PARTLY


def test_a_question_of_no_known_topic_is_never_marked_answered():
    reading = replies.read(
        ["Is the canteen open on Sundays?"], "The canteen is open on Sundays.", "en"
    )
    assert reading.marks == [replies.NOT_ANSWERED]
    assert reading.questions[0].reason == replies.UNKNOWN_QUESTION
    assert reading.questions[0].sentence == "The canteen is open on Sundays."


def test_a_numbered_list_is_read_sentence_by_sentence():
    assert replies.sentences(
        "1. Ja, gemäß Art. 6 Abs. 1 lit. f DSGVO.\nZu 2: Nein. Das ist alles."
    ) == ["Ja, gemäß Art. 6 Abs. 1 lit. f DSGVO.", "Nein.", "Das ist alles."]


def test_every_word_list_covers_the_languages_the_app_speaks(settings):
    spoken = {code for code, _name in settings.LANGUAGES}
    lists = [
        value
        for value in vars(replies).values()
        if isinstance(value, dict) and set(value) & spoken
    ]
    lists += [
        getattr(topic, part)
        for topic in replies.TOPICS.values()
        for part in ("asked", "said")
    ]
    assert set(replies.LANGUAGES) == spoken
    assert all(set(words) == spoken for words in lists)


def test_a_sentence_ends_after_a_year_but_not_after_a_german_day():
    assert replies.sentences(
        "Given to staff on 1 March 2026. A DPIA was done am 3. Dezember 2025."
    ) == ["Given to staff on 1 March 2026.", "A DPIA was done am 3. Dezember 2025."]


# The figures the corpus gives (docs/performance.md): a change that makes them worse
# fails here. The goals are no question marked answered wrongly and agreement of at
# least 0.9 on every batch.
MEASURED = {
    "replies.toml": (0, 0.988),
    "replies_held_out.toml": (0, 0.974),
    "replies_unseen.toml": (0, 0.996),
    "replies_fresh.toml": (0, 0.98),
    "replies_letters.toml": (0, 0.995),
}


@pytest.mark.parametrize("batch", BATCHES.values())
def test_the_corpus_figures_hold(batch):
    result, _wrong = score(current_reader(), load(batch))
    answered_wrongly, agreement = MEASURED[batch]
    assert result.answered_wrongly <= answered_wrongly
    assert result.agreement >= agreement
    assert result.extension_errors == 0


@pytest.mark.parametrize("batch", BATCHES.values())
def test_no_batch_has_a_question_marked_answered_that_a_person_would_not(batch):
    result, wrong = score(current_reader(), load(batch))
    assert result.answered_wrongly == 0, wrong
    assert result.agreement >= 0.9


# Half answers: each gives something on the question, not all it asks.
@pytest.mark.parametrize(
    ("lang", "reply", "question"),
    [
        # a contact address for the rights, nothing on trained models
        ("en", "To see your data, object or ask for erasure, email dpo@x.com.", RIGHTS),
        (
            "fr",
            "Pour exercer vos droits d'accès, d'opposition ou d'effacement, écrivez à "
            "dpo@x.fr.",
            RIGHTS,
        ),
        # who does not see it outside, not who sees it inside
        ("en", "The data is not shared with any vendor.", WHO_CAN_SEE),
        ("de", "Die Daten werden an keinen Dienstleister weitergegeben.", WHO_CAN_SEE),
        # who sees it inside, not what of outsiders
        ("en", "Team leaders can view the statistics of their team.", WHO_CAN_SEE),
        # how long, not whether it is deleted when the practice ends
        ("en", "The logs are kept for six months.", RETENTION),
    ],
)
def test_part_of_a_question_is_answered_in_part(lang, reply, question):
    assert marks(lang, reply)[question] == replies.PARTLY


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "If you have questions about your rights, contact dpo@x.com."),
        ("de", "Für Fragen zu Ihren Rechten: datenschutz@x.de."),
        ("en", "It is not shared with any vendor outside the EU."),
        ("en", "It is kept for as long as necessary."),
        ("de", "Die Daten werden nur so lange wie nötig gespeichert."),
    ],
)
def test_a_contact_address_or_a_formula_answers_nothing(lang, reply):
    assert set(marks(lang, reply)) == {replies.NOT_ANSWERED}


def test_an_erasure_that_spares_a_trained_model_is_done_in_part():
    questions = ASKED["withdraw-erasure/en"]["questions"]
    reply = (
        "We confirm that your consent has been withdrawn and your recordings have "
        "been deleted. The model already trained cannot be retrained."
    )
    assert replies.read(questions, reply, "en").marks == [replies.PARTLY]


@pytest.mark.parametrize(
    ("letter", "reply"),
    [
        ("ai-questions/en", "Details of our AI models will not be disclosed."),
        ("ccpa-correct/en", "We will not be making the requested change."),
        ("objection/de", "Ihrem Widerspruch kann nicht entsprochen werden."),
        ("withdraw-erasure/fr", "Nous ne pouvons pas donner suite à votre demande."),
    ],
)
def test_refusals_worded_otherwise_are_refusals(letter, reply):
    chosen = ASKED[letter]
    reading = replies.read(chosen["questions"], reply, chosen["lang"])
    assert reading.marks[0] == replies.REFUSED


def test_a_refusal_is_of_what_it_names_first():
    reply = (
        "We are not able to share the names of our service providers, as our "
        "contracts oblige us to keep them confidential."
    )
    reading = marks("en", reply)
    assert reading[WHO_CAN_SEE] == replies.REFUSED
    assert reading[RETENTION] == replies.NOT_ANSWERED


@pytest.mark.parametrize(
    ("lang", "reply", "day", "period"),
    [
        (
            "en",
            "We need up to 45 more days. We will respond by February 18, 2027.",
            D(2027, 2, 18),
            ("days", 45),
        ),
        (
            "en",
            "We are extending the time to respond by a further two months under "
            "Article 12(3) UK GDPR, and will reply by 20 February 2027.",
            D(2027, 2, 20),
            ("months", 2),
        ),
        (
            "de",
            "Wir werden Ihnen innerhalb von zwei weiteren Monaten antworten, "
            "spätestens am 28. Februar 2027.",
            D(2027, 2, 28),
            ("months", 2),
        ),
        (
            "fr",
            "Nous aurons besoin de deux mois supplémentaires pour y répondre.",
            None,
            ("months", 2),
        ),
    ],
)
def test_an_extension_is_read_with_its_date_and_period(lang, reply, day, period):
    reading = replies.read(AI[lang], reply, lang)
    assert reading.extension and reading.only_extension
    assert (reading.extended_to, reading.extended_by) == (day, period)
    assert set(reading.marks) == {replies.NOT_ANSWERED}


def test_no_batch_offers_a_signature_or_letterhead_as_a_statement():
    for batch in BATCHES.values():
        for reply in load(batch):
            said = replies.statements(reply.text).splitlines()
            lines = reply.text.strip().splitlines()
            signature, head = lines[-1], lines[0]
            assert not any(line.endswith(signature) for line in said), reply.id
            if len(lines[1].strip()) == 0 or "·" in head:  # a letterhead line
                assert not any(line.startswith(head) for line in said), reply.id


# The walkthrough's reply (issue #23): it speaks of taking part in a "KI-
# Trainingsprogramm", not of which models are trained or for what.
WALKTHROUGH = (
    "Die Teilnahme am KI-Trainingsprogramm ist freiwillig. Wer nicht teilnimmt, hat "
    "keinerlei Nachteile; die Teilnahme kann jederzeit beendet werden."
)


def test_a_training_programme_named_is_not_the_answer_on_ai_training():
    reading = replies.read(AI["de"], WALKTHROUGH, "de").questions
    assert reading[AI_TRAINING].mark == replies.PARTLY
    assert reading[AI_TRAINING].sentence.startswith("Die Teilnahme am KI-Training")
    # voluntary, no cost for refusing, can stop: but nothing on a reward
    assert reading[PARTICIPATION].mark == replies.PARTLY
    assert set(reading[PARTICIPATION].answered) == {
        "participation",
        "participation_refusal",
        "participation_stop",
    }


@pytest.mark.parametrize(
    ("lang", "reply", "mark"),
    [
        ("en", "Yes, the data is used to train AI models.", replies.PARTLY),
        (
            "en",
            'Yes, the data is used to train "Typist", our model that suggests '
            "shortcuts in our editor.",
            replies.ANSWERED,
        ),
        ("de", "Die Daten werden nicht zum Training von KI-Modellen verwendet.", "a"),
        ("fr", "Les données ne servent à entraîner aucun modèle d'IA.", "a"),
    ],
)
def test_ai_training_is_answered_with_the_models_and_purpose_or_a_no(lang, reply, mark):
    expected = replies.ANSWERED if mark == "a" else mark
    assert marks(lang, reply)[AI_TRAINING] == expected


@pytest.mark.parametrize(
    ("lang", "reply", "question", "mark"),
    [
        ("en", "Taking part is voluntary.", PARTICIPATION, replies.PARTLY),
        (
            "en",
            "Taking part is voluntary. There is no reward, those who refuse lose "
            "nothing, and anyone can stop by switching the recorder off.",
            PARTICIPATION,
            replies.ANSWERED,
        ),
        ("de", "Die Teilnahme wird ausdrücklich begrüßt.", PARTICIPATION, "n"),
        ("en", "The tool records keystroke timing.", COLLECTION, replies.PARTLY),
        (
            "de",
            "Erfasst werden die genutzten Anwendungen, nur auf dienstlichen Laptops "
            "und nur während der Arbeitszeit. Bildschirminhalte werden nicht erfasst.",
            COLLECTION,
            replies.ANSWERED,
        ),
        ("fr", "Les données servent à planifier les effectifs.", USE, replies.PARTLY),
        (
            "en",
            "The data is used only for shift planning. It is never used for appraisal, "
            "pay or discipline.",
            USE,
            replies.ANSWERED,
        ),
        ("en", "Data is used for legitimate business purposes.", USE, "n"),
        (
            "de",
            "Rechtsgrundlage ist die Betriebsvereinbarung „IT“ vom 1. März 2026.",
            COUNCIL,
            replies.PARTLY,
        ),
        (
            "en",
            "The works council was consulted in May 2026 and signed an agreement.",
            COUNCIL,
            replies.ANSWERED,
        ),
    ],
)
def test_collection_use_participation_and_council_are_answered_in_parts(
    lang, reply, question, mark
):
    expected = replies.NOT_ANSWERED if mark == "n" else mark
    assert marks(lang, reply)[question] == expected
