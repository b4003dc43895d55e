"""Every choice shows its own words, also where two lists share a code ("bol" as a pathway and as a kind of place)."""
from __future__ import annotations

import enum

from coachdesk.domain import models as m
from coachdesk.domain.labels import choice_label


def _enums() -> list[type[enum.Enum]]:
    return [v for v in vars(m).values() if isinstance(v, type) and issubclass(v, enum.Enum) and issubclass(v, str) and v.__module__ == m.__name__]


def test_members_that_share_a_code_keep_their_own_label():
    by_code: dict[str, list[enum.Enum]] = {}
    for kind in _enums():
        for member in kind:
            by_code.setdefault(member.value, []).append(member)
    shared = [members for members in by_code.values() if len(members) > 1]
    assert shared, "the case this test guards exists"
    for members in shared:
        labels = [choice_label(member) for member in members]
        assert len(set(labels)) == len(labels), f"{members} read alike: {labels}"
    assert choice_label(m.Leerweg.BOL) != choice_label(m.PlaceLeerweg.BOL) and "place" in choice_label(m.PlaceLeerweg.BOL)
