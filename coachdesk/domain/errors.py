"""Errors that a user can act on. Their text names what is wrong and what to do."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from coachdesk.domain.i18n import translate


class UserError(Exception):
    """An error caused by input or circumstances, not by a bug: shown without a traceback."""

    context = "Errors"

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text)
        self.text = text
        self.params = params

    def __str__(self) -> str:
        return translate(self.context, self.text).format(**self.params)


class CommandLineError(UserError):
    """A refusal of the command line itself (its text in context "CommandLine")."""

    context = "CommandLine"


class DataFileError(UserError):
    """The data file or folder cannot be used (corrupt, locked, newer, not writable)."""


class DamagedDataFile(DataFileError):
    """The data file cannot be read: the desktop app offers the latest backup."""


class WrongPassphrase(DataFileError):
    """The passphrase does not open an encrypted file (SQLCipher cannot tell this from a damaged first page)."""


class NotFound(UserError):
    pass


class AccessDenied(UserError):
    pass


class TransitionError(UserError):
    pass


@dataclass
class FieldError:
    field: str
    label: str  # untranslated source text, see coachdesk.domain.schema
    text: str
    # dataclasses.field, spelled out: the attribute "field" above hides the bare name in this class body
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def message(self) -> str:
        label = translate("Fields", self.label)
        return translate("Validation", self.text).format(label=label, **self.params)


class ValidationError(UserError):
    """One or more fields are wrong; each error names its field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("validation")
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message() for e in self.errors}

    def __str__(self) -> str:
        return " ".join(e.message() for e in self.errors)
