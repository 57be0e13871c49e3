#!/usr/bin/env bash
# The size test (run by `make test` after its release build): fails when
# the wasm, compressed as it is sent (Brotli, the page writer's `.br` copy;
# and gzip -9, for hosts without Brotli), is larger than its limit in
# tests/size-limit.txt. A commit that raises a limit says what for and by
# how much; one that cuts the bundle lowers it (to the size reached,
# rounded up to the next 5 KB).
set -euo pipefail
dir=${1:-dist-test}
limits=$(dirname "$0")/size-limit.txt
limit() { awk -v k="$1" '$1 == k { print $2 }' "$limits"; }
wasm=$(find "$dir" -maxdepth 1 -name '*.wasm' | head -n 1)
if [ -z "$wasm" ]; then
  echo "size test: no .wasm in $dir (build it first)" >&2
  exit 1
fi
if [ ! -f "$wasm.br" ]; then
  echo "size test: no $wasm.br (a release build writes it: selija-pages --compress)" >&2
  exit 1
fi
br=$(stat -c %s "$wasm.br")
gz=$(gzip -9 -c "$wasm" | wc -c)
status=0
for entry in "wasm.br $br" "wasm.gz $gz"; do
  set -- $entry
  max=$(limit "$1")
  if [ -z "$max" ]; then
    echo "size test: no limit for $1 in $limits" >&2
    exit 1
  fi
  if [ "$2" -gt "$max" ]; then
    echo "size test: $1 is $2 bytes, over its limit of $max ($limits)" >&2
    status=1
  else
    echo "size test: $1 $2 bytes (limit $max)"
  fi
done
exit $status
