"""The alignment's dynamic programme drops cells that cannot be on a cheapest way; the way it
finds is the one the full programme (every cell of the band) finds, ties included."""

from __future__ import annotations

import random

from audiocast.timing import _best_paths

Readings = list[tuple[tuple[str, ...], ...]]


def _full(readings: Readings, units: list[tuple[str, ...]]) -> list[list[int]]:
    """The programme over every cell of the band, as it was before cells were dropped."""
    n, m = len(readings), len(units)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    mosts = [max(4, 2 * max(map(len, r)) + 2) for r in readings]
    reach, left = 0, sum(mosts)
    for i in range(1, n + 1):
        most = mosts[i - 1]
        reach, left = reach + most, left - most
        for j in range(max(0, m - left), min(m, reach) + 1):
            for k in range(min(most, j) + 1):
                if best[i - 1][j - k] == inf:
                    continue
                words = tuple(w for u in units[j - k: j] for w in u)
                cost = inf
                for expected in readings[i - 1]:
                    n_e, count = len(expected), len(words)
                    chars_e, chars = sum(map(len, expected)), sum(map(len, words))
                    if expected == words:
                        one = 0.0
                    elif not n_e or not count:
                        one = 2.0 * max(n_e, count) + 1.0
                    else:
                        one = 1.0 + 0.5 * abs(n_e - count) + abs(chars_e - chars) / max(chars_e, 4)
                    cost = min(cost, one)
                if best[i - 1][j - k] + cost < best[i][j]:
                    best[i][j], back[i][j] = best[i - 1][j - k] + cost, k
    return back


def _way(back: list[list[int]], n: int, m: int) -> list[int]:
    taken, j = [], m
    for i in range(n, 0, -1):
        taken.append(back[i][j])
        j -= back[i][j]
    return taken[::-1]


VOCABULARY = ["och", "en", "tre", "noll", "åtta", "kronor", "hej", "a", "stora", "fyrahundra", "x"]


def _case(rng: random.Random) -> tuple[Readings, list[tuple[str, ...]]]:
    """Tokens read as one to three words (some with a second, digit-wise reading, some not said
    at all), and the voice's words: mostly what was read, with words dropped, added, changed,
    split or run together."""
    readings: Readings = []
    for _ in range(rng.randint(1, 14)):
        first = tuple(rng.choice(VOCABULARY) for _ in range(rng.choice([0, 1, 1, 1, 2, 3])))
        second = tuple(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 4)))
        readings.append((first, second) if rng.random() < 0.2 else (first,))
    said = [w for r in readings for w in r[0]]
    units: list[tuple[str, ...]] = []
    for w in said:
        roll = rng.random()
        if roll < 0.08:
            continue
        if roll < 0.16:
            units.append((rng.choice(VOCABULARY),))
        elif roll < 0.22 and units:
            units[-1] = units[-1] + (w,)
        else:
            units.append((w,))
        if rng.random() < 0.05:
            units.append(())
    return readings, units or [("hm",)]


def test_the_dropped_cells_never_change_the_cheapest_way() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        readings, units = _case(rng)
        n, m = len(readings), len(units)
        assert _way(_best_paths(readings, units), n, m) == _way(_full(readings, units), n, m), (readings, units)
