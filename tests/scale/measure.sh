#!/usr/bin/env bash
# End-to-end scale figures for the README: for each size, a generated arXiv-snapshot file
# (tests/ClaimScope.CorpusGenerator, seed 1), the System.Text.Json bare-parse yardstick, then
# papers, extract --format jsonl, ingest and report over it, each under /usr/bin/time -v:
# MB/s per wall second and per CPU second, CPU use, peak RSS, and the ratio to the yardstick.
#
#   tests/scale/measure.sh [SIZE...]          (default: 100MB 1GB; files are kept in $SCALE_DIR)
#   COMMANDS="extract papers" tests/scale/measure.sh 100MB
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${SCALE_DIR:-/tmp/claimscope-scale}
commands=${COMMANDS:-"papers extract ingest report"}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100MB 1GB)
mkdir -p "$dir"
dotnet build "$root/src/ClaimScope.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/tests/ClaimScope.Benchmarks" -c Release -v quiet -nologo >/dev/null
claimscope=(dotnet "$root/src/ClaimScope.Cli/bin/Release/net10.0/claimscope.dll")

# One row: command, size, wall s, CPU s, peak RSS.
row() {
  local name=$1 size=$2 log=$3 bytes=$4
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  user=$(awk -F': ' '/User time/ { print $2 }' "$log")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$log")
  rss=$(awk -F': ' '/Maximum resident/ { print $2 }' "$log")
  awk -v n="$name" -v z="$size" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    printf "| %-8s | %6s | %7.1f | %7.1f | %5.0f%% | %6.0f MB | %8.1f s |\n", n, z, b/1e6/w, b/1e6/(u+s), 100*(u+s)/w, r/1024, w }'
}

echo "load before: $(uptime)"
echo "| command  |   size | MB/s wall | MB/s per CPU s | CPU | peak RSS | wall |"
echo "|---|---|---|---|---|---|---|"
for size in "${sizes[@]}"; do
  file="$dir/snapshot-$size.jsonl"
  [ -s "$file" ] || dotnet "$root/tests/ClaimScope.CorpusGenerator/bin/Release/net10.0/ClaimScope.CorpusGenerator.dll" "$file" "$size" --seed 1 --data "$root/data" 2>/dev/null
  bytes=$(stat -L -c %s "$file")
  /usr/bin/time -v -o "$dir/parse.time" dotnet "$root/tests/ClaimScope.Benchmarks/bin/Release/net10.0/ClaimScope.Benchmarks.dll" parse-baseline "$file" >/dev/null
  row "STJ parse" "$size" "$dir/parse.time" "$bytes"
  for command in $commands; do
    case $command in
      papers)  args=(papers "$file" --format jsonl) ;;
      extract) args=(extract "$file" --format jsonl) ;;
      ingest)  rm -f "$dir/scale.db"*; args=(ingest "$file" --db "$dir/scale.db") ;;
      report)  rm -rf "$dir/report"; args=(report "$file" --out "$dir/report") ;;
    esac
    /usr/bin/time -v -o "$dir/$command.time" "${claimscope[@]}" "${args[@]}" >/dev/null 2>"$dir/$command.err" || echo "($command failed: $(tail -1 "$dir/$command.err"))"
    row "$command" "$size" "$dir/$command.time" "$bytes"
  done
done
echo "load after:  $(uptime)"
