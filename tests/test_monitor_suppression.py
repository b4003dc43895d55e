"""Figures that leave the school never show a count from 1 to 4, nor a total that gives a hidden count away.

The checker below knows nothing of how ``monitor.suppress`` chooses what to hide: it reads only the
output, as a reader outside the school would, and tries to work out a small count.
"""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import indicators as ind
from coachdesk.services import monitor

PERIOD = monitor.Period(date(2025, 8, 1), date(2026, 7, 31))
COUNTS = [i.id for i in ind.INDICATORS if i.kind == ind.COUNT and i.about == ind.STUDENTS]
SHARES = [i.id for i in ind.INDICATORS if i.kind == ind.SHARE]
SMALLISH = st.one_of(st.integers(0, 6), st.integers(0, 40))


@st.composite
def figures(draw):
    group_count = draw(st.integers(1, 6))
    groups = []
    for index in range(group_count):
        values: dict = {name: draw(SMALLISH) for name in COUNTS}
        for name in SHARES:
            of = draw(SMALLISH)
            values[name] = {"n": draw(st.integers(0, of)), "of": of}
        values["days_to_place_spread"] = {label: draw(SMALLISH) for label, _low, _high in ind.SPREAD_BANDS}
        reasons = draw(st.dictionaries(st.sampled_from(["conflict", "mismatch", "health", "not_coded"]), st.integers(0, 8), max_size=4))
        values["placements_ended_early_reasons"] = reasons
        values["placements_ended_early"] = sum(reasons.values())
        values["days_to_place_median"] = draw(st.one_of(st.none(), st.integers(0, 300)))
        destinations = draw(st.dictionaries(st.sampled_from(["werk", "mbo_bol", "none", "not_recorded"]), st.integers(0, 9), max_size=4))
        values["left_destination"] = destinations
        values["left"] = sum(destinations.values())
        groups.append({"key": f"g{index}", "label": f"groep {index}", "indicators": values})
    totals: dict = {}
    for name in COUNTS:
        totals[name] = sum(group["indicators"][name] for group in groups)
    for name in SHARES:
        totals[name] = {part: sum(group["indicators"][name][part] for group in groups) for part in ("n", "of")}
    for name in ("days_to_place_spread", "placements_ended_early_reasons", "left_destination"):
        merged: dict = {}
        for group in groups:
            for label, count in group["indicators"][name].items():
                merged[label] = merged.get(label, 0) + count
        totals[name] = merged
    totals["days_to_place_median"] = 40
    return monitor.Figures(PERIOD, "school", totals, groups, outside=True)


def _visible_small(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 5


def _cells(row: dict):
    for name, value in row.items():
        if isinstance(value, dict):
            yield from ((f"{name}.{part}", inner) for part, inner in value.items())
        else:
            yield name, value


def _revealed(total, parts) -> bool:
    """Whether a reader can compute a hidden small part (or a hidden total) from what is shown."""
    hidden = [p for p in parts if p in monitor.HIDDEN]
    if total in monitor.HIDDEN:
        return not hidden and sum(parts) > 0  # every part shown: the total is their sum
    if any(not isinstance(p, int) for p in parts if p not in monitor.HIDDEN):
        raise AssertionError(f"a part is neither a count nor hidden: {parts}")
    return len(hidden) == 1  # the one hidden part is the total minus the others


@settings(max_examples=300, deadline=None)
@given(figures())
def test_no_small_count_and_no_total_that_reveals_one(data):
    rows = [data.indicators] + [group["indicators"] for group in data.groups]
    monitor.suppress(data)
    for row in rows:
        for name, value in _cells(row):
            if ind.BY_ID[name.split(".")[0]].kind != ind.MEDIAN:  # a median is no count: it is checked below, by the places behind it
                assert not _visible_small(value), f"{name} shows {value}"
        for name in SHARES:  # of - n is a count too: a reader subtracts
            n, of = row[name]["n"], row[name]["of"]
            if isinstance(n, int) and isinstance(of, int):
                assert not 0 < of - n < 5, f"{name}: {of} - {n} reveals a small rest"
        reasons = row["placements_ended_early_reasons"]
        assert not _revealed(row["placements_ended_early"], list(reasons.values()))
        assert not _revealed(row["left"], list(row["left_destination"].values()))
        if row["days_to_place_median"] not in (None, *monitor.HIDDEN):
            bands = list(row["days_to_place_spread"].values())
            assert not set(bands) & set(monitor.HIDDEN) and sum(bands) >= 5
    for name in COUNTS:
        assert not _revealed(data.indicators[name], [group["indicators"][name] for group in data.groups]), name
    for name in SHARES:
        for part in ("n", "of"):
            assert not _revealed(data.indicators[name][part], [group["indicators"][name][part] for group in data.groups]), (name, part)
    for name in ("days_to_place_spread", "placements_ended_early_reasons", "left_destination"):
        for label in data.indicators[name]:
            assert not _revealed(data.indicators[name][label], [group["indicators"][name].get(label, 0) for group in data.groups]), (name, label)


def test_a_share_hides_n_when_only_a_few_did_not_stay():
    figures = monitor.Figures(PERIOD, None, {"retained_3m": {"n": 20, "of": 22}})
    monitor.suppress(figures)
    assert figures.indicators["retained_3m"] == {"n": "x", "of": 22}  # 2 did not stay: n would tell it


def test_one_small_group_hides_a_second_one_and_keeps_the_total():
    groups = [{"key": k, "label": k, "indicators": {"left": v}} for k, v in (("a", 3), ("b", 9), ("c", 12))]
    figures = monitor.Figures(PERIOD, "school", {"left": 24}, groups, outside=True)
    monitor.suppress(figures)
    assert [g["indicators"]["left"] for g in figures.groups] == ["<5", "x", 12]
    assert figures.indicators["left"] == 24


def test_zero_is_not_hidden_and_a_lone_small_cell_hides_the_total():
    groups = [{"key": k, "label": k, "indicators": {"left": v}} for k, v in (("a", 3), ("b", 0))]
    figures = monitor.Figures(PERIOD, "school", {"left": 3}, groups, outside=True)
    monitor.suppress(figures)
    assert [g["indicators"]["left"] for g in figures.groups] == ["<5", 0] and figures.indicators["left"] == "<5"
