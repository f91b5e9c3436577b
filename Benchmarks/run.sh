#!/usr/bin/env bash
# One command reproduces every figure in BENCHMARKS.md:
#
#   Benchmarks/run.sh
#
# Builds `quire` and the harness in release, installs the peers (datasketch, ftfy) from PyPI
# into Benchmarks/.venv, generates the corpora (deterministic from SEED), runs every
# measurement RUNS times and writes Benchmarks/out/results.jsonl and Benchmarks/out/report.md.
#
# Environment knobs (defaults in brackets):
#   SEED [1]  RUNS [5]  DOCS [1000] (accuracy, throughput, dedup)
#   SCALE ["1000 10000"] (document counts for the growth table; add 100000 if you have ~20 min)
#   WATCH_BURST [300] (issue 6 asks for 10000: at ~2 files/s today that is over an hour)
#   WATCH_IDLE [50]  WATCH_RATE [50]  WATCH_LOAD_SECONDS [4]
#   PERF [0] (1: perf record the repair and dedup stages, top entries into out/perf-*.txt)
#   SKIP_BUILD [0]
#   BASELINE [the newest results/*.jsonl]: the run the report ends by comparing against
#       (scripts/compare.py: every headline figure before and after, regressions flagged)
#   PHASES ["repair linear e2e dedup growth watch perf"]: the measurements to run; APPEND [0] (1: add to
#       results.jsonl instead of starting it afresh, to complete an earlier run phase by phase)
#   QUIRE_BUILD [shared]: "shared" builds `quire` from the harness's scratch path (same sources,
#       same release flags, libraries compiled once); "root" builds it at the repository root
#       with --scratch-path .build-release (a second full release build of every dependency);
#       "static" builds it as scripts/install.sh ships it (--static-swift-stdlib, scratch
#       .build-static; the first build compiles everything again, ~10 min on 2 cores): each
#       process then starts in ~8 ms of CPU instead of ~15, which the one-page-per-process
#       figure (e2e-one-page) shows.
#   QUIRE [unset]: measure this `quire` binary instead of the one built here, e.g. one built with
#       --static-swift-stdlib as scripts/install.sh ships it (start-up ~13 ms of CPU instead of ~20).
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
OUT="${OUT:-$BENCH/out}"
SEED="${SEED:-1}"
RUNS="${RUNS:-5}"
DOCS="${DOCS:-1000}"
SCALE="${SCALE:-1000 10000}"
WATCH_BURST="${WATCH_BURST:-300}"
WATCH_IDLE="${WATCH_IDLE:-50}"
WATCH_RATE="${WATCH_RATE:-50}"
WATCH_LOAD_SECONDS="${WATCH_LOAD_SECONDS:-4}"
PHASES="${PHASES:-repair linear e2e dedup growth watch perf}"
PERF="${PERF:-0}"
export PATH="/opt/swift/usr/bin:$PATH"

QUIRE_BUILD="${QUIRE_BUILD:-shared}"
if [ -n "${QUIRE:-}" ]; then :  # a binary given by the caller (see QUIRE above)
elif [ "$QUIRE_BUILD" = root ]; then QUIRE="$ROOT/.build-release/release/quire"
elif [ "$QUIRE_BUILD" = static ]; then QUIRE="$ROOT/.build-static/release/quire"
else QUIRE="$BENCH/.build-bench/release/quire"; fi
HARNESS="$BENCH/.build-bench/release/quire-bench"
PY="$BENCH/.venv/bin/python"
RESULTS="$OUT/results.jsonl"

