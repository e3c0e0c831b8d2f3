"""Every URL of the app takes hostile posts without a server error.

Each named URL is posted a valid form with some fields replaced by what an attacker
sends: NUL, control characters, lone surrogates, huge and odd text, numbers and dates
out of range, lists where one value is expected, missing fields, files of junk. The
world holds one of everything (an assessment from a campaign, with letters sent and
answered, a council with its members, invitation and campaign), and each example
starts from it again: its changes are rolled back, its cookies restored.
"""

import contextlib
import datetime
import json
import os
import traceback
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import quote, urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.datastructures import MultiValueDict
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment import questionnaire
from assessment.access import GRANTS
from councils import services as council_services
from councils.agreements import library as agreement_library
from councils.letters import council_kinds
from councils.models import Role
from documents import followup
from documents.models import Mark
from tests import strategies
from tests.councils.fixtures import PASSWORD, make_user, open_campaign
from tests.web.conftest import (
    PRACTICE_DEFAULTS,
    WORKPLACE,
    employee_state,
    practice_data,
)
from tests.web.test_documents import letter_form

pytestmark = pytest.mark.django_db

# Examples of the property test per URL. CI replays a fixed sequence (the "ci" profile,
# tests/conftest.py), so there each URL gets five, the same every run; run locally, the
# examples are new each time, and two per URL keep the suite short while runs add up.
EXAMPLES = 5 if os.getenv("HYPOTHESIS_PROFILE") == "ci" else 2
REPLY = "The logs are kept for 90 days and deleted when the practice ends."
DAY = "2026-11-02"
SIGNUP = {
    "username": "newcomer",
    "password1": PASSWORD,
    "password2": PASSWORD,
}
NOTED = {"lang": "en", "sent_on": DAY, "channel": "post"}
DETAILS = {"file_format": "txt", "name": "Zelda", "address": "1 Lane"}
CAMPAIGN = {
    "title": "Monitoring",
    "employer": "Example GmbH",
    "country": "DE",
    "region": "",
    "worker_representation": "works_council",
    "threshold": "5",
}
COUNCIL_LETTER = {
    "lang": "en",
    "file_format": "txt",
    "tone": "firm",
    "council": "Betriebsrat",
}

