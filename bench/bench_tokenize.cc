// Read + tokenize + split throughput, in MB/s of text on one core.
//
// Builds a corpus by replicating the raw text of UD English EWT (train, dev and
// test rebuilt from CoNLL-U) to at least --mb megabytes (default 100), writes it
// as .txt articles of about 1 MB each (EWT documents separated by blank lines)
// in a temporary directory, then times reading the directory back through
// DocumentStream (the plain-text reader) and tokenizing every document. Prints each run and the
// median of --runs (5).
//
//   taskset -c 0 build/bench_tokenize [--mb 100] [--runs 5] [--shared ../shared]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parley/eval/ud_eval.h"
#include "parley/nlp/tokenizer.h"
#include "parley/read/reader.h"

int main(int argc, char** argv) {
  double mb = 100;
  int runs = 5;
  std::string shared = std::string(PARLEY_SOURCE_DIR) + "/../shared";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--mb")) mb = std::atof(argv[i + 1]);
    if (!std::strcmp(argv[i], "--runs")) runs = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--shared")) shared = argv[i + 1];
  }
  std::string text;
  for (const char* part : {"train", "dev", "test"}) {
    std::vector<parley::Document> docs;
    std::string path = shared + "/data/ud-english-ewt/" + part + ".conllu";
    parley::Status s = parley::read_gold_conllu(path, &docs);
    if (!s.ok()) {
      std::fprintf(stderr, "bench_tokenize: %s\n", s.message().c_str());
      return 1;
    }
    for (const parley::Document& d : docs) text.append(d.text).append("\n\n");
  }
  const size_t target = static_cast<size_t>(mb * 1e6);
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "parley_bench_tokenize";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  size_t bytes = 0, pos = 0;
  for (int f = 0; bytes < target; ++f) {
    char name[32];
    std::snprintf(name, sizeof name, "%05d.txt", f);
    std::ofstream out(dir / name, std::ios::binary);
    size_t in_file = 0;
    while (in_file < 1000000 && bytes < target) {
      size_t end = text.find("\n\n", pos);
      if (end == std::string::npos) {
        pos = 0;
        continue;
      }
      end += 2;
      out.write(text.data() + pos, static_cast<std::streamsize>(end - pos));
      in_file += end - pos;
      bytes += end - pos;
      pos = end >= text.size() ? 0 : end;
    }
  }
  std::printf("corpus: %.1f MB (EWT raw text x%zu) in %s\n", bytes / 1e6, bytes / text.size(),
              dir.c_str());
  std::vector<double> rates;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    parley::DocumentStream stream(
        {dir.string()}, parley::ReadOptions(),
        [](const parley::ReadProblem& p) { std::fprintf(stderr, "%s\n", p.ToString().c_str()); });
    parley::Document doc;
    size_t tokens = 0, sentences = 0, read = 0;
    while (stream.next(&doc)) {
      parley::tokenize(&doc);
      read += doc.text.size();
      sentences += doc.sentences.size();
      for (const parley::Sentence& s : doc.sentences) tokens += s.tokens.size();
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rates.push_back(read / 1e6 / secs);
    std::printf("run %d: %.2f s, %.1f MB/s (%zu bytes of text, %zu sentences, %zu tokens)\n", r + 1,
                secs, rates.back(), read, sentences, tokens);
  }
  std::sort(rates.begin(), rates.end());
  std::printf("median: %.1f MB/s\n", rates[rates.size() / 2]);
  std::filesystem::remove_all(dir);
  return 0;
}
