#!/usr/bin/env bash
# Accepts reviewed snapshot changes: moves every file in a __mismatch__/ folder over its counterpart one folder
# up (Snapshooter's __snapshots__/__mismatch__/X.snap over __snapshots__/X.snap, and the public API test's
# PublicApi/__mismatch__/PartnerCenter.Customers.api.txt over PublicApi/PartnerCenter.Customers.api.txt),
# prints each file it accepted, and removes the emptied __mismatch__ folders.
#
#   scripts/accept-snapshots.sh [--dry-run] [root]
#     --dry-run  print what would be accepted (and the diffstat), change nothing
#     root       the folder to search, default the repository
#
# Review the diffs first (scripts/snapshot-diff.sh, or git diff after accepting), then commit the accepted
# files with the spec or generator change that caused them.
set -euo pipefail
dry_run=false
root=""
for arg in "$@"; do
  case "$arg" in
    -n|--dry-run) dry_run=true ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) root=$arg ;;
  esac
done
root=${root:-"$(cd "$(dirname "$0")/.." && pwd)"}

mapfile -d '' files < <(find "$root" \( -name bin -o -name obj -o -name .git -o -name node_modules \) -prune -o \
  -type f -path '*/__mismatch__/*' -print0 | sort -z)
if [ ${#files[@]} -eq 0 ]; then
  echo "nothing to accept: no __mismatch__ files under $root"
  exit 0
fi

verb=$([ "$dry_run" = true ] && echo "would accept" || echo "accepted")
for new in "${files[@]}"; do
  mismatch_dir=$(dirname "$new")
  old="$(dirname "$mismatch_dir")/$(basename "$new")"
  rel=${old#"$root"/}
  if [ -f "$old" ]; then
    stat=$(diff "$old" "$new" | grep -c '^[<>]' || true)
    kind="changed, $stat line(s) differ"
  else
    kind="new"
  fi
  echo "$verb: $rel ($kind)"
  if [ "$dry_run" = false ]; then
    mv -f "$new" "$old"
    rmdir "$mismatch_dir" 2>/dev/null || true
  fi
done
[ "$dry_run" = true ] && echo "(dry run: nothing changed)"
echo "${#files[@]} file(s) $verb"