# Each URL's valid form, and who posts it: the world's signed-in administrator, who
# also holds the assessment, or a browser with no session ("anonymous").
FORMS = {
    "assessment:start": WORKPLACE,
    "assessment:workplace": WORKPLACE,
    "assessment:practice_new": practice_data(),
    "assessment:practice": practice_data(),
    "assessment:step_new": practice_data(),
    "assessment:step": practice_data(),
    "assessment:choose_layout": {"layout": "long", "next": "/"},
    "assessment:policy": {
        "text": "We record keystrokes and keep them for 90 days.",
        "apply": "1",
        "target": "0",
        "proposal": ["retention=90", "data=keystroke_dynamics"],
    },
    "documents:letters": letter_form(file_format="txt", sent=DAY, channel="post"),
    "documents:sent_letters": NOTED | {"kind": "ai-questions"},
    "documents:sent_letter": {"text": REPLY, "replied_on": "2026-11-20"},
    "documents:confirm_marks": {"q0": "answered", "q1": "not_answered"},
    "documents:extension": {"extended_to": "2027-02-20"},
    "documents:follow_up_letter": DETAILS,
    "documents:apply_changes": {"changes": ["0:retention"]},
    "documents:complaint_with_history": {
        "complaint-lang": "en",
        "complaint-file_format": "txt",
        "complaint-name": "Zelda",
    },
    "councils:campaign_sent_letters": NOTED | {"kind": "council-information"},
    "councils:campaign_sent_letter": {"text": REPLY, "replied_on": "2026-11-20"},
    "councils:campaign_confirm_marks": {"q0": "answered", "q1": "not_answered"},
    "councils:campaign_extension": {"extended_to": "2027-02-20"},
    "councils:campaign_follow_up_letter": {**DETAILS, "council": "Betriebsrat"},
    "councils:campaign_apply_changes": {"changes": ["0:retention"]},
    "councils:send_to_campaign": {"keep": "yes", "send_token": "x" * 43},
    "councils:signup": {**SIGNUP, "council_name": "Betriebsrat Halle"},
    "councils:login": {"username": "ada", "password": PASSWORD, "next": "/council/"},
    "councils:password": {
        "old_password": PASSWORD,
        "new_password1": "another horse battery staple",
        "new_password2": "another horse battery staple",
    },
    "councils:delete_account": {"password": PASSWORD},
    "councils:create_council": {"name": "Second council"},
    "councils:join": SIGNUP,
    "councils:members": {"role": "member", "label": "Max"},
    "councils:change_role": {"role": "admin"},
    "councils:new_campaign": CAMPAIGN,
    "councils:campaign_letters": {**COUNCIL_LETTER, "kind": "council-information"},
    "councils:agreement": {
        "lang": "en",
        "file_format": "docx",
        "council": "Betriebsrat",
        "notes": "Check the annex.",
        "use_ai-training-opt-in": "on",
        **{
            f"{clause.id}__{parameter.name}": str(parameter.default)
            for clause in agreement_library.clauses()
            for parameter in clause.parameters
        },
    },
    "councils:agreement_check": {"text": "Data are deleted after 30 days."},
    "set_language": {"language": "de", "next": "/council/"},
    "catalogue:choose": {"product": ["teramind", "hubstaff"], "q": "tera"},
}
# URLs that take no field: pages that only show, buttons that act on the URL alone,
# and the import (a file, from UPLOAD_SWEEP and the property test). Each is posted
# junk fields all the same.
NO_FIELDS = {
    *("assessment:landing", "healthz", "assessment:examples"),
    *("assessment:rules", "assessment:open_example", "assessment:resume"),
    *("assessment:overview", "assessment:saved", "assessment:check"),
    *("assessment:check_new", "assessment:discard_pending", "assessment:import"),
    *("assessment:practice_duplicate", "assessment:practice_remove"),
    *("assessment:result", "assessment:delete", "assessment:export_assessment"),
    *("assessment:export_result", "councils:take_part", "councils:councils"),
    *("councils:logout", "councils:council", "councils:leave_council"),
    *(
        "councils:delete_council",
        "councils:remove_member",
        "councils:revoke_invitation",
    ),
    *("councils:campaign", "councils:campaign_qr", "councils:campaign_csv"),
    *("councils:toggle_campaign", "councils:delete_campaign", "councils:assess_policy"),
    *("councils:campaign_report", "documents:report", "documents:deadline_calendar"),
    *("documents:remove_letter", "councils:campaign_deadline_calendar"),
    "councils:campaign_remove_letter",
    *("catalogue:products", "catalogue:products_json"),
    *("catalogue:product", "catalogue:product_json"),
}
ANONYMOUS = {"councils:signup", "councils:login", "councils:join"}
UPLOADS = {
    "assessment:import",
    "documents:sent_letter",
    "councils:campaign_sent_letter",
}


def named_urls(patterns=None, prefix: str = "") -> dict[str, URLPattern]:
    """Every named URL of the app by its full name ("namespace:name"); the admin's
    own pages are Django's and left out."""
    found = {}
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            space = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            found.update(named_urls(entry.url_patterns, space))
        elif entry.name:
            found[prefix + entry.name] = entry
    return found


@dataclass
class World:
    """One of everything, and the browser that may open it all."""

    client: Client
    record: object
    campaign: object
    council: object
    member_id: int
    invitation_id: int
    invitation: str
    resume: str
    letter_id: int
    campaign_letter_id: int
    cookies: dict = field(default_factory=dict)

    def args(self, name: str, pattern: URLPattern) -> dict:
        """The URL's arguments, taken from the world."""
        # Every councils' page takes the campaign (its letters' pages too), but
        # the employee's sending to one, which takes the assessment.
        on_campaign = name.startswith("councils:") and name != (
            "councils:send_to_campaign"
        )
        values = {
            "public_id": (self.campaign if on_campaign else self.record).public_id,
            "council_id": self.council.public_id,
            "membership_id": self.member_id,
            "invitation_id": self.invitation_id,
            "letter_id": (self.campaign_letter_id if on_campaign else self.letter_id),
            "index": 0,
            "slug": "teramind"
            if name.startswith("catalogue:")
            else questionnaire.STEPS[0].slug,
            "token": self.invitation if name == "councils:join" else self.resume,
            "code": self.campaign.share_code,
            "name": "ai-training-keystrokes-ie",
        }
        return {key: values[key] for key in pattern.pattern.converters}


