// Reading throughput: documents read by DocumentStream per second, in MB of
// input text (Document::text), over the inputs given.
//
//   bench_read [--format F] [--max-document-mb N] [--runs R] INPUT...
//
// Input used for the figures in the readers report (EWT sentences as 31,062
// articles of ~3.5 KB, as .txt files and as one 105 MB .jsonl file):
//   python3 -c 'import json,os
//   S=[l[9:-1] for l in open("../shared/data/ud-english-ewt/train.conllu") if l.startswith("# text
//   = ")] o=open("/tmp/read-bench/news.jsonl","w");i=n=t=0 while t<105e6:
//    b="\n\n".join(" ".join(S[(i+7*p+k)%len(S)] for k in range(7)) for p in range(6));i+=43
//    h=S[i%len(S)];d="/tmp/read-bench/txt/%03d"%(n//1000);os.makedirs(d,exist_ok=True)
//    open(d+"/a%06d.txt"%n,"w").write(h+"\n\n21 August, 2018\n\n3 min read\n\n"+b+"\n")
//    o.write(json.dumps({"id":"a%d"%n,"date":"2018-08-21","title":h,"text":b})+"\n");t+=len(b.encode());n+=1'
//
// Prints one line per run and the medians, by wall clock and by CPU time
// (the second is the steadier figure on a shared machine). Pin to one core for a figure:
//   taskset -c 0 build/bench_read --runs 5 /tmp/read-bench/txt
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "parley/read/reader.h"

// User + system CPU seconds of this process so far.
static double cpu_seconds() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
         u.ru_stime.tv_usec / 1e6;
}

int main(int argc, char** argv) {
  parley::ReadOptions options;
  int runs = 5;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--format" && i + 1 < argc) {
      if (!parley::parse_input_format(argv[++i], &options.format)) {
        std::fprintf(stderr, "bench_read: unknown format %s\n", argv[i]);
        return 2;
      }
    } else if (arg == "--max-document-mb" && i + 1 < argc) {
      options.max_document_bytes = std::strtoull(argv[++i], nullptr, 10) << 20;
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr,
                 "usage: bench_read [--format F] [--max-document-mb N] [--runs R] INPUT...\n");
    return 2;
  }
  std::vector<double> rates, cpu_rates;
  for (int run = 0; run < runs; ++run) {
    uint64_t problems = 0;
    parley::DocumentStream stream(inputs, options, [&](const parley::ReadProblem& p) {
      if (p.skipped && ++problems <= 3) std::fprintf(stderr, "%s\n", p.ToString().c_str());
    });
    parley::Document doc;
    uint64_t docs = 0, bytes = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    while (stream.next(&doc)) {
      ++docs;
      bytes += doc.text.size();
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu = cpu_seconds() - cpu_start;
    double rate = bytes / 1e6 / secs;
    double cpu_rate = bytes / 1e6 / cpu;
    rates.push_back(rate);
    cpu_rates.push_back(cpu_rate);
    std::printf(
        "run %d: %llu documents, %.1f MB of text in %.3f s (%.3f s CPU): %.1f MB/s wall, %.1f "
        "MB/s per CPU second (%llu problems)\n",
        run + 1, static_cast<unsigned long long>(docs), bytes / 1e6, secs, cpu, rate, cpu_rate,
        static_cast<unsigned long long>(problems));
  }
  std::sort(rates.begin(), rates.end());
  std::sort(cpu_rates.begin(), cpu_rates.end());
  std::printf("median of %d runs: %.1f MB/s wall, %.1f MB/s per CPU second\n", runs,
              rates[rates.size() / 2], cpu_rates[cpu_rates.size() / 2]);
  return 0;
}
