"""Every reading the policy check gives on every labelled text, as JSON lines.

Run `python -m tests.policy.readings_dump > before.jsonl` before a change to the policy
reader that must read the same (a refactor), and again after it: the two files must be
identical (`cmp`). For each sentence of every policy batch, each reply sentence of every
reply-facts batch (read as the app reads replies: their own sentences) and each whole
reply of every reply batch: the phrases found (where, which signal, which nested),
the suggestions and the proposals; then the signals' own records (patterns aside).
Plain Python, no Django.
"""

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLICY = sorted((ROOT / "tests" / "policy").glob("sentences*.toml"))
FOLLOWUP = ROOT / "tests" / "followup"
FACTS = sorted(FOLLOWUP.glob("reply_facts*.toml"))
REPLIES = sorted(FOLLOWUP.glob("replies*.toml"))


def _signal(signal) -> list:
    return [signal.slug, signal.reason, [list(p) for p in signal.proposals]]


def reading(text: str) -> dict:
    from assessment import policy_check

    highlights = policy_check.find_signals(text)
    return {
        "text": text,
        "found": [
            [h.start, h.end, *_signal(h.signal), [s.slug for s in h.inside]]
            for h in highlights
        ],
        "suggested": [
            [s.path, s.value, s.reason]
            for s in policy_check.suggestions(text, highlights)
        ],
        "proposed": [list(p) for p in policy_check.proposals(text, highlights)],
    }


def texts():
    from documents import replies

    for path in POLICY:
        with path.open("rb") as file:
            for sentence in tomllib.load(file)["sentence"]:
                yield path.name, sentence["text"]
    for path in FACTS:
        with path.open("rb") as file:
            for sentence in tomllib.load(file)["sentence"]:
                yield path.name, replies.statements(sentence["text"])
    for path in REPLIES:
        with path.open("rb") as file:
            for reply in tomllib.load(file)["reply"]:
                yield path.name, reply["text"]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from assessment import policy_check

    out = sys.stdout
    for batch, text in texts():
        out.write(json.dumps({"batch": batch, **reading(text)}, ensure_ascii=False))
        out.write("\n")
    for signal in policy_check.SIGNALS:
        record = [signal.label, signal.explanation, signal.deniable, signal.nested]
        milder = signal.milder and _signal(signal.milder)
        out.write(json.dumps([*_signal(signal), *record, milder], ensure_ascii=False))
        out.write("\n")
    out.write(json.dumps(sorted(policy_check.PATHS)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
