#!/usr/bin/env bash
# Side by side with a peer: Microsoft Recognizers-Text (npm @microsoft/recognizers-text-suite,
# pinned in package.json/package-lock.json; numbers + percentages + dimensions, English) and
# claimscope extract, over arXiv-snapshot lines made by tests/ClaimScope.CorpusGenerator.
#
#   tests/peer/run-peer.sh [PEER_SIZE=300KB] [CLAIMSCOPE_SIZE=100MB]
#
# Both files come from the same seed, so the peer's file is the first PEER_SIZE of claimscope's:
# the peer is slow, claimscope needs a larger file for its speed to show over its start-up.
# claimscope is also run over the peer's own file, for the counts on exactly the same abstracts.
# Prints MB/s per wall second and per CPU second for both, and the ratios.
set -euo pipefail
peer_size=${1:-300KB}
claimscope_size=${2:-100MB}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --silent)
dotnet build "$root/src/ClaimScope.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/tests/ClaimScope.CorpusGenerator" -c Release -v quiet -nologo >/dev/null
generate() { dotnet "$root/tests/ClaimScope.CorpusGenerator/bin/Release/net10.0/ClaimScope.CorpusGenerator.dll" "$@" --data "$root/data" 2>/dev/null; }
generate "$work/peer.jsonl" "$peer_size" --seed 1
generate "$work/claimscope.jsonl" "$claimscope_size" --seed 1
claimscope=(dotnet "$root/src/ClaimScope.Cli/bin/Release/net10.0/claimscope.dll")

echo "load before: $(uptime)"
peer=$(node "$here/peer.js" "$work/peer.jsonl")
/usr/bin/time -f '%e %U %S' -o "$work/time" "${claimscope[@]}" extract "$work/claimscope.jsonl" --format jsonl > "$work/claims.jsonl"
read -r wall user sys < "$work/time"
same_claims=$("${claimscope[@]}" extract "$work/peer.jsonl" --format jsonl 2>/dev/null | wc -l)
echo "load after:  $(uptime)"

field() { sed -E "s/.*\"$1\":([0-9.eE+-]+).*/\1/" <<<"$peer"; }
bytes=$(stat -c %s "$work/claimscope.jsonl")
awk -v pb="$(field bytes)" -v pw="$(field seconds)" -v pc="$(field cpuSeconds)" \
    -v pn="$(field numbers)" -v pp="$(field percentages)" -v pd="$(field dimensions)" -v pr="$(field papers)" \
    -v cb="$bytes" -v cw="$wall" -v cc="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" -v sc="$same_claims" 'BEGIN {
  printf "peer (Recognizers-Text):  %8.3f MB/s wall  %8.3f MB/s per CPU s  over %.2f MB (%d papers): %d numbers, %d percentages, %d dimensions\n", pb/1e6/pw, pb/1e6/pc, pb/1e6, pr, pn, pp, pd
  printf "claimscope extract:       %8.1f MB/s wall  %8.1f MB/s per CPU s  over %.2f MB; %d claims in the peer'"'"'s %d papers\n", cb/1e6/cw, cb/1e6/cc, cb/1e6, sc, pr
  printf "ratio claimscope/peer:    %8.0fx wall      %8.0fx per CPU s\n", (cb/cw)/(pb/pw), (cb/cc)/(pb/pc)
}'
