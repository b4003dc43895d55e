"""The passphrase that encrypts the data file: the minimum, and a hint of how strong it is.

There is no way to recover data without the passphrase, so the rules ask for
length (a sentence of a few words is long and easy to remember) and use a
maintained strength estimator (zxcvbn) that knows common passwords, keyboard
patterns, digit runs and dictionary words with a few digits added. Dutch words
every attacker tries first ("wachtwoord", "welkom", ...) are given to it as well.
zxcvbn is imported only when a new passphrase is judged, not at start-up.
"""
from __future__ import annotations

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn's 0-4 scale: 3 is "safely unguessable" (about 10^10 guesses)
COMMON_DUTCH = ("wachtwoord", "paswoord", "welkom", "geheim", "coachdesk", "school", "stagiair", "leerling", "wachtwoord123")
STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Too short: use at least 10 characters, for example a few words."),
    QT_TRANSLATE_NOOP("Passphrase", "Weak: add a word or two."),
    QT_TRANSLATE_NOOP("Passphrase", "Fair: a longer sentence is better."),
    QT_TRANSLATE_NOOP("Passphrase", "Strong."),
)
MSG_TOO_SHORT = QT_TRANSLATE_NOOP("Passphrase", "The passphrase is too short: use at least {minimum} characters, for example a few words.")
MSG_TOO_WEAK = QT_TRANSLATE_NOOP(
    "Passphrase", "The passphrase is too easy to guess (a common word, a run of digits or a known password). "
    "Use a short sentence of a few uncommon words instead.")
MSG_NOT_THE_SAME = QT_TRANSLATE_NOOP("Passphrase", "The two passphrases are not the same. Type them again.")


class PassphraseRejected(UserError):
    context = "Passphrase"


def _score(passphrase: str) -> int:
    from zxcvbn import zxcvbn

    return int(zxcvbn(passphrase[:100], user_inputs=list(COMMON_DUTCH))["score"])  # (zxcvbn is slow on very long input)


def strength(passphrase: str) -> int:
    """0 (too short) to 3 (strong enough to encrypt the data), from zxcvbn's estimate."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    score = _score(passphrase)
    return 1 if score < 2 else 2 if score < MIN_SCORE else 3


def strength_hint(passphrase: str) -> str:
    return translate("Passphrase", STRENGTH_LABELS[strength(passphrase)])


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise PassphraseRejected for a passphrase that may not encrypt a data file."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseRejected(MSG_TOO_SHORT, minimum=MIN_LENGTH)
    if repeated is not None and repeated != passphrase:
        raise PassphraseRejected(MSG_NOT_THE_SAME)
    if _score(passphrase) < MIN_SCORE:
        raise PassphraseRejected(MSG_TOO_WEAK)
