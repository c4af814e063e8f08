#!/usr/bin/env bash
# Times the native copylint binary end to end: one ~800-word article (process start included) and a corpus of at
# least 20 MB built from examples/ and ../shared/seeds. Prints medians, MB/s, MB/s per core, CPU use and peak memory.
#
#   bench/corpus.sh [--peers] [--runs N] [--mb N] [--peer-mb N|all] [--no-build]
#
#   --peers       also install and time textlint (+ textlint-rule-write-good), write-good (npm) and proselint
#                 (Debian's python3-proselint) on the same files, and print how many times faster CopyLint is.
#   --runs N      runs per CopyLint measurement; the median is reported (default 5).
#   --mb N        corpus size in MB (default 20).
#   --peer-mb N   the peers are slow: time them (and CopyLint again, for the ratio) on the first N MB of the same
#                 corpus (default 1: proselint needs minutes per MB); "all" uses the whole corpus.
#   --no-build    reuse out/copylint.
#   COPYLINT_BIN=path  time another build of copylint instead (implies --no-build), e.g. to compare commits.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5 corpus_mb=20 peer_mb=1 peers=false build=true
while [[ $# -gt 0 ]]; do
  case $1 in
    --peers) peers=true ;;
    --runs) runs=$2; shift ;;
    --mb) corpus_mb=$2; shift ;;
    --peer-mb) peer_mb=$2; shift ;;
    --no-build) build=false ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

work="$root/out/bench"
bin="${COPYLINT_BIN:-$root/out/copylint}"
[[ -z ${COPYLINT_BIN:-} ]] || build=false
mkdir -p "$work"

need_apt() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  { apt-get update -qq && apt-get install -y -qq "$2"; } >/dev/null 2>&1 || return 1
}

need_apt /usr/bin/time time || { echo "GNU time is needed (apt-get install time)" >&2; exit 1; }

if $build; then
  need_apt clang clang && need_apt zlib-flate zlib1g-dev || true
  echo "== building the native binary"
  dotnet publish "$root/src/CopyLint.Cli" -c Release -r linux-x64 -o "$root/out" -nologo -v q >"$work/publish.log" 2>&1 \
    || { tail -20 "$work/publish.log"; exit 1; }
fi
"$bin" --version >/dev/null

check_args=(check)
if "$bin" check --help 2>/dev/null | grep -q -- '--fail-on'; then check_args+=(--fail-on never); fi

# ---- the copy: every example article and seed, copied until the corpus reaches the size asked for. Each copy gets
# its own last line so no two files are identical (no tool can answer from a cache).
sources=()
while IFS= read -r -d '' f; do sources+=("$f"); done < <(
  { [[ -d "$root/examples" ]] && find "$root/examples" -type f \( -name '*.txt' -o -name '*.md' \) -print0
    [[ -d "$root/../shared/seeds" ]] && find "$root/../shared/seeds" -type f -name '*.txt' -print0; } | sort -z)
