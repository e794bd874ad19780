// Measures how long loading a dictionary directory takes (default: the Phoenix
// PETRARCH set in ../shared), median of N runs, wall and CPU time. Pin it to
// one core to compare with the 1 s target:
//   taskset -c 0 build/bench_dict_load [DIR] [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "parley/dict/dictionary.h"

int main(int argc, char** argv) {
  std::string dir =
      argc > 1 ? argv[1] : std::string(PARLEY_SOURCE_DIR) + "/../shared/data/petrarch/dictionaries";
  int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  if (runs < 1) runs = 1;
  std::vector<double> wall, cpu;
  parley::dict::DictionaryStats stats;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    std::shared_ptr<const parley::dict::Dictionaries> d;
    parley::Status s = parley::dict::Dictionaries::LoadDirectory(dir, &d);
    if (!s.ok()) {
      std::fprintf(stderr, "bench_dict_load: %s\n", s.message().c_str());
      return 1;
    }
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    cpu.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    stats = d->stats();
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  std::printf("%s: %zu actors, %zu actor names, %zu verbs, %zu patterns, %zu warnings\n",
              dir.c_str(), stats.actors, stats.actor_names, stats.verbs, stats.verb_patterns,
              stats.warnings);
  // CPU time is what the 1 s target is about; wall time also counts waiting for a busy core.
  std::printf("load wall seconds: median %.3f, min %.3f, max %.3f over %d runs\n",
              wall[wall.size() / 2], wall.front(), wall.back(), runs);
  std::printf("load CPU seconds:  median %.3f, min %.3f, max %.3f\n", cpu[cpu.size() / 2],
              cpu.front(), cpu.back());
  return 0;
}
