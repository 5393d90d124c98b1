#!/usr/bin/env bash
# Writes, as markdown on stdout, the diff of every pending snapshot change under the repository: each file in a
# __mismatch__/ folder against its counterpart one folder up (Snapshooter: __snapshots__/__mismatch__/X.snap
# against __snapshots__/X.snap; the public API test: PublicApi/__mismatch__/X.api.txt against PublicApi/X.api.txt).
# CI appends the output to $GITHUB_STEP_SUMMARY when the tests fail. Prints nothing when there is no mismatch.
#
#   scripts/snapshot-diff.sh [root]      (root: the folder to search, default the repository)
set -euo pipefail
root=${1:-"$(cd "$(dirname "$0")/.." && pwd)"}
max_lines=${SNAPSHOT_DIFF_MAX_LINES:-300}   # per file; the step summary holds at most 1 MiB

mapfile -d '' files < <(find "$root" \( -name bin -o -name obj -o -name .git -o -name node_modules \) -prune -o \
  -type f -path '*/__mismatch__/*' -print0 | sort -z)
[ ${#files[@]} -eq 0 ] && exit 0

echo "## Snapshot changes (${#files[@]} file(s))"
echo
echo "Review each diff; if every change is intended, run \`scripts/accept-snapshots.sh\` locally (or download the"
echo "\`mismatches\` artifact) and commit the result with the change that caused it."
echo
for new in "${files[@]}"; do
  mismatch_dir=$(dirname "$new")
  old="$(dirname "$mismatch_dir")/$(basename "$new")"
  rel_old=${old#"$root"/}
  rel_new=${new#"$root"/}
  echo "### \`$rel_old\`"
  echo
  if [ -f "$old" ]; then
    diff_text=$(diff -u --show-function-line='^    public ' --label "a/$rel_old" --label "b/$rel_old" "$old" "$new" || true)
  else
    echo "New snapshot (no approved file yet)."
    echo
    diff_text=$(diff -u --label /dev/null --label "b/$rel_old" /dev/null "$new" || true)
  fi
  total=$(printf '%s\n' "$diff_text" | wc -l)
  # A fence longer than any backtick run in the diff, so snapshot content cannot close it.
  fence='````'
  while printf '%s' "$diff_text" | grep -q -- "$fence"; do fence="$fence\`"; done
  echo "${fence}diff"
  printf '%s\n' "$diff_text" | head -n "$max_lines"
  echo "$fence"
  if [ "$total" -gt "$max_lines" ]; then
    echo
    echo "_(diff cut at $max_lines of $total lines; the whole file is in the artifact: \`$rel_new\`)_"
  fi
  echo
done
