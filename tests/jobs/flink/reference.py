"""Seeded event generator and a plain-Python reference of the sliding-window features."""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
BASE = datetime(2026, 11, 1, 12, 0, 0, tzinfo=timezone.utc)
EVENT_TYPES = ("view", "click", "add_to_cart", "purchase")


def iso_millis(ms: int) -> str:
    dt = EPOCH + timedelta(milliseconds=ms)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def to_ms(iso: str) -> int:
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    return (dt - EPOCH) // timedelta(milliseconds=1)


def make_events(seed: int, n: int, *, users: int = 5, start_ms: int | None = None, step_ms: int = 700,
                jitter_ms: int = 0) -> list[dict]:
    """n events in a roughly increasing time order; `jitter_ms` pulls timestamps back by up to that
    much (out of order, but never more than jitter_ms behind the running maximum)."""
    rnd = random.Random(seed)
    t = (BASE - EPOCH) // timedelta(milliseconds=1) if start_ms is None else start_ms
    events = []
    for _ in range(n):
        t += rnd.randint(0, step_ms)
        ts = t - (rnd.randint(0, jitter_ms) if jitter_ms else 0)
        events.append(make_event(rnd, ts, users))
    return events


def make_event(rnd: random.Random, ts_ms: int, users: int = 5) -> dict:
    u = rnd.randrange(users)
    etype = rnd.choice(EVENT_TYPES)
    return {
        "user_id": f"u{u}",
        "session_id": f"s{u}-{rnd.randrange(3)}",
        "item_id": f"i{rnd.randrange(8)}",
        "event_type": etype,
        "price": round(rnd.uniform(1, 100), 2) if etype in ("add_to_cart", "purchase") else 0.0,
        "event_time": iso_millis(ts_ms),
    }


def windows_of(ts_ms: int, size_ms: int, slide_ms: int):
    """Epoch-aligned HOP windows [start, end) containing ts (as Flink assigns them)."""
    last_start = ts_ms - (ts_ms % slide_ms)
    start = last_start
    while start > ts_ms - size_ms:
        yield start, start + size_ms
        start -= slide_ms


def window_fired(window_end_ms: int, watermark_ms: int) -> bool:
    """Flink fires an event-time window [start, end) once the watermark reaches end - 1 ms."""
    return window_end_ms - 1 <= watermark_ms


def reference_features(events, size_s: int, slide_s: int, watermarks=None) -> dict[tuple, dict]:
    """Expected output keyed by (user_id, window_start, window_end).

    `watermarks[i]` (optional) is the watermark when events[i] arrives: the event then counts only
    in its windows that have not fired yet (an event whose windows all fired is dropped).
    """
    size_ms, slide_ms = size_s * 1000, slide_s * 1000
    acc: dict[tuple, dict] = defaultdict(
        lambda: {"n": 0, "sessions": set(), "items": set(), "price": 0.0, "purchases": 0}
    )
    for i, e in enumerate(events):
        wm = watermarks[i] if watermarks is not None else None
        for ws, we in windows_of(to_ms(e["event_time"]), size_ms, slide_ms):
            if wm is not None and window_fired(we, wm):
                continue
            a = acc[(e["user_id"], iso_millis(ws), iso_millis(we))]
            a["n"] += 1
            a["sessions"].add(e["session_id"])
            a["items"].add(e["item_id"])
            a["price"] += e["price"]
            a["purchases"] += e["event_type"] == "purchase"
    return {
        k: {
            "user_id": k[0],
            "window_start": k[1],
            "window_end": k[2],
            "event_count": a["n"],
            "distinct_sessions": len(a["sessions"]),
            "distinct_items": len(a["items"]),
            "total_price": a["price"],
            "purchase_count": a["purchases"],
        }
        for k, a in acc.items()
    }


def assert_features_equal(actual_rows, expected: dict[tuple, dict]) -> None:
    actual: dict[tuple, dict] = {}
    dups = []
    for r in actual_rows:
        k = (r["user_id"], r["window_start"], r["window_end"])
        if k in actual:
            dups.append(k)
        actual[k] = r
    assert not dups, f"duplicate windows: {dups[:5]}"
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    assert not missing and not extra, f"missing {len(missing)} {missing[:5]}, extra {len(extra)} {extra[:5]}"
    for k, exp in expected.items():
        got = actual[k]
        for f in ("event_count", "distinct_sessions", "distinct_items", "purchase_count"):
            assert got[f] == exp[f], f"{k} {f}: got {got[f]} expected {exp[f]}"
        assert abs(got["total_price"] - exp["total_price"]) < 1e-6, f"{k} total_price {got} vs {exp}"