def _marked(sent) -> None:
    """The reply to the letter is in, and leaves its last question open."""
    followup.record_reply(sent, REPLY, datetime.date(2026, 11, 20))
    marks = [Mark.ANSWERED] * (len(sent.questions) - 1) + [Mark.NOT_ANSWERED]
    followup.confirm_marks(sent, marks)


@pytest.fixture
def world(db) -> World:
    admin = make_user("ada")
    council = council_services.create_council(admin, "Betriebsrat Leipzig")
    member = council.memberships.create(user=make_user("max"), role=Role.MEMBER)
    campaign = open_campaign(council)
    council_services.assess_policy(campaign)
    council_services.invite(council)
    invitation = council_services.invite(council)
    client = Client()
    client.force_login(admin)
    client.post(reverse("councils:take_part", args=[campaign.share_code]))
    saved = client.get(
        reverse("assessment:saved", args=[employee_state(client)[GRANTS][0]])
    )
    record = saved.context["record"]
    resume = saved.context["resume_url"].rstrip("/").rsplit("/", 1)[-1]
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]), practice_data()
    )
    record.refresh_from_db()
    sent, _new = followup.record_sent(
        record, "ai-questions", "en", datetime.date(2026, 11, 2), "post"
    )
    _marked(sent)
    council_sent, _new = followup.record_sent(
        campaign, council_kinds()[0].slug, "en", datetime.date(2026, 11, 2), "email"
    )
    _marked(council_sent)
    return World(
        client=client,
        record=record,
        campaign=campaign,
        council=council,
        member_id=member.pk,
        invitation_id=council.invitations.first().pk,
        invitation=invitation,
        resume=resume,
        letter_id=sent.pk,
        campaign_letter_id=council_sent.pk,
        cookies={key: morsel.value for key, morsel in client.cookies.items()},
    )


# What an attacker posts in place of a value.
ANY_CHARACTER = st.characters(codec=None, categories=None)
ODD = [
    "",
    " ",
    "\x00",
    "\x00" * 3,
    "a\x01b\x0bc\x1bd",
    "\ufffe\uffff",
    "\ud800",
    "\udfff lone",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "10000-01-01",
    "-1",
    "0",
    "9" * 30,
    "9" * 5000,
    "-" + "9" * 25,
    "1e309",
    "NaN",
    "inf",
    "²",
    "٣",
    "true",
    "null",
    "[]",
    "{}",
    "../../etc/passwd",
    "//evil.example/x",
    "https://evil.example/",
    "javascript:alert(1)",
    "overview",
    "result",
    "check",
    "<script>alert(1)</script>",
    "%00",
    "Ünïcödé 🙂 ẞ ﷽ \u202e",
    "x" * 100_000,
]
hostile_values = st.one_of(
    st.sampled_from(ODD),
    st.text(ANY_CHARACTER, max_size=40),
    st.integers(-(2**80), 2**80).map(str),
    st.dates().map(datetime.date.isoformat),
    st.floats(allow_nan=True).map(str),
)
# A field left out, given one hostile value, or several (a key repeated).
actions = st.one_of(
    st.just(None),
    hostile_values,
    st.lists(hostile_values, min_size=2, max_size=4),
)
EXTRA_KEYS = ["next", "csrfmiddlewaretoken", "index", "\x00", "q99", "proposal"]


def _dirty(doc: dict, title: str, name: str) -> bytes:
    """The document with that title and first practice's name, as JSON (a lone
    surrogate escaped, as JSON allows)."""
    first, *others = doc["practices"]
    return json.dumps(
        {**doc, "title": title, "practices": [{**first, "name": name}, *others]}
    ).encode()


def hostile_documents():
    """An import file: a valid document with hostile text, or junk."""
    dirty = st.text(ANY_CHARACTER, max_size=20)
    return st.one_of(
        st.builds(_dirty, strategies.documents, dirty, dirty),
        st.binary(max_size=200),
        st.sampled_from([b"", b"\x00", b"{}", b"[]", b'{"format": 1}', b"\xff\xfe"]),
    )


