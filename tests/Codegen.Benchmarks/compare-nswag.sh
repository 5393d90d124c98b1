#!/usr/bin/env bash
# Generation speed, whole process, our CLI against NSwag's (docs/benchmarks.md, "Against NSwag").
#
#   tests/Codegen.Benchmarks/compare-nswag.sh [--runs N] [spec ...]
#
# Publishes our tool as Specweave.Build ships it for this platform (Release, Native AOT: one executable), restores NSwag.ConsoleCore from
# the repository's tool manifest (.config/dotnet-tools.json), renders the large YAML input (box.json as YAML),
# then runs both CLIs on each description N times (default 5), alternating which goes first, and prints the
# median CPU time (user + sys, in milliseconds, from bash's time) and median peak RSS (GNU time) of each, and their ratios.
# NSwag is measured twice: as `dotnet tool run nswag ...` (what a user types; includes the SDK resolving the
# tool) and as `dotnet exec <its dll>` (the generator process alone, the like-for-like comparison).
# Numbers depend on load: the script prints `uptime` before and after; compare only runs on a quiet machine.
# OURS=path/to/Codegen.Cli (an executable) or OURS=path/to/Codegen.Cli.dll (run by dotnet) measures that build instead
# of publishing one (e.g. an older commit's, for a before/after).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=5
if [[ "${1:-}" == "--runs" ]]; then runs="$2"; shift 2; fi
work="${COMPARE_WORK:-$(mktemp -d)}"
mkdir -p "$work"

if [[ ! -x /usr/bin/time ]]; then
  echo "needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 2
fi

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 2 ;;
esac

echo "# preparing in $work" >&2
if [[ -z "${OURS:-}" ]]; then
  dotnet publish "$root/generator/Codegen.Cli" -c Release -r "$rid" -o "$work/ours" -v q -nologo >&2
  OURS="$work/ours/Codegen.Cli"
fi
ours_command=("$OURS")
if [[ "$OURS" == *.dll ]]; then ours_command=(dotnet "$OURS"); fi
(cd "$root" && dotnet tool restore >&2)
nswag_dll="$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/nswag.consolecore/14.7.1/tools" -path '*net10.0*' -name dotnet-nswag.dll | head -n 1)"
if [[ ! -f "$work/box.yaml" ]]; then
  dotnet run --project "$root/tests/Codegen.Benchmarks" -c Release -- --to-yaml "$root/tests/corpus/large/box.json" "$work/box.yaml" >&2
fi

if [[ $# -eq 0 ]]; then
  set -- "$root/spec/partner-center-customers.yaml" \
         "$root/tests/corpus/large/argo-workflows.json" \
         "$root/tests/corpus/large/box.json" \
         "$root/tests/corpus/large/discord.json" \
         "$work/box.yaml"
fi

# One measured run: prints "cpu_seconds peak_kb"; the tool's own output goes to a log. CPU time is bash's (user + sys
# of the children, in milliseconds: GNU time's %U and %S count 10 ms ticks, too coarse for a run of a few ms); peak
# RSS is GNU time's. The CPU time includes GNU time's own, about a millisecond.
measure() {
  local log="$1"; shift
  local TIMEFORMAT='%3U %3S' status=0
  { time /usr/bin/time -f "%M" -o "$work/rss.txt" "$@" >"$log" 2>&1; } 2>"$work/cpu.txt" || status=$?
  if ((status != 0)); then echo "failed: $* (see $log)" >&2; exit 1; fi
  awk -v rss="$(cat "$work/rss.txt")" '{ printf "%.3f %d\n", $1 + $2, rss }' "$work/cpu.txt"
}

ours()       { measure "$work/ours.log" "${ours_command[@]}" generate "$1" --namespace Compare.Client --output "$work/out-ours"; }
nswag_run()  { (cd "$root" && measure "$work/nswag.log" dotnet tool run nswag openapi2csclient "/input:$1" "/output:$work/out-nswag.cs"); }
nswag_exec() { measure "$work/nswag.log" dotnet exec "$nswag_dll" openapi2csclient "/input:$1" "/output:$work/out-nswag.cs"; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load before: $(uptime)"
printf '| description | size | ours CPU (s) | NSwag CPU (s), tool run | NSwag CPU (s), exec | ours/NSwag (exec) | ours/NSwag (tool run) | ours RSS (MB) | NSwag RSS (MB), exec |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for spec in "$@"; do
  # A first run of each, not counted: disk cache and tool restore out of the way.
  ours "$spec" >/dev/null; nswag_exec "$spec" >/dev/null
  : >"$work/a.txt"; : >"$work/b.txt"; : >"$work/c.txt"
  for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then
      ours "$spec" >>"$work/a.txt"; nswag_exec "$spec" >>"$work/c.txt"; nswag_run "$spec" >>"$work/b.txt"
    else
      nswag_run "$spec" >>"$work/b.txt"; nswag_exec "$spec" >>"$work/c.txt"; ours "$spec" >>"$work/a.txt"
    fi
  done
  a=$(cut -d' ' -f1 "$work/a.txt" | median); b=$(cut -d' ' -f1 "$work/b.txt" | median); c=$(cut -d' ' -f1 "$work/c.txt" | median)
  am=$(cut -d' ' -f2 "$work/a.txt" | median); cm=$(cut -d' ' -f2 "$work/c.txt" | median)
  size=$(du -k "$spec" | cut -f1)
  awk -v name="$(basename "$spec")" -v size="$size" -v a="$a" -v b="$b" -v c="$c" -v am="$am" -v cm="$cm" 'BEGIN {
    printf "| %s | %s KB | %.3f | %.2f | %.2f | %.3f (%.1f×) | %.3f (%.1f×) | %.0f | %.0f |\n", name, size, a, b, c, a / c, c / a, a / b, b / a, am / 1024, cm / 1024 }'
done
echo "load after: $(uptime)"
