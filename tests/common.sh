# common.sh - sourced by shell tests: the rncp to test ($RNCP, else the one
# built here), $top the source tree, and a scratch folder $tmp removed on
# exit.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