@st.composite
def posts(draw, base: dict, upload: bool):
    """A form (key -> list of values), its query string, and any file."""
    keys = sorted(base) + EXTRA_KEYS
    chosen = draw(st.lists(st.sampled_from(keys), unique=True, max_size=4))
    form = {
        key: value if isinstance(value, list) else [value]
        for key, value in base.items()
    }
    for key in chosen:
        action = draw(actions)
        if action is None:
            form.pop(key, None)
        else:
            form[key] = action if isinstance(action, list) else [action]
    query = draw(
        st.dictionaries(st.sampled_from(["next", "lang", "format"]), hostile_values)
    )
    files = {}
    if upload and draw(st.booleans()):
        name = draw(
            st.sampled_from(["reply.txt", "reply.pdf", "r.docx", "a.json", "\x00.txt"])
        )
        files["file"] = SimpleUploadedFile(name, draw(hostile_documents()))
    return form, query, files


def _encoded(values: list[str]) -> list[bytes]:
    """As a browser or a script sends them: UTF-8, lone surrogates as their bytes."""
    return [str(value).encode("utf-8", "surrogatepass") for value in values]


def post(client: Client, url: str, form: dict, query: dict, files: dict):
    if query:
        url += "?" + urlencode(query, encoding="utf-8", errors="surrogatepass")
    if files:
        data = {key: _encoded(values) for key, values in form.items()} | files
        return client.post(url, data)
    pairs = [(key, value) for key, values in form.items() for value in values]
    body = urlencode(pairs, encoding="utf-8", errors="surrogatepass")
    return client.post(url, body, content_type="application/x-www-form-urlencoded")


URLS = named_urls()


def test_every_url_is_fuzzed_with_its_form():
    """A new URL must be given its valid form in FORMS (or be listed as taking no
    field), so that the fuzz reaches past the form's first check."""
    assert set(FORMS).isdisjoint(NO_FIELDS)
    assert set(URLS) == set(FORMS) | NO_FIELDS
    assert set(URLS) >= ANONYMOUS | UPLOADS


# Fields whose value is one of a list: Django's choice fields refuse anything else,
# so the sweep leaves them to the property test.
CHOICES = (
    set(PRACTICE_DEFAULTS) - {"name", "retention_days", "participation_enrolment_rate"}
) | {
    *("country", "region", "worker_representation", "kind", "lang", "file_format"),
    *("tone", "channel", "layout", "role", "language", "has_dpo", "follows"),
    *("extension", "complaint-lang", "complaint-file_format", "q1"),
}
# What broke pages before, each in one field of an otherwise valid form.
SWEEP = [
    None,
    "a\x00b\x01c\x0bd\x1be\ufffef\uffff\ud800",
    "9999-12-31",
    "9" * 5000,
    "overview",
    ["1", "2"],
]


# Files that broke uploads before: text with NUL and controls, junk as each format.
UPLOAD_SWEEP = {
    "reply.txt": "Reply\x00 with\x01 controls\ufffe".encode(),
    "reply.pdf": b"%PDF-1.4\x00 not really",
    "reply.docx": b"PK\x03\x04 not really",
    "a.json": _dirty(
        {"format": "oversight.assessment/1", "workplace": {"country": "DE"}}
        | {"practices": [{"name": "", "data": ["cctv"], "purposes": ["security"]}]},
        "Title\x00\x0b",
        "Name\ud800\x1b",
    ),
}


# Bodies no form sends: another charset, a broken multipart, bytes that are not UTF-8.
RAW_BODIES = [
    ("application/x-www-form-urlencoded; charset=latin-1", b"title=abc"),
    ("multipart/form-data; boundary=x", b"--x\r\nbroken"),
    ("application/x-www-form-urlencoded", b"title=%ff%fe%00&\xff=\xfe"),
]


@contextlib.contextmanager
def reads_of_next():
    """A list that gets an entry each time something in the block looks up `next`
    by name in a request's data (the query or the form): a view, a form field, a
    template. Going through all keys, as the middleware that cleans text does, is
    not a read of `next`; nor is `in`, which Django's own parsing asks of every key
    (no view here asks whether `next` is there without reading it)."""
    reads = []
    looked_up = {
        method: getattr(MultiValueDict, method)
        for method in ("__getitem__", "get", "getlist")
    }

    def watched(method):
        def lookup(self, key, *args, **kwargs):
            if key == "next":
                reads.append(key)
            return method(self, key, *args, **kwargs)

        return lookup

    for method, original in looked_up.items():
        setattr(MultiValueDict, method, watched(original))
    try:
        yield reads
    finally:
        for method, original in looked_up.items():
            setattr(MultiValueDict, method, original)


