#!/usr/bin/env bash
# Instructions the native tool takes to generate each description, counted by valgrind's callgrind: a figure that hardly
# moves with the load of a shared machine, where wall and CPU time move by a third between hours (docs/benchmarks.md,
# "Where the time goes"). For before/after work on the generator.
#
#   tests/Codegen.Benchmarks/count-instructions.sh [spec ...]
#
# Publishes the tool as Specweave.Build ships it for this platform (Release, Native AOT), but with its symbol table, so
# that the callgrind files name the functions (valgrind cannot read the DWARF the AOT compiler writes, so that is
# stripped). Each description is generated into a new folder, once. Default descriptions: the customers spec, box.json
# and the synthetic 1,500-schema description (written by the benchmarks' --synthetic). OURS=path/to/Codegen.Cli counts
# that executable instead (another commit's, published with -p:StripSymbols=false). The callgrind files stay in the
# printed folder: `callgrind_annotate FILE` lists the functions, `--inclusive=yes` with what they call.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v valgrind >/dev/null; then echo "needs valgrind (apt-get install valgrind)" >&2; exit 2; fi
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
if [[ -z "${OURS:-}" ]]; then
  dotnet publish "$root/generator/Codegen.Cli" -c Release -r "$rid" -o "$work/tool" -p:StripSymbols=false -v q -nologo >&2
  OURS="$work/tool/Codegen.Cli"
else
  cp "$OURS" "$work/Codegen.Cli" && OURS="$work/Codegen.Cli"
fi
strip --strip-debug "$OURS"
if [[ $# -eq 0 ]]; then
  dotnet run --project "$root/tests/Codegen.Benchmarks" -c Release -- --synthetic 1500 "$work/synthetic-1500.yaml" >&2
  set -- "$root/spec/partner-center-customers.yaml" "$root/tests/corpus/large/box.json" "$work/synthetic-1500.yaml"
fi

echo "| description | instructions (M) |"
echo "|---|---:|"
n=0
for spec in "$@"; do
  n=$((n + 1))
  name="$(basename "$spec")"
  valgrind --tool=callgrind --callgrind-out-file="$work/$n.$name.callgrind" "$OURS" generate "$spec" -n Counted.Client -o "$work/out$n" \
    >"$work/$n.stdout" 2>"$work/$n.stderr" || { cat "$work/$n.stdout" "$work/$n.stderr" >&2; exit 1; }
  count="$(sed -n 's/^==[0-9]*== Collected : //p' "$work/$n.stderr")"
  printf '| %s | %s |\n' "$name" "$(awk -v c="$count" 'BEGIN { printf "%.1f", c / 1e6 }')"
done
echo "callgrind files: $work" >&2
