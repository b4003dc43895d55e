"""The passphrase that encrypts the data file: the minimum, and a hint of how strong it is.

There is no way to recover data without the passphrase, so the rules ask for
length (a sentence of a few words is long and easy to remember) rather than for
symbols the user will forget.
"""
from __future__ import annotations

import math

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Too short: use at least 10 characters, for example a few words."),
    QT_TRANSLATE_NOOP("Passphrase", "Weak: add a word or two."),
    QT_TRANSLATE_NOOP("Passphrase", "Fair: a longer sentence is better."),
    QT_TRANSLATE_NOOP("Passphrase", "Strong."),
)
MSG_TOO_SHORT = QT_TRANSLATE_NOOP("Passphrase", "The passphrase is too short: use at least {minimum} characters, for example a few words.")
MSG_NOT_THE_SAME = QT_TRANSLATE_NOOP("Passphrase", "The two passphrases are not the same. Type them again.")


class PassphraseRejected(UserError):
    context = "Passphrase"


def strength(passphrase: str) -> int:
    """0 (too short) to 3 (strong), from a rough estimate of the bits an attacker must guess."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    pool = sum(size for present, size in (
        (any(c.islower() for c in passphrase), 26),
        (any(c.isupper() for c in passphrase), 26),
        (any(c.isdigit() for c in passphrase), 10),
        (any(not c.isalnum() for c in passphrase), 33),
    ) if present)
    # Repeats ("aaaaaaaaaa") add little: count distinct characters at full value, the rest at half.
    distinct = len(set(passphrase))
    bits = (distinct + (len(passphrase) - distinct) / 2) * math.log2(max(pool, 2))
    return 1 if bits < 50 else 2 if bits < 75 else 3


def strength_hint(passphrase: str) -> str:
    return translate("Passphrase", STRENGTH_LABELS[strength(passphrase)])


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise PassphraseRejected for a passphrase that may not encrypt a data file."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseRejected(MSG_TOO_SHORT, minimum=MIN_LENGTH)
    if repeated is not None and repeated != passphrase:
        raise PassphraseRejected(MSG_NOT_THE_SAME)
