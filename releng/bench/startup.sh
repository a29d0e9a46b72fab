#!/usr/bin/env bash
# Start-up benchmark (issue: the command line and the workbench within targets, cold and warm). Run on the product
# built by ./mvnw -B verify, with a display for the workbench:  xvfb-run -a releng/bench/startup.sh
#   info:       ./appraise info on the sample review, wall clock
#   workbench:  ./appraise gui on the sample review, from the JVM's start to the window having painted the review
#               (reported by the workbench itself when APPRAISE_STARTUP_REPORT is set)
# "cold" is the first start of a build (its OSGi configuration area made anew, the bundles resolved); "warm" the
# starts after it. The operating system's file cache is not dropped (that needs root and says little about a desktop).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sample="$here/samples/hcc-pd1-combination"
runs="${RUNS:-5}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/appraise"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

millis() { date +%s%3N; }
info() { local start; start=$(millis); "$here/appraise" info "$sample" >/dev/null 2>&1; echo $(( $(millis) - start )); }
workbench() {
  APPRAISE_STARTUP_REPORT=exit APPRAISE_WORKSPACE="$work/ws-$RANDOM" "$here/appraise" gui "$sample" 2>&1 \
    | sed -n 's/.*workbench painted \([0-9]*\) ms.*/\1/p' | head -n 1
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fresh() { rm -rf "$cache"/config-*; }

fresh; info_cold=$(info)
info_warm=$(for _ in $(seq "$runs"); do info; done | median)
fresh; gui_cold=$(workbench)
gui_warm=$(for _ in $(seq "$runs"); do workbench; done | median)
echo "cores: $(nproc)   runs: $runs (warm figures are medians)"
echo "info       cold ${info_cold} ms   warm ${info_warm} ms"
echo "workbench  cold ${gui_cold:-?} ms   warm ${gui_warm:-?} ms   (JVM start to the review painted)"
