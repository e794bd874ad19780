// The parser's --beam option, shared by the commands that parse
// (parley parse, parley eval ud).
#pragma once

#include <CLI/CLI.hpp>

namespace parley::cli {

// Adds --beam K (1-64, default 1 = greedy) to `cmd`, stored in *beam; the
// command passes it to Pipeline::set_parse_search.
inline void add_beam_option(CLI::App* cmd, int* beam) {
  cmd->add_option("--beam", *beam,
                  "Parser beam width: 1 = greedy; 4 parses more accurately (EWT dev UAS "
                  "+0.9) at about half the speed")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
}

}  // namespace parley::cli
