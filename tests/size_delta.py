#!/usr/bin/env python3
"""What the map and the calendar add to the wasm bundle (gzip -9).

A measurement, not a test (`make size-delta`). It copies the tracked files
into a scratch directory three times: as they are, without the map (no
<MapView> on the home and place pages), and without the calendar (its two
pages show "not found", no event lists on places). Each copy is built
with trunk like `make dist`, and the script prints the sizes and the
differences. The compiler drops whatever nothing reaches any more, so a
difference is everything that feature brings in: its components, its pure
core and the generic code instantiated only for it.

If a cut below no longer matches the source, the script stops and says
which: update the cut with the code.
"""

import gzip
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent

# file -> [(pattern, replacement)]; each pattern must match exactly once.
CUTS = {
    "map": {
        "src/ui/home.rs": [(r"<MapView\b.*?/>", "")],
        "src/ui/place_page.rs": [(r"<MapView\b.*?/>", "")],
    },
    "calendar": {
        "src/app.rs": [
            (r"Page::Calendar => view! \{ <CalendarPage /> \}", "Page::Calendar => view! { <NotFound /> }"),
            (r"Page::Event\(_\) => view! \{ <EventPage /> \}", "Page::Event(_) => view! { <NotFound /> }"),
        ],
        "src/ui/map/panel.rs": [(r"<PlaceEvents [^>]*/>", "")],
        "src/ui/place_page.rs": [(r"view! \{ <PlaceEvents [^>]*/> \}", "()")],
    },
}


def copy_tree(dest: pathlib.Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.split(b"\0")
    for f in filter(None, files):
        src = ROOT / os.fsdecode(f)
        if src.is_file():
            (dest / os.fsdecode(f)).parent.mkdir(parents=True, exist_ok=True)
            # Fresh mtimes: the variants share one target directory, and
            # cargo would take older sources for an up-to-date build.
            shutil.copy(src, dest / os.fsdecode(f))


def cut(dest: pathlib.Path, edits: dict) -> None:
    for name, subs in edits.items():
        path = dest / name
        text = path.read_text(encoding="utf-8")
        for pattern, replacement in subs:
            text, n = re.subn(pattern, replacement, text, flags=re.S)
            if n != 1:
                sys.exit(f"size_delta: `{pattern}` matched {n} times in {name}; update the cut")
        path.write_text(text, encoding="utf-8")


def build(dest: pathlib.Path) -> int:
    dist = dest / "dist"
    env = dict(os.environ, CARGO_TARGET_DIR=str(ROOT / "target" / "size-delta"))
    # The same cfg as .cargo/config.toml (RUSTFLAGS replaces it); cut code
    # leaves unused imports behind, which is not this build's concern.
    env["RUSTFLAGS"] = "--cfg erase_components -A warnings"
    subprocess.run(
        ["trunk", "--config", "Trunk.toml", "build", "--release", "--offline", "--dist", str(dist)],
        cwd=dest, env=env, check=True, stdout=subprocess.DEVNULL,
    )
    (wasm,) = dist.glob("*.wasm")
    return len(gzip.compress(wasm.read_bytes(), compresslevel=9))


def main() -> None:
    sizes = {}
    with tempfile.TemporaryDirectory() as tmp:
        for variant in ["app", *CUTS]:
            dest = pathlib.Path(tmp) / variant
            copy_tree(dest)
            if variant in CUTS:
                cut(dest, CUTS[variant])
            sizes[variant] = build(dest)
            print(f"built {variant}: {sizes[variant] / 1000:.1f} KB", file=sys.stderr)
    app = sizes["app"]
    print(f"wasm, gzip -9: {app / 1000:.1f} KB")
    for variant in CUTS:
        print(f"  the {variant} adds {(app - sizes[variant]) / 1000:.1f} KB "
              f"(without it: {sizes[variant] / 1000:.1f} KB)")


if __name__ == "__main__":
    main()
