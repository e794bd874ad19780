#!/usr/bin/env bash
# Paired single-core benchmark rounds of two or more builds, alternating the
# builds within a round and the core (0, 1) between rounds, so that a noisy
# machine slows every build alike. One line per run: KIND round core build
# median (words/s for parse, sentences/s for the code kinds; each a median
# of 5 runs).
#
#   scripts/bench-pair.sh KIND ROUNDS BUILD_DIR...
#     KIND  parse       bench_parse (EWT text, the build tree's own model)
#           code-ewt    bench_code on /tmp/news.jsonl (EWT dev text)
#           code-news   bench_code on the news texts of /tmp/news-xml.list
#           code-given  bench_code, the coder alone, on /tmp/news-parsed.conllu x 20
#
# Inputs: scripts/make-bench-inputs.sh (and, for code-given,
# `build/parley parse $(sort -u /tmp/news-xml.list) > /tmp/news-parsed.conllu`).
# Needs ../shared (the Phoenix dictionaries). BENCHMARKS.md quotes medians.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=$1
rounds=$2
shift 2
D=../shared/data/petrarch/dictionaries
for r in $(seq "$rounds"); do
  core=$(((r - 1) % 2))
  for b in "$@"; do
    case $kind in
      parse) cmd=("$b/bench_parse" --runs 5) ;;
      code-ewt) cmd=("$b/bench_code" --dictionaries "$D" --runs 5 /tmp/news.jsonl) ;;
      code-news) mapfile -t in < <(tr ' ' '\n' < /tmp/news-xml.list | grep -v '^$')
        cmd=("$b/bench_code" --dictionaries "$D" --runs 5 "${in[@]}") ;;
      code-given) in=(); for _ in $(seq 20); do in+=(/tmp/news-parsed.conllu); done
        cmd=("$b/bench_code" --dictionaries "$D" --runs 5 "${in[@]}") ;;
      *) echo "bench-pair: unknown kind $kind (parse, code-ewt, code-news, code-given)" >&2; exit 2 ;;
    esac
    median=$(taskset -c "$core" "${cmd[@]}" 2>&1 | tail -1 | awk '{print $2}')
    echo "$kind round=$r core=$core $b $median"
  done
done
