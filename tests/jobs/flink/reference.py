"""Seeded event generator and a plain-Python reference of the sliding-window features."""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta, timezone

import user_activity_features  # noqa: F401  (puts jobs/shared on sys.path, as the job does)
import feature_vocabulary as vocab

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
BASE = datetime(2026, 11, 1, 12, 0, 0, tzinfo=timezone.utc)

EVENT_TYPES = vocab.EVENT_TYPES


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


def _event_for_vocabulary(e: dict) -> dict:
    return {**e, "event_time": EPOCH + timedelta(milliseconds=to_ms(e["event_time"]))}


def reference_features(events, size_s: int, slide_s: int, watermarks=None) -> dict[tuple, dict]:
    """Expected output keyed by (user_id, window_start, window_end): feature_vocabulary.reference()
    (the plain-Python definition the Spark job is tested against too) over each window's events.

    `watermarks[i]` (optional) is the watermark when events[i] arrives: the event then counts only
    in its windows that have not fired yet (an event whose windows all fired is dropped).
    """
    size_ms, slide_ms = size_s * 1000, slide_s * 1000
    per_window: dict[tuple, list] = defaultdict(list)
    for i, e in enumerate(events):
        wm = watermarks[i] if watermarks is not None else None
        for ws, we in windows_of(to_ms(e["event_time"]), size_ms, slide_ms):
            if wm is not None and window_fired(we, wm):
                continue
            per_window[(iso_millis(ws), iso_millis(we))].append(_event_for_vocabulary(e))
    out = {}
    for (ws, we), evs in per_window.items():
        for user, values in vocab.reference(evs, vocab.STREAMING).items():
            out[(user, ws, we)] = {"user_id": user, "window_start": ws, "window_end": we, **values}
    return out


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
        for f in vocab.STREAMING_FEATURES:
            if isinstance(exp[f], float):
                assert abs(got[f] - exp[f]) < 1e-6, f"{k} {f}: got {got[f]} expected {exp[f]}"
            else:
                assert got[f] == exp[f], f"{k} {f}: got {got[f]} expected {exp[f]}"
