"""Hypothesis strategies for oversight.assessment/1 documents."""

from hypothesis import strategies as st

from assessment.facts import vocabulary as v

COUNTRIES = ["DE", "FR", "NL", "AT", "IT", "IE", "NO", "GB", "US", "JP", "CH"]
# Text as a person types it: no NUL, control character (but tab and line ends) or
# non-character U+FFFE/U+FFFF, which the format refuses.
REFUSED = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
TEXT = st.characters(blacklist_characters=REFUSED, blacklist_categories=("Cs",))
US_REGIONS = ["US-NY", "US-CA", "US-CT", "US-DE", "US-TX", "US-IL", "US-WA"]


def _subset(values, min_size=0):
    return st.lists(st.sampled_from(values), min_size=min_size, unique=True)


participations = st.fixed_dictionaries(
    {},
    optional={
        "mode": st.sampled_from(v.PARTICIPATION_MODE),
        "incentives": st.sampled_from(v.YES_NO_UNKNOWN),
        "refusal_consequences": st.sampled_from(v.YES_NO_UNKNOWN),
        "alternative_offered": st.sampled_from(v.YES_NO_UNKNOWN),
        "withdrawal": st.sampled_from(v.WITHDRAWAL),
        "enrolment_rate": st.floats(0, 1),
    },
)

practices = st.fixed_dictionaries(
    {
        "name": st.text(TEXT, min_size=1, max_size=20),
        "data": _subset(v.DATA, min_size=1),
        "purposes": _subset(v.PURPOSES, min_size=1),
    },
    optional={
        "devices": _subset(v.DEVICES),
        "when": st.sampled_from(v.WHEN),
        "captures_private_content": st.sampled_from(v.YES_NO_UNKNOWN),
        "inferences": _subset(v.INFERENCES),
        "decisions": st.sampled_from(v.DECISIONS),
        "recipients": _subset(v.RECIPIENTS),
        "de_identification": st.sampled_from(v.DE_IDENTIFICATION),
        "retention": st.one_of(
            st.integers(0, v.MAX_RETENTION_DAYS), st.sampled_from(v.RETENTION_WORDS)
        ),
        "deletion_when_stopped": st.sampled_from(v.YES_NO_UNKNOWN),
        "lawful_basis": st.sampled_from(v.LAWFUL_BASIS),
        "participation": participations,
        "notice": st.sampled_from(v.NOTICE),
        "notice_before_start": st.sampled_from(v.YES_NO_UNKNOWN),
        "dpia": st.sampled_from(v.DPIA),
        "representatives": st.sampled_from(v.REPRESENTATIVES),
        "access": st.sampled_from(v.ACCESS),
        "own_data_access": st.sampled_from(v.YES_NO_UNKNOWN),
    },
)


@st.composite
def workplaces(draw):
    country = draw(st.sampled_from(COUNTRIES))
    workplace = {"country": country}
    if country == "US":
        workplace["region"] = draw(st.sampled_from(US_REGIONS))
    if draw(st.booleans()):
        workplace["worker_representation"] = draw(
            st.sampled_from(v.WORKER_REPRESENTATION)
        )
    return workplace


documents = st.fixed_dictionaries(
    {
        "format": st.just(v.FORMAT),
        "workplace": workplaces(),
        "practices": st.lists(practices, min_size=1, max_size=3),
    },
    optional={"title": st.text(TEXT, max_size=30)},
)
