#!/usr/bin/env bash
# Prints the release bundle's sizes per kind of file: raw, gzip -9, and
# Brotli (the `.br` copy the page writer makes in release builds; what a
# host with brotli_static sends).
set -euo pipefail
dir=${1:-dist}
printf '%-6s %10s %10s %10s  %s\n' kind raw gzip brotli file
for pattern in '*.wasm' '*.js' '*.css'; do
  for f in $(find "$dir" -maxdepth 1 -name "$pattern"); do
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    br=-
    if [ -f "$f.br" ]; then br=$(stat -c %s "$f.br"); fi
    printf '%-6s %10d %10d %10s  %s\n' "${pattern#*.}" "$raw" "$gz" "$br" "$(basename "$f")"
  done
done
