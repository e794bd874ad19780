#!/usr/bin/env bash
# Writes the inputs the coder benchmarks in BENCHMARKS.md read, from ../shared:
#   /tmp/news.jsonl     EWT dev's 2,001 "# text" lines, ten per JSON line
#                       (201 documents), as plain web text
#   /tmp/ewtall.jsonl   the same for EWT train + dev + test
#   /tmp/news-xml.list  GigaWord sample + GSR suite, twenty times each (the
#                       "raw news" run: build/bench_code ... $(cat /tmp/news-xml.list))
# Usage: scripts/make-bench-inputs.sh [OUTDIR]   (default /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp}
D=../shared/data/ud-english-ewt
P=../shared/data/petrarch/text
[ -d "$D" ] || { echo "make-bench-inputs: $D not found (../shared is needed)" >&2; exit 1; }
python3 - "$out" "$D" <<'PY'
import json, sys
out, d = sys.argv[1], sys.argv[2]
def texts(name):
    with open(f"{d}/{name}.conllu", encoding="utf-8") as f:
        return [l[len("# text = "):].rstrip("\n") for l in f if l.startswith("# text = ")]
def write(path, lines, prefix):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(0, len(lines), 10):
            doc = {"id": f"{prefix}-{i // 10}", "date": "2026-01-01", "text": " ".join(lines[i:i + 10])}
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
write(f"{out}/news.jsonl", texts("dev"), "dev")
write(f"{out}/ewtall.jsonl", texts("train") + texts("dev") + texts("test"), "ewt")
PY
for i in $(seq 20); do echo "$PWD/$P/GigaWord.sample.PETR.xml $PWD/$P/PETR2_GSR_validation.xml"; done \
  > "$out/news-xml.list"
echo "wrote $out/news.jsonl, $out/ewtall.jsonl, $out/news-xml.list"
