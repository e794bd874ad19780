// The parser's --beam option, shared by the commands that parse
// (parley parse, eval ud, code, validate).
#pragma once

#include <CLI/CLI.hpp>

#include "parley/nlp/pipeline.h"

namespace parley::cli {

// Adds --beam K (1-64, default 1 = greedy) to `cmd`, stored in *beam; the
// command passes it to its pipeline with use_beam.
inline void add_beam_option(CLI::App* cmd, int* beam) {
  cmd->add_option("--beam", *beam,
                  "Parser beam width: 1 = greedy; 4 parses more accurately (EWT dev UAS "
                  "+0.9) at about half the speed")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
}

// Makes `pipeline` parse with a beam of `beam` configurations (1: greedy).
inline void use_beam(int beam, nlp::Pipeline* pipeline) {
  pipeline->set_parse_search(nlp::ParseSearch::with_beam(beam));
}

}  // namespace parley::cli
