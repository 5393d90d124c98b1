#!/bin/bash
# Output identity between two builds of the CLI: generates every description in the repository (spec/, tests/,
# non-OpenAPI samples included: they must fail the same way) and any extra files given, each with the default
# options and with --interface-per-tag --client-name Zed --allow-external-refs, with both CLIs, then compares
# the generated files, stdout, stderr (diagnostics with locations), exit code and --deps-file with diff -r.
#
#   tests/Codegen.Benchmarks/compare-output.sh OLD_CLI_DIR NEW_CLI_DIR [extra.yaml ...]
#
# A CLI dir holds Codegen.Cli.dll, e.g. from `git archive <commit> | tar -x -C /tmp/old && dotnet build
# /tmp/old/generator/Codegen.Cli -c Release -o /tmp/old/cli`, or the native executable Codegen.Cli alone
# (`dotnet publish generator/Codegen.Cli -c Release -r linux-x64 -o DIR`, as Specweave.Build ships it for linux-x64).
# Exit code 0 when identical.
set -u
OLD=$(cd "$1" && pwd); NEW=$(cd "$2" && pwd); shift 2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
R=$(mktemp -d); mkdir -p "$R/old" "$R/new"
# Runs the CLI of a dir: its assembly under dotnet when it has one, else its native executable.
cli() { local dir=$1; shift; if [ -f "$dir/Codegen.Cli.dll" ]; then dotnet "$dir/Codegen.Cli.dll" "$@"; else "$dir/Codegen.Cli" "$@"; fi; }
cd "$ROOT"
mapfile -t specs < <( (find spec tests \( -name bin -o -name obj -o -name __snapshots__ \) -prune -o \
  \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -print | grep -v 'appsettings\|launchSettings\|runtimeconfig\|deps.json'; \
  for f in "$@"; do echo "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"; done) | sort)
n=0
for f in "${specs[@]}"; do
  case $f in /*) abs=$f;; *) abs=$ROOT/$f;; esac
  for opt in 0 1; do
    n=$((n+1))
    args=(); [ $opt = 1 ] && args=(--interface-per-tag --client-name Zed --allow-external-refs)
    for side in old new; do
      if [ $side = old ]; then D=$OLD; else D=$NEW; fi
      o=$R/$side/$n; mkdir -p "$o"
      (cd "$o" && cli "$D" generate "$abs" -n Test.Ns -o "$o/out" --deps-file "$o/deps.txt" "${args[@]}" > "$o/stdout" 2> "$o/stderr"; echo $? > "$o/rc")
      sed -i "s#$R/$side#RUN#g" "$o/stdout" "$o/stderr"
    done
    echo "$n $opt $f" >> "$R/index"
  done
done
echo "descriptions: ${#specs[@]}, runs per CLI: $n, files generated (old/new): $(find "$R/old" -name '*.g.cs' | wc -l) $(find "$R/new" -name '*.g.cs' | wc -l)"
if diff -r -q "$R/old" "$R/new"; then echo "IDENTICAL ($R)"; else echo "DIFFERENT ($R)"; exit 1; fi
