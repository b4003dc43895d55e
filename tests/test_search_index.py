"""The search index answers as one types: narrowing the last answer gives what reading every row gives."""
from __future__ import annotations

import random

from coachdesk.services import list_queries as lists
from coachdesk.services.access import Actor
from tests import factories as f

NAMES = ["Zoë de Vries", "Daniël Bos", "Łukasz Nowak", "Elif Şahin", "Sem Sahin", "Dani Bosman", "Noah Bakker", "Anaïs Bos"]


def _brute(index: lists.SearchIndex, query: lists.ListQuery) -> list[str]:
    words = lists.search_form(query.text).split()
    keys = index.keys
    return [i for i, text, values in zip(keys.ids, keys.search_texts, keys.filter_values)
            if all(w in text for w in words) and all(values[n] == wanted for n, wanted in query.filters)]


def test_typing_erasing_and_filtering_in_any_order_finds_what_a_full_read_finds(database):
    with database.transaction() as session:
        school = f.school(session)
        for number, name in enumerate(NAMES * 3):
            first, last = name.split(" ", 1)
            f.student(session, school.id, first_name=first, last_name=last, school_type=["pro", "mbo2", "entree"][number % 3])
    spec = lists.LIST_SPECS["students"]
    school_type = next(n for n, flt in enumerate(spec.filters) if flt.key == "school_type")
    rng = random.Random(7)
    with database.session() as session:
        index = lists.SearchIndex(session, Actor.system(), spec)
        text, filters, narrowed = "", (), 0
        for _ in range(400):
            step = rng.random()
            if step < 0.55:
                text += rng.choice("danielbosz ëł")
            elif step < 0.85:
                text = text[:-1]
            else:
                filters = () if filters else ((school_type, rng.choice(["pro", "mbo2"])),)
            query = lists.ListQuery(text=text, filters=filters)
            last = index._last
            found = index.matching(session, Actor.system(), spec, query)
            narrowed += last is not None and len(last[2]) < len(index.keys.ids)
            assert found == _brute(index, query), (text, filters)
    assert narrowed > 20, "the narrowing path was taken"
