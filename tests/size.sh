#!/usr/bin/env bash
# Prints the release bundle's sizes, raw and gzip -9, per kind of file.
set -euo pipefail
dir=${1:-dist}
printf '%-6s %10s %10s  %s\n' kind raw gzip file
for pattern in '*.wasm' '*.js' '*.css'; do
  for f in $(find "$dir" -maxdepth 1 -name "$pattern"); do
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    printf '%-6s %10d %10d  %s\n' "${pattern#*.}" "$raw" "$gz" "$(basename "$f")"
  done
done
