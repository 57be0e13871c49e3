#!/usr/bin/env python3
"""Reads the .ics files written by `cargo test` (tests/ics.rs, tests/trip.rs)
back with an independent parser (the `icalendar` package) and compares them
with the fields the Rust tests expected (expected.json in DIR and in each
of its subfolders, naming the files beside it).

    ICS_OUT=/tmp/ics cargo test --test ics && python3 tests/ics_check.py /tmp/ics

Exits 0 when every file parses and every field matches, 1 with a list of
mismatches otherwise, 2 when the input or the package is missing.
"""

import datetime
import json
import pathlib
import sys

try:
    import icalendar
except ImportError:
    sys.exit("ics_check: the Python package 'icalendar' is missing (pip install icalendar)")


def when(prop):
    """A DTSTART/DTEND as the Rust test writes it: YYYYMMDD or YYYYMMDDTHHMMSSZ."""
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return f"floating time {value.isoformat()}"
        return value.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def text(prop):
    """A TEXT property unescaped by the parser, or "" when absent."""
    return "" if prop is None else str(prop)


def check_event(name, event, want, problems):
    uid = str(event.get("uid"))

    def same(field, got, expected):
        if got != expected:
            problems.append(f"{name} {uid}: {field} is {got!r}, expected {expected!r}")

    same("SUMMARY", text(event.get("summary")), want["summary"])
    same("DTSTART", when(event.get("dtstart")), want["dtstart"])
    same("DTEND", when(event.get("dtend")), want["dtend"])
    same("LOCATION", text(event.get("location")), want["location"])
    same("DESCRIPTION", text(event.get("description")), want["description"] or "")
    geo = event.get("geo")
    if want["geo"] is None:
        same("GEO", None if geo is None else (geo.latitude, geo.longitude), None)
    elif geo is None:
        problems.append(f"{name} {uid}: GEO is missing, expected {want['geo']}")
    elif abs(geo.latitude - want["geo"][0]) > 1e-6 or abs(geo.longitude - want["geo"][1]) > 1e-6:
        problems.append(f"{name} {uid}: GEO is {geo.latitude};{geo.longitude}, expected {want['geo']}")
    for required in ("dtstamp", "url", "categories"):
        if event.get(required) is None:
            problems.append(f"{name} {uid}: {required.upper()} is missing")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ics_check.py DIR  (DIR holds the .ics files and expected.json)")
    folder = pathlib.Path(sys.argv[1])
    # Each test file writes its own expected.json: tests/ics.rs into DIR,
    # others (tests/trip.rs) into a subfolder, so none replaces another's.
    expected = {}
    lists = [folder / "expected.json"] + sorted(folder.glob("*/expected.json"))
    for listing in lists:
        try:
            found = json.loads(listing.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            print(f"ics_check: cannot read {listing}: {err}", file=sys.stderr)
            return 2
        prefix = listing.parent.relative_to(folder)
        for name, events in found.items():
            expected[str(prefix / name)] = events
    if not expected:
        print("ics_check: expected.json lists no files", file=sys.stderr)
        return 2

    problems = []
    for name, events in expected.items():
        try:
            cal = icalendar.Calendar.from_ical((folder / name).read_bytes())
        except Exception as err:  # noqa: BLE001 - any parse failure is a finding
            problems.append(f"{name}: does not parse: {err}")
            continue
        for field, value in (("VERSION", "2.0"), ("PRODID", "-//Selijas salas//LV")):
            if str(cal.get(field)) != value:
                problems.append(f"{name}: {field} is {cal.get(field)!r}, expected {value!r}")
        found = {str(e.get("uid")): e for e in cal.walk("VEVENT")}
        if len(found) != len(events):
            problems.append(f"{name}: {len(found)} events, expected {len(events)}")
        for want in events:
            event = found.get(want["uid"])
            if event is None:
                problems.append(f"{name}: no event with UID {want['uid']}")
            else:
                check_event(name, event, want, problems)

    if problems:
        print(f"ics_check: {len(problems)} mismatch(es) in {folder}:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    count = sum(len(v) for v in expected.values())
    print(f"ics_check: {len(expected)} files, {count} events match (icalendar {icalendar.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