def as_lists(form: dict) -> dict:
    """A form as `post` takes it: each key with a list of values."""
    return {
        key: value if isinstance(value, list) else [value]
        for key, value in form.items()
    }


def reads_next(world: World, client: Client, url: str, form: dict) -> bool:
    """Whether posting the URL's form, with `next` in the form and the query, looks
    `next` up."""
    probing = {**as_lists(form), "next": ["/"]}
    with reads_of_next() as reads:
        probe = partial(post, client, url, probing, {"next": "/"}, {})
        _isolated(world, client, probe)
    return bool(reads)


def _sweep(world: World, name: str, client: Client, url: str) -> None:
    """Each free field of the URL's form given each SWEEP value; each file of
    UPLOAD_SWEEP where the URL takes one. `next` gets every SWEEP value where the
    URL reads it (a first post with `next` finds out), and one hostile value
    elsewhere; the property test sends it odd values everywhere."""
    base = as_lists(FORMS.get(name, {}))
    swept = set(base) - CHOICES
    if reads_next(world, client, url, base):
        swept.add("next")
    else:
        hostile = {**base, "next": SWEEP[1:2]}
        _isolated(world, client, partial(post, client, url, hostile, {}, {}))
    for key in sorted(swept):
        for value in SWEEP:
            form = {**base, key: value if isinstance(value, list) else [value]}
            if value is None:
                del form[key]
            _isolated(world, client, partial(post, client, url, form, {}, {}))
    for filename, content in UPLOAD_SWEEP.items() if name in UPLOADS else ():
        upload = {"file": SimpleUploadedFile(filename, content)}
        _isolated(world, client, partial(post, client, url, base, {}, upload))
    for content_type, body in RAW_BODIES:
        _isolated(world, client, partial(client.post, url, body, content_type))


def _isolated(world: World, client: Client, posting) -> None:
    """Post from the world as it was: its cookies back, the post's changes undone.
    A server error raises in the test client, with the request in its traceback."""
    client.cookies.clear()
    if client is world.client:
        for key, value in world.cookies.items():
            client.cookies[key] = value
    with transaction.atomic():
        response = posting()
        transaction.set_rollback(True)
    assert response.status_code < 500, response
    # No `next` or other value sends the browser to another site.
    location = response.get("Location")
    assert location is None or url_has_allowed_host_and_scheme(
        location, {"testserver"}
    ), location


def _fuzz(world: World, name: str) -> None:
    pattern = URLS[name]
    url = reverse(name, kwargs=world.args(name, pattern))
    client = Client() if name in ANONYMOUS else world.client
    _sweep(world, name, client, url)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(posts(FORMS.get(name, {}), name in UPLOADS))
    def posted(sent):
        form, query, files = sent
        _isolated(world, client, partial(post, client, url, form, query, files))

    posted()


def test_no_hostile_post_makes_a_server_error(world):
    """Every URL in turn, from one world; every URL's failure is listed at once."""
    failures = {}
    for name in sorted(URLS):
        try:
            _fuzz(world, name)
        except Exception as failure:
            failures[name] = "".join(traceback.format_exception(failure))[-3000:]
    assert failures == {}, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())


def test_the_sweep_sees_which_urls_read_next(world):
    """The URLs that do read `next` get the whole sweep: the probe must see them."""

    def read(name: str) -> bool:
        url = reverse(name, kwargs=world.args(name, URLS[name]))
        client = Client() if name in ANONYMOUS else world.client
        return reads_next(world, client, url, FORMS.get(name, {}))

    assert read("assessment:choose_layout") and read("set_language")
    assert read("councils:login")
    assert not read("assessment:landing") and not read("documents:extension")


# URLs whose own part is free text: a token or a code, as a link carries it.
ADDRESSED = ["assessment:resume", "councils:join", "councils:take_part"]


@given(
    name=st.sampled_from(ADDRESSED),
    segment=st.one_of(st.sampled_from(ODD[:-1]), st.text(ANY_CHARACTER, min_size=1)),
    method=st.sampled_from(["get", "post"]),
)
@settings(
    max_examples=EXAMPLES * 4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_no_hostile_address_makes_a_server_error(client, name, segment, method):
    url = reverse(name, args=["TOKEN"]).replace(
        "TOKEN", quote(segment.encode("utf-8", "surrogatepass"), safe="")
    )
    response = getattr(client, method)(url)
    assert response.status_code in (200, 302, 400, 404, 410), response.status_code
