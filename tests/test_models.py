"""Stored assessments keep facts, result and ruleset together; bulk is all or nothing."""

import pytest
from django.utils import timezone

from assessment import facts
from assessment.models import Assessment
from assessment.rules import RULESET_VERSION
from assessment.services import save_assessment, save_document, store_documents
from tests.builders import assessment, document

pytestmark = pytest.mark.django_db


def test_saving_stores_facts_result_and_ruleset():
    record = save_assessment(assessment("DE", {"data": ["keystroke_content"]}))
    stored = Assessment.objects.get(pk=record.pk)
    assert stored.ruleset == RULESET_VERSION
    assert stored.result["ruleset"] == RULESET_VERSION
    assert stored.get_facts() == assessment("DE", {"data": ["keystroke_content"]})
    assert "keystroke-logging" in [f["rule"] for f in stored.result["findings"]]
    assert (stored.score, stored.grade, stored.country) == (
        stored.result["score"],
        stored.result["grade"],
        "DE",
    )
    assert stored.created and stored.updated
    assert stored.as_of == timezone.localdate()
    assert stored.result["as_of"] == stored.as_of.isoformat()


def test_changing_an_answer_updates_the_stored_result():
    record = save_assessment(assessment("DE"))
    before = record.score
    save_assessment(assessment("DE", {"notice": "none"}), record=record)
    record.refresh_from_db()
    assert record.score < before
    # The baseline is a security camera: filmed without notice, it asks for the
    # investigation that could justify it.
    rules = [f["rule"] for f in record.result["findings"]]
    assert "covert-filming-for-an-investigation" in rules
    assert Assessment.objects.count() == 1


def test_the_model_holds_no_personal_data_fields():
    names = {field.name for field in Assessment._meta.get_fields()}
    # "campaign" is the reverse side of a council's own policy assessment;
    # "sent_letters" the letters noted as sent (kind, dates, questions, the reply);
    # "pending" the answers so far of a practice being added, as in "document";
    # "practice_sources" which answers came from a product's documentation (the
    # catalogue's product slugs and answer paths, nothing the person typed).
    assert names == {
        "campaign",
        "practice_sources",
        "sent_letters",
        "id",
        "public_id",
        "token_hash",
        "document",
        "digest",
        "result",
        "ruleset",
        "as_of",
        "pending",
        "changes",
        "country",
        "score",
        "grade",
        "created",
        "updated",
    }


def test_the_digest_depends_on_content_only():
    one = save_assessment(assessment("FR"))
    two = save_assessment(assessment("FR"))
    three = save_assessment(assessment("DE"))
    assert one.digest == two.digest != three.digest


def test_storing_many_is_all_or_nothing():
    good = document("DE")
    bad = document("DE", {"when": "sometimes"})
    with pytest.raises(facts.InvalidAssessment) as caught:
        store_documents([good, good, bad])
    assert str(caught.value.errors[0]).startswith("[2].practices[0].when:")
    assert Assessment.objects.count() == 0
    assert store_documents([good, good]) == 2
    assert Assessment.objects.count() == 2
    assert set(Assessment.objects.values_list("as_of", flat=True)) == {
        timezone.localdate()
    }


def test_a_draft_has_no_result_and_no_day():
    record = save_document(
        {"format": facts.FORMAT, "workplace": {"country": "DE"}, "practices": []},
        save_assessment(assessment("DE")),
    )
    record.refresh_from_db()
    assert (record.result, record.ruleset, record.as_of) == (None, "", None)
