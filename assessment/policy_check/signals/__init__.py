"""Every signal, by topic (one module each); the order is the order in which
they are tried, which decides between two of the same length at one place."""

from assessment import questionnaire

from . import (
    activity,
    ai,
    communications,
    devices,
    governance,
    keyboard_and_mouse,
    participation,
    purposes,
    recipients,
    retention,
    screens,
)

SIGNALS = (
    *ai.SIGNALS,
    *keyboard_and_mouse.SIGNALS,
    *screens.SIGNALS,
    *communications.SIGNALS,
    *activity.SIGNALS,
    *retention.SIGNALS,
    *devices.SIGNALS,
    *recipients.SIGNALS,
    *purposes.SIGNALS,
    *participation.SIGNALS,
    *governance.SIGNALS,
)
# The practice's answers that are lists: a proposal adds to them, and each of their
# values may be proposed; any other answer is proposed once.
LIST_PATHS = questionnaire.LIST_PATHS
# Every fact path the check can propose.
PATHS = frozenset(
    path
    for signal in SIGNALS
    for reading in (signal, signal.milder)
    if reading is not None
    for path, _value in reading.proposals
)
RETENTION_SIGNALS = {
    "retention-period",
    "retention-open-ended",
    "retention-employment",
    "retention-as-needed",
}