log() { printf '== %s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
record() { tee -a "$RESULTS"; }
load() { printf '{"stage":"load","when":"%s","loadavg":"%s"}\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)" | record >/dev/null; }

want() { case " $PHASES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

mkdir -p "$OUT"
[ "${APPEND:-0}" = 1 ] || : > "$RESULTS"

# --- peers --------------------------------------------------------------------------------------
if ! "$PY" -c 'import datasketch, ftfy' 2>/dev/null; then
    log "installing datasketch and ftfy into $BENCH/.venv"
    python3 -m venv "$BENCH/.venv"
    "$PY" -m pip install --quiet --disable-pip-version-check datasketch ftfy
fi

# --- builds (release only) ----------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building quire-bench (release, scratch Benchmarks/.build-bench)"
    # SwiftPM keeps the previous build plan when a dependency's source files were only added
    # or removed ("cannot find X in scope"); without it the plan is made again (a second or two).
    rm -f "$BENCH/.build-bench/release.yaml"
    swift build -c release --package-path "$BENCH" --scratch-path "$BENCH/.build-bench" >&2
    if [ "$QUIRE_BUILD" = root ]; then
        log "building quire (release, scratch .build-release)"
        swift build -c release --package-path "$ROOT" --scratch-path "$ROOT/.build-release" --product quire >&2
    elif [ "$QUIRE_BUILD" = static ]; then
        log "building quire (release, static Swift runtime, scratch .build-static)"
        swift build -c release --package-path "$ROOT" --scratch-path "$ROOT/.build-static" --product quire --static-swift-stdlib >&2
    else
        log "building quire (release, the harness's scratch path)"
        swift build -c release --package-path "$BENCH" --scratch-path "$BENCH/.build-bench" --product quire >&2
    fi
fi

# --- machine ------------------------------------------------------------------------------------
"$PY" - "$ROOT" <<'PYEOF' | record >/dev/null
import json, os, platform, subprocess, sys
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
def out(*cmd):
    try: return subprocess.run(cmd, capture_output=True, text=True, cwd=sys.argv[1]).stdout.strip()
    except OSError: return "?"
import datasketch, ftfy
print(json.dumps({"stage": "machine", "nproc": os.cpu_count(), "cpu": cpu, "mem_gib": round(int(mem) / 2**20, 1),
                  "kernel": platform.release(), "python": platform.python_version(),
                  "swift": out("swift", "--version").splitlines()[0] if out("swift", "--version") else "?",
                  "commit": out("git", "rev-parse", "--short", "HEAD"), "dirty": bool(out("git", "status", "--porcelain", "Sources")),
                  "uncommitted_sources": out("git", "status", "--porcelain", "Sources").splitlines(),
                  "datasketch": datasketch.__version__, "ftfy": ftfy.__version__}))
PYEOF

corpus() {  # corpus N -> path, generated once per seed and size
    local dir="$OUT/corpus-s$SEED-$1"
    if [ ! -f "$dir/truth.json" ]; then
        log "generating corpus: $1 documents, seed $SEED"
        rm -rf "$dir"
        python3 "$BENCH/corpus/generate.py" --seed "$SEED" --docs "$1" --out "$dir"
    fi
    echo "$dir"
}

# peak RSS of a command via /usr/bin/time -v, appended as a JSON line
timed_rss() {  # timed_rss LABEL CMD...
    local label="$1"; shift
    local tfile; tfile="$(mktemp)"
    /usr/bin/time -v -o "$tfile" "$@"
    local rss wall user sys
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tfile")
    user=$(awk -F': ' '/User time/ {print $2}' "$tfile")
    sys=$(awk -F': ' '/System time/ {print $2}' "$tfile")
    printf '{"stage":"rss","label":"%s","peak_rss_mib":%.1f,"user_s":%s,"sys_s":%s}\n' \
        "$label" "$(echo "$rss / 1024" | bc -l)" "$user" "$sys" >> "$RESULTS"
    rm -f "$tfile"
}

MAIN="$(corpus "$DOCS")"
HYP="$OUT/hyp-$DOCS"
mkdir -p "$HYP"

# --- repair: throughput and accuracy ------------------------------------------------------------
if want repair; then
load "repair start"
log "repair + TEI in process ($DOCS documents, $RUNS runs)"
timed_rss "quire-bench repair $DOCS" "$HARNESS" repair "$MAIN" --runs "$RUNS" --emit "$HYP" >> "$RESULTS"
log "ftfy peer"
timed_rss "ftfy $DOCS" "$PY" "$BENCH/peers/ftfy_peer.py" "$MAIN" --runs "$RUNS" --emit "$HYP" >> "$RESULTS"
log "scoring reading text (CER, boundary F1)"
"$HARNESS" score "$MAIN" --hyp "$HYP" --systems quire,naive,ftfy >> "$RESULTS"
# The same Chinese documents joined into ~30 KB pages of one extraction style each (articles of
# different column widths on one page): accuracy rows tagged "zh-pages".
PAGES_CORPUS="$OUT/pages-$(basename "$MAIN")"
rm -rf "$PAGES_CORPUS" "$HYP-pages"
python3 "$BENCH/scripts/make_pages.py" --corpus "$MAIN" zh "$PAGES_CORPUS" > /dev/null
"$HARNESS" repair "$PAGES_CORPUS" --runs 1 --emit "$HYP-pages" > /dev/null
"$HARNESS" score "$PAGES_CORPUS" --hyp "$HYP-pages" --systems quire,naive | sed 's/"language":"zh"/"language":"zh-pages"/' >> "$RESULTS"
fi

# --- linearity: single large files (issue 5: no quadratic behaviour) ---------------------------
if want linear; then
load "linear start"
log "linearity: one-line and short-line files at two sizes, ten times apart"
# One process per file, so that each row's peak RSS is that file's own.
for file in $(python3 "$BENCH/scripts/make_linearity.py" "$OUT/linearity"); do
    "$HARNESS" linear "$file" --runs 3 >> "$RESULTS"
done
fi

# --- end to end: quire clean on a folder, per language ------------------------------------------
E2E_RUNS="$OUT/e2e-runs-$(date -u +%Y%m%d%H%M%S)"
E2E_NODEDUP="$OUT/e2e-nodedup.toml"
printf '[dedup]\nenabled = false\n' > "$E2E_NODEDUP"
# One timed `quire clean`: wall, user, sys and peak RSS from /usr/bin/time, and, where perf is
# installed, the CPU time from perf's task-clock (`cpu_s`, which the report prefers). The
# kernel's user and sys times are counted in ticks: a folder of 3 MB takes about 0.1 s, so ticks
# made the MB/s move by 10 % a tick, and a median of three flagged regressions that were not.
timed_clean() {
    local stage=$1 lang=$2 run=$3 files=$4 bytes=$5; shift 5
    local tfile pfile cpu=null
    tfile="$(mktemp)"; pfile="$(mktemp)"
    if command -v perf > /dev/null; then
        perf stat -x, -e task-clock -o "$pfile" /usr/bin/time -f '%e %U %S %M' -o "$tfile" "$@" > /dev/null 2>>"$OUT/e2e-clean.log" || true
        local ms; ms="$(grep task-clock "$pfile" | cut -d, -f1)"
        [ -n "$ms" ] && cpu="$(awk -v ms="$ms" 'BEGIN { printf "%.6f", ms / 1000 }')"
    else
        /usr/bin/time -f '%e %U %S %M' -o "$tfile" "$@" > /dev/null 2>>"$OUT/e2e-clean.log"
    fi
    read -r wall user sys rss < "$tfile"; rm -f "$tfile" "$pfile"
    printf '{"stage":"%s","language":"%s","run":%d,"files":%d,"bytes":%d,"wall_s":%s,"user_s":%s,"sys_s":%s,"cpu_s":%s,"peak_rss_mib":%.1f}\n' \
        "$stage" "$lang" "$run" "$files" "$bytes" "$wall" "$user" "$sys" "$cpu" "$(echo "$rss / 1024" | bc -l)" >> "$RESULTS"
}
: > "$OUT/e2e-clean.log"
# zh-pages: the same Chinese inputs joined into ~30 KB pages (issue 4 states its target per page).
for lang in zh en zh-pages; do
    want e2e || want perf || break
    folder="$OUT/e2e-input-$lang"
    rm -rf "$folder"; mkdir -p "$folder"
    if [ "$lang" = zh-pages ]; then
        python3 "$BENCH/scripts/make_pages.py" "$MAIN/input" zh "$folder" > /dev/null
    else
        cp "$MAIN"/input/*_"$lang".txt "$folder"/
    fi
    bytes=$(cat "$folder"/*.txt | wc -c)
    files=$(ls "$folder" | wc -l)
    want e2e || continue
    for run in $(seq "$RUNS"); do
        # A fresh, never-used folder per run: files created right after many were deleted in
        # the same place cost ext4 up to a third of the run's CPU (freed inodes are skipped).
        target="$E2E_RUNS/$lang-$run"
        timed_clean e2e "$lang" "$run" "$files" "$bytes" "$QUIRE" clean --state "$target/state" -o "$target/out" "$folder"
        # The same folder with the duplicate index off: what the rest of the per-file path costs.
        timed_clean e2e-nodedup "$lang" "$run" "$files" "$bytes" "$QUIRE" clean --config "$E2E_NODEDUP" --state "$target/state-off" -o "$target/out-off" "$folder"
    done
    log "quire clean $lang: $files files, $RUNS runs (dedup on and off)"
done
# One newspaper page per process (sample 003, 35 KB), as a shell loop over files would run
# it: process start-up and opening the index are paid per page. CPU per run from perf stat.
if want e2e && command -v perf > /dev/null; then
    page="$(ls "$ROOT"/../shared/samples/003*.txt 2>/dev/null | head -1 || true)"
    [ -n "$page" ] || page="$(ls "$MAIN"/input/*_zh.txt | head -1)"
    for dedup in on off; do
        for run in $(seq $((RUNS * 3))); do
            target="$E2E_RUNS/page-$dedup-$run"
            config=(); [ "$dedup" = off ] && config=(--config "$E2E_NODEDUP")
            perf stat -x, -e task-clock -o "$target.perf" "$QUIRE" clean "${config[@]}" --state "$target/state" -o "$target/out" "$page" > /dev/null 2>>"$OUT/e2e-clean.log" || true
            printf '{"stage":"e2e-one-page","dedup":"%s","run":%d,"bytes":%d,"cpu_ms":%s}\n' \
                "$dedup" "$run" "$(wc -c < "$page")" "$(grep task-clock "$target.perf" | cut -d, -f1)" >> "$RESULTS"
        done
    done
    log "quire clean, one page per process: $((RUNS * 3)) runs each with dedup on and off"
fi
load "e2e end"
rm -rf "$E2E_RUNS"

# --- duplicate detection next to datasketch -----------------------------------------------------
# On two corpora: the clean paragraphs of the OCR corpus above, and the dedup helper's corpus
# (Benchmarks/dedup/generate_corpus.py: communique boilerplate openings, block-level truth).
DEDUP_CORPUS="$OUT/dedupcorpus-s$SEED-$DOCS"
if want dedup; then
if [ ! -f "$DEDUP_CORPUS/truth.jsonl" ]; then
    log "generating the dedup helper's corpus: $DOCS documents, seed $SEED"
    python3 "$BENCH/dedup/generate_corpus.py" "$DEDUP_CORPUS" --documents "$DOCS" --seed "$SEED" >&2
fi
for dc in "$MAIN" "$DEDUP_CORPUS"; do
    tag="$(basename "$dc")"
    log "dedup on $tag: quire"
    timed_rss "quire-bench dedup $tag" "$HARNESS" dedup "$dc" --runs 3 --scratch "$OUT" --predictions "$HYP/dedup-quire-$tag.json" \
        | sed "s/^{/{\"corpus\":\"$tag\",/" >> "$RESULTS"
    log "dedup on $tag: datasketch MinHashLSH"
    timed_rss "datasketch $tag" "$PY" "$BENCH/peers/datasketch_peer.py" "$dc" --runs 3 --predictions "$HYP/dedup-datasketch-$tag.json" \
        | sed "s/^{/{\"corpus\":\"$tag\",/" >> "$RESULTS"
    "$PY" "$BENCH/scripts/score_dedup.py" "$dc" "$HYP/dedup-quire-$tag.json" --system quire >> "$RESULTS"
    "$PY" "$BENCH/scripts/score_dedup.py" "$dc" "$HYP/dedup-datasketch-$tag.json" --system datasketch >> "$RESULTS"
    "$PY" "$BENCH/scripts/score_dedup.py" "$dc" "$HYP/dedup-datasketch-$tag-verified.json" --system datasketch-verified >> "$RESULTS"
done
load "dedup end"
fi

# --- growth: cost per document from 1k to 10k (to 100k) -----------------------------------------
WATCH_CORPUS="$MAIN"
for n in $SCALE; do
    dir="$(corpus "$n")"
    WATCH_CORPUS="$dir"   # the largest corpus: enough distinct text for every dropped file
    want growth || continue
    log "growth: $n documents"
    "$HARNESS" repair "$dir" --runs 3 | sed "s/^{/{\"scale\":$n,/" >> "$RESULTS"
    "$HARNESS" dedup "$dir" --runs 1 --scratch "$OUT" | sed "s/^{/{\"scale\":$n,/" >> "$RESULTS"
    "$PY" "$BENCH/peers/datasketch_peer.py" "$dir" --runs 1 | sed "s/^{/{\"scale\":$n,/" >> "$RESULTS"
done
want growth && load "growth end"

# --- the daemon ---------------------------------------------------------------------------------
if ! want watch; then
    :
elif "$QUIRE" watch --help > /dev/null 2>&1; then
    log "quire watch: latency idle, under load, burst of $WATCH_BURST"
    "$PY" "$BENCH/scripts/watch_latency.py" "$QUIRE" "$WATCH_CORPUS" --scratch "$OUT/watch" --idle "$WATCH_IDLE" \
        --rate "$WATCH_RATE" --load-seconds "$WATCH_LOAD_SECONDS" --burst "$WATCH_BURST" >> "$RESULTS"
else
    echo '{"stage":"watch","phase":"not available","reason":"quire watch --help failed in this build"}' >> "$RESULTS"
fi
want watch && load "watch end"

# --- profiles -----------------------------------------------------------------------------------
if want perf && [ "$PERF" = 1 ] && command -v perf > /dev/null; then
    profile() {  # profile NAME CMD...: perf record, then the top shared objects and symbols
        local name="$1"; shift
        log "perf: $name"
        perf record -q -g -o "$OUT/perf-$name.data" "$@" > /dev/null 2>&1 || true
        {
            echo "# by shared object"
            perf report -q -i "$OUT/perf-$name.data" --no-children --sort dso --stdio -g none 2>/dev/null \
                | grep -E '^ +[0-9]' | sed 's/  */ /g' | head -8
            echo "# by symbol"
            perf report -q -i "$OUT/perf-$name.data" --no-children --sort symbol --stdio -g none --percent-limit 1 2>/dev/null \
                | grep -E '^ +[0-9]' | sed 's/  */ /g; s/ - - *$//' | swift demangle --simplified | cut -c1-160 | head -25
        } > "$OUT/perf-$name.txt"
    }
    profile repair "$HARNESS" repair "$MAIN" --runs 1
    profile dedup "$HARNESS" dedup "$MAIN" --runs 1 --scratch "$OUT"
    target="$OUT/e2e-profile-$(date -u +%Y%m%d%H%M%S)"
    profile clean-zh "$QUIRE" clean --state "$target/state" -o "$target/out" "$OUT/e2e-input-zh"
    # CPU per file by stage of the pipeline (which frame of each sample's stack it falls under).
    perf script -i "$OUT/perf-clean-zh.data" 2>/dev/null \
        | python3 "$BENCH/scripts/perf_stages.py" --files "$(ls "$OUT/e2e-input-zh" | wc -l)" > "$OUT/perf-clean-zh-stages.txt" || true
    rm -rf "$target"
fi

"$PY" "$BENCH/scripts/report.py" "$RESULTS" > "$OUT/report.md"
# Against the last full run kept in results/ (or BASELINE=FILE): regressions flagged at a glance.
# "Last" by when git recorded the file (its name holds a commit hash, which does not sort by
# time; a clone's file times are all the same), by file time outside git. Partial runs (one
# phase, or growth alone) hold too few figures to compare against.
latest_full_run() {
    local best="" best_time=0 file time
    for file in "$BENCH"/results/*.jsonl; do
        case "$file" in *-dedup.jsonl|*-repair.jsonl|*-peerfix.jsonl|*-growth.jsonl|*-e2e.jsonl) continue ;; esac
        time=$(git -C "$BENCH" log -1 --format=%ct -- "$file" 2>/dev/null)
        [ -n "$time" ] || time=$(stat -c %Y "$file")
        if [ "$time" -ge "$best_time" ]; then best_time=$time; best=$file; fi
    done
    echo "$best"
}
BASELINE="${BASELINE:-$(latest_full_run)}"
if [ -n "$BASELINE" ] && [ -f "$BASELINE" ]; then
    { printf '\n## Against %s\n\n' "$(basename "$BASELINE")"; "$PY" "$BENCH/scripts/compare.py" "$BASELINE" "$RESULTS"; } >> "$OUT/report.md"
fi
log "done: $OUT/report.md"
cat "$OUT/report.md"
