#!/usr/bin/env bash
# Instructions per GetCustomerById over the in-memory transport, per variant (Floor, Bare, Full), counted by
# valgrind's callgrind on the Native AOT build of this probe. docs/benchmarks.md, "Instructions per call".
#
#   tests/PartnerCenter.InstructionProbe/count-instructions.sh [variant ...]    (default: Floor Bare Full)
#
# Each variant runs twice, with 1,000 and with 3,000 calls after the same 2,000-call warm-up; the difference of the two
# counts over 2,000 is one call, startup and warm-up cancelled out. Compiled ahead of time, a run has no JIT, tiering or
# PGO whose timing would differ between runs (under the JIT the floor's count moved by 17 % with the machine's load, and
# the runtime once crashed under valgrind); what still differs between runs is thread and GC timing.
# Instructions are not time (a cache miss costs more than an add, a `rep stosb` counts once per byte), but they hardly
# move with the load of a shared machine (about 1 %, 2 % for Full, between runs of one build). The callgrind files stay
# in the printed folder: `callgrind_annotate FILE` names the functions, and two files of different N give each
# function's share of a call.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v valgrind >/dev/null; then echo "needs valgrind (apt-get install valgrind)" >&2; exit 2; fi
if [[ $# -eq 0 ]]; then set -- Floor Bare Full; fi
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
dotnet publish "$here" -c Release -r "$rid" -o "$work/probe" -v q -nologo >&2
# valgrind cannot read the DWARF that the AOT compiler writes ("possibly corrupted debuginfo"); the symbol table,
# which names the functions, is enough.
strip --strip-debug "$work/probe/PartnerCenter.InstructionProbe"
low=1000; high=3000

count() { # variant calls -> instructions of the whole process
  valgrind --tool=callgrind --callgrind-out-file="$work/$1.$2.callgrind" "$work/probe/PartnerCenter.InstructionProbe" "$1" "$2" \
    >"$work/stdout" 2>"$work/stderr" || { cat "$work/stdout" "$work/stderr" >&2; exit 1; }
  sed -n 's/^==[0-9]*== Collected : //p' "$work/stderr"
}

declare -A per_call
for variant in "$@"; do
  a=$(count "$variant" "$low"); b=$(count "$variant" "$high")
  per_call[$variant]=$(( (b - a) / (high - low) ))
  echo "# $variant: $a at $low calls, $b at $high" >&2
done
floor="${per_call[Floor]:-}"
echo "| Variant | Instructions per call | ratio to Floor |"
echo "|---|---:|---:|"
for variant in "$@"; do
  if [[ -n "$floor" ]]; then ratio=$(awk -v a="${per_call[$variant]}" -v f="$floor" 'BEGIN { printf "%.3f", a / f }'); else ratio="-"; fi
  printf '| %s | %d | %s |\n' "$variant" "${per_call[$variant]}" "$ratio"
done
echo "callgrind files: $work" >&2
