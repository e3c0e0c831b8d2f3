"""What choosing products fills in, what it asks, and the names a text gives."""

from catalogue import loader, prefill, recognise


def products(*slugs):
    return [loader.get(slug) for slug in slugs]


def test_a_products_defaults_are_the_answers_and_the_rest_is_asked():
    hubstaff = products("hubstaff")
    assert prefill.answers(hubstaff) == {
        "data": ["screenshots", "activity_time"],
        "inferences": ["productivity_score"],
    }
    asked = [(p.slug, c.key) for p, c in prefill.optional(hubstaff)]
    assert asked == [("hubstaff", "data:app_and_web_usage")]
    assert prefill.name(hubstaff) == "Hubstaff"


def test_several_products_add_up_and_the_stronger_answer_is_kept():
    both = products("spector-360", "telxl", "clockify")
    answers = prefill.answers(both)
    assert answers["data"] == ["screenshots", "app_and_web_usage"]
    assert answers["when"] == "always"
    assert answers["retention"] == 30  # TelXL keeps 30 days, Clockify 7
    assert prefill.name(both) == "Spector 360 + TelXL + Clockify"


def test_an_employee_view_on_by_default_answers_own_data_access():
    assert prefill.answers(products("prodoscore"))["own_data_access"] == "yes"


def test_pre_filled_answers_join_what_the_person_ticked_and_keep_their_answers():
    practice = {"data": ["keystroke_content"], "when": "work_hours"}
    merged = prefill.merged(practice, {"data": ["screenshots"], "when": "always"})
    assert merged == {
        "data": ["keystroke_content", "screenshots"],
        "when": "work_hours",
    }
    assert prefill.merged({"when": "unknown"}, {"when": "always"})["when"] == "always"


def test_each_capability_is_asked_on_the_step_of_its_fact():
    teramind = loader.get("teramind")
    paths = {prefill.path_of(c) for c in teramind.capabilities}
    assert paths == {"notice", "devices", "when", "data"}


def test_names_in_a_text_propose_the_products_longest_first():
    text = (
        "We use Microsoft Purview Insider Risk Management and Teramind. The TeramindX "
        "tool is not ours; our analysts are insightful, and Hubstaff is used."
    )
    found = [p.slug for p in recognise.named_in(text)]
    assert found == ["microsoft-purview-insider-risk", "teramind", "hubstaff"]


def test_an_alias_names_its_product_once():
    found = recognise.named_in("Workpuls (now Insightful) and Workpuls again.")
    assert [p.slug for p in found] == ["insightful"]
    assert recognise.named_in("Nothing here but insightful remarks.") == []


def test_a_coined_name_is_found_in_any_case_but_only_as_a_whole_name():
    text = "our laptops run TERAMIND; some use clockify, and hubstaff desktop app."
    found = [p.slug for p in recognise.named_in(text)]
    assert found == ["teramind", "clockify", "hubstaff"]
    assert recognise.named_in("teramindx, pre-teramind, clockifyer, desktimes") == []


def test_a_name_of_ordinary_words_is_found_only_as_the_product_writes_it():
    assert recognise.ordinary("Insightful")
    assert recognise.ordinary("Attendance on Demand")
    assert not recognise.ordinary("Microsoft Purview Communication Compliance")
    assert not recognise.ordinary("Clockify")
    ordinary_prose = (
        "An insightful review of insider risk management and communication "
        "compliance: at the time, the doctor said attendance on demand was a risk."
    )
    assert recognise.named_in(ordinary_prose) == []
    named = (
        "Tools: Insightful, Time Doctor and microsoft purview communication compliance."
    )
    found = [p.slug for p in recognise.named_in(named)]
    assert found == [
        "insightful",
        "time-doctor",
        "microsoft-purview-communication-compliance",
    ]


def test_every_name_of_ordinary_words_in_the_catalogue_is_listed_as_such():
    """The names the catalogue holds that are matched as written: a new product
    named with ordinary words shows here, to be decided on."""
    as_written = sorted(
        name for p in loader.products() for name in p.names if recognise.ordinary(name)
    )
    assert as_written == [
        "Attendance on Demand",
        "Communication Compliance",
        "Insider Risk Management",
        "Insightful",
        "Lion Eight",
        "Samsara",
        "Sapience",
        "Sapience Analytics",
        "Time Doctor",
        "Workplace Analytics",
    ]