[[ ${#sources[@]} -gt 0 ]] || { echo "no example articles or seeds found" >&2; exit 1; }

corpus="$work/corpus"
target=$((corpus_mb * 1000 * 1000))
stamp="$corpus_mb MB from ${#sources[@]} sources"
if [[ ! -f "$corpus/.stamp" || "$(cat "$corpus/.stamp")" != "$stamp" ]]; then
  echo "== writing the corpus ($stamp)"
  rm -rf "$corpus"
  mkdir -p "$corpus"
  texts=()
  for f in "${sources[@]}"; do texts+=("$(cat "$f")"); done
  bytes=0 n=0
  while [[ $bytes -lt $target ]]; do
    for i in "${!sources[@]}"; do
      dir="$corpus/d$((n / 500))"
      [[ -d "$dir" ]] || mkdir "$dir"
      ext=${sources[$i]##*.}
      printf '%s\n\nCorpus copy %d.\n' "${texts[$i]}" "$n" >"$dir/a$n.$ext"
      bytes=$((bytes + ${#texts[$i]} + 20))
      n=$((n + 1))
      [[ $bytes -lt $target ]] || break
    done
  done
  echo "$stamp" >"$corpus/.stamp"
fi
corpus_bytes=$(find "$corpus" -type f -name 'a*' -printf '%s\n' | awk '{s+=$1} END {print s}')
corpus_files=$(find "$corpus" -type f -name 'a*' | wc -l)

# One article of ~800 words: the first and third seed (or the two first sources) joined.
article="$work/article.txt"
if [[ -d "$root/../shared/seeds" ]]; then
  mapfile -t seeds < <(find "$root/../shared/seeds" -name '*.txt' | sort)
  { cat "${seeds[0]}"; printf '\n\n'; cat "${seeds[2]:-${seeds[1]}}"; } >"$article"
else
  cat "${sources[@]:0:2}" >"$article"
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
now_ns() { date +%s%N; }

# time_runs N cmd...: median wall seconds, peak RSS (KB), CPU % of one core (last run) and median CPU seconds
# (user + system) over N runs. CPU seconds are what "per core" figures divide by: on a busy shared machine the wall
# clock also counts time spent waiting for a core.
time_runs() {
  local n=$1; shift
  local times=() cpus=() peak=0 cpu=0
  for ((r = 0; r < n; r++)); do
    local t0 t1
    t0=$(now_ns)
    /usr/bin/time -f '%M %P %U %S' -o "$work/time.out" "$@" >/dev/null 2>&1 || true
    t1=$(now_ns)
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.6f", (b - a) / 1e9}')")
    read -r rss pct user sys < <(tail -n 1 "$work/time.out") # after "Command exited with non-zero status", if any
    ((rss > peak)) && peak=$rss
    cpu=${pct%\%}
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $peak $cpu $(printf '%s\n' "${cpus[@]}" | median)"
}

mb() { awk -v b="$1" 'BEGIN {printf "%.2f", b / 1e6}'; }
cores=$(nproc)
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "== machine: $cores cores, $cpu_model; $(date -u '+%Y-%m-%d %H:%M UTC'); copylint $("$bin" --version)"

# ---- one article, process start included
words=$(wc -w <"$article")
article_runs=$((runs * 4 + 1))
t0=$(now_ns)
for ((r = 0; r < article_runs; r++)); do
  a=$(now_ns)
  "$bin" "${check_args[@]}" "$article" >/dev/null 2>&1 || true
  b=$(now_ns)
  echo $(((b - a) / 1000))
done >"$work/article.times"
article_ms=$(median <"$work/article.times" | awk '{printf "%.1f", $1 / 1000}')
echo "single article ($words words, $(wc -c <"$article") bytes): median ${article_ms} ms over $article_runs runs"

# ---- the corpus, and a quarter of it to show memory does not grow with the corpus
read -r secs peak cpu cpu_secs <<<"$(time_runs "$runs" "$bin" "${check_args[@]}" "$corpus")"
rate=$(awk -v b="$corpus_bytes" -v s="$secs" 'BEGIN {printf "%.1f", b / 1e6 / s}')
per_core=$(awk -v b="$corpus_bytes" -v s="$cpu_secs" 'BEGIN {printf "%.1f", (s > 0 ? b / 1e6 / s : 0)}')
echo "corpus ($corpus_files files, $(mb "$corpus_bytes") MB): median ${secs}s wall over $runs runs = $rate MB/s;" \
  "median ${cpu_secs}s CPU = $per_core MB/s per core; CPU ${cpu}% of one core ($cores cores); peak RSS $((peak / 1024)) MB"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"

quarter="$work/quarter"
rm -rf "$quarter"; mkdir -p "$quarter"
dirs=("$corpus"/d*)
for ((i = 0; i < (${#dirs[@]} + 3) / 4; i++)); do cp -al "${dirs[$i]}" "$quarter/"; done
quarter_bytes=$(find "$quarter" -type f -name 'a*' -printf '%s\n' | awk '{s+=$1} END {print s}')
read -r qsecs qpeak _ <<<"$(time_runs 1 "$bin" "${check_args[@]}" "$quarter")"
echo "memory: peak RSS $((qpeak / 1024)) MB on $(mb "$quarter_bytes") MB, $((peak / 1024)) MB on $(mb "$corpus_bytes") MB"

$peers || exit 0

# ---- the peers, on the same files
echo "== peers"
peer_dir="$work/peers"
mkdir -p "$peer_dir"
if [[ ! -x "$peer_dir/node_modules/.bin/textlint" || ! -x "$peer_dir/node_modules/.bin/write-good" ]]; then
  npm install --no-audit --no-fund --silent --prefix "$peer_dir" textlint textlint-rule-write-good write-good >"$work/npm.log" 2>&1 \
    || echo "npm install failed: $(tail -3 "$work/npm.log")"
fi
need_apt proselint python3-proselint || echo "proselint: could not be installed (apt-get install python3-proselint failed)"
echo '{"rules": {"write-good": true}}' >"$peer_dir/.textlintrc.json"

sample="$work/sample"
rm -rf "$sample"; mkdir -p "$sample"
if [[ $peer_mb == all ]]; then limit=$corpus_bytes; else limit=$(awk -v m="$peer_mb" 'BEGIN {printf "%d", m * 1e6}'); fi
sample_bytes=0
while IFS= read -r f; do
  [[ $sample_bytes -lt $limit ]] || break
  ln "$f" "$sample/${f##*/}"
  sample_bytes=$((sample_bytes + $(stat -c %s "$f")))
done < <(find "$corpus" -type f -name 'a*' | sort -V)
sample_files=$(find "$sample" -type f | wc -l)
echo "peer sample: $sample_files files, $(mb "$sample_bytes") MB of the same corpus"

read -r cl_secs _ _ cl_cpu <<<"$(time_runs "$runs" "$bin" "${check_args[@]}" "$sample")"
row() { # name wall cpu
  printf '%-30s %9.3f s wall %9.2f s CPU %9.3f MB/s' "$1" "$2" "$3" "$(awk -v b="$sample_bytes" -v t="$2" 'BEGIN {print b / 1e6 / t}')"
}
row "copylint (native, all rules)" "$cl_secs" "$cl_cpu"; echo

fastest=""
peer() { # name tool cmd...
  local name=$1 tool=$2; shift 2
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$name: not installed, skipped"
    return
  fi
  local s c
  read -r s _ _ c <<<"$(time_runs 1 "$@")"
  row "$name" "$s" "$c"
  printf '   copylint is %.0fx faster (wall), %.0fx (CPU)\n' "$(awk -v a="$s" -v b="$cl_secs" 'BEGIN {print a / b}')" \
    "$(awk -v a="$c" -v b="$cl_cpu" 'BEGIN {print (b > 0 ? a / b : 0)}')"
  if [[ -z $fastest ]] || awk -v a="$c" -v b="$(cut -d'|' -f3 <<<"$fastest")" 'BEGIN {exit !(a < b)}'; then fastest="$name|$s|$c"; fi
}
bin_dir="$peer_dir/node_modules/.bin"
export HOME="$work/peer-home" XDG_CACHE_HOME="$work/peer-home/cache" # proselint caches by text under the home folder
rm -rf "$HOME"; mkdir -p "$HOME"
peer "textlint + write-good" "$bin_dir/textlint" bash -c "cd '$peer_dir' && '$bin_dir/textlint' --no-color -c .textlintrc.json '$sample'"
peer "write-good" "$bin_dir/write-good" bash -c "find '$sample' -type f -print0 | xargs -0 '$bin_dir/write-good'"
peer "proselint" proselint bash -c "find '$sample' -type f -print0 | xargs -0 proselint"
if [[ -n $fastest ]]; then
  IFS='|' read -r fname fwall fcpu <<<"$fastest"
  echo "fastest peer: $fname; copylint is $(awk -v a="$fwall" -v b="$cl_secs" 'BEGIN {printf "%.0f", a / b}')x faster by wall clock," \
    "$(awk -v a="$fcpu" -v b="$cl_cpu" 'BEGIN {printf "%.0f", (b > 0 ? a / b : 0)}')x by CPU time (aim: 20x)"
fi
