"""A capability in words, in the language shown: "according to the vendor's
documentation, the product can take periodic screenshots"; and the question it
puts to the employer."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessment import labels
from catalogue.loader import Capability, Product, Source

KINDS = {
    "endpoint_activity": gettext_lazy("Activity monitoring on computers"),
    "time_tracking": gettext_lazy("Time tracking with activity and screenshots"),
    "productivity_analytics": gettext_lazy("Productivity analytics and scores"),
    "suite_analytics": gettext_lazy("Office suite analytics and audit logs"),
    "insider_risk": gettext_lazy("Insider risk and communication compliance"),
    "security_agent": gettext_lazy("Security and audit agents"),
    "speech_analytics": gettext_lazy("Call-centre speech and sentiment analytics"),
    "call_recording": gettext_lazy("Call and screen recording in call centres"),
    "location_tracking": gettext_lazy("Vehicle, delivery and location tracking"),
    "attendance_clock": gettext_lazy("Badge and biometric time clocks"),
    "proctoring": gettext_lazy("Webcam proctoring"),
}
VISIBILITY = {
    "stealth": gettext_lazy("run hidden from the person monitored (stealth)"),
    "visible": gettext_lazy("run visibly, with an icon or a notice the person sees"),
    "employee_view": gettext_lazy("show people the data about themselves"),
}
DEFAULTS = {
    True: gettext_lazy("On by default"),
    "core": gettext_lazy(
        "What the product does by design, according to its documentation (no default setting is named)"
    ),
    False: gettext_lazy("Optional: off until the employer switches it on"),
    None: gettext_lazy(
        "Optional or set by the employer (the documentation does not say it is on from the start)"
    ),
}


def what(capability: Capability) -> str:
    """What the capability does, in a few words, lowercase where it runs on."""
    field, values = capability.field, capability.values
    if field == "visibility":
        return "; ".join(str(VISIBILITY[value]) for value in values)
    if field == "retention":
        value = values[0]
        if value == "indefinite":
            return _("keep what it records without a time limit")
        return _("keep what it records for %(days)s days") % {"days": value}
    words = ", ".join(labels.answer(field, value) for value in values)
    phrases = {
        "data": _("record: %(what)s"),
        "devices": _("run on: %(what)s"),
        "when": _("record: %(what)s"),
        "inferences": _("derive: %(what)s"),
        "decisions": _("feed decisions: %(what)s"),
        "de_identification": _("show whose data it is: %(what)s"),
    }
    return phrases[field] % {"what": words}


def statement(capability: Capability) -> str:
    return _("According to the vendor's documentation, the product can %(what)s.") % {
        "what": what(capability)
    }


def feature(product: Product, capability: Capability) -> str:
    """An optional capability as a step lists it: "Hubstaff can record: ..." """
    return _("%(product)s can %(what)s.") % {
        "product": product.name,
        "what": what(capability),
    }


def question(product: Product, capability: Capability) -> str:
    """What to ask the employer about an optional capability."""
    return _(
        "%(product)s can %(what)s. Is this switched on for me, and with what "
        "settings (how often, for whom, kept for how long, seen by whom)?"
    ) % {"product": product.name, "what": what(capability)}


def read_on(source: Source) -> str:
    return date_format(source.retrieved, "DATE_FORMAT")
