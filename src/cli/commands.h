// Each subcommand lives in its own file src/cli/cmd_<name>.cc and registers
// itself on the top-level CLI11 app through one of these functions. The
// handler stores its exit code in *exit_code (0 ok, 1 some inputs skipped,
// 2 usage error).
#pragma once

#include <CLI/CLI.hpp>

namespace parley::cli {

void add_tokenize_command(CLI::App& app, int* exit_code);
void add_parse_command(CLI::App& app, int* exit_code);
void add_train_command(CLI::App& app, int* exit_code);
void add_eval_command(CLI::App& app, int* exit_code);
void add_dict_command(CLI::App& app, int* exit_code);
void add_code_command(CLI::App& app, int* exit_code);
void add_validate_command(CLI::App& app, int* exit_code);

}  // namespace parley::cli
