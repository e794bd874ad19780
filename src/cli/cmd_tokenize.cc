#include "cli/commands.h"

namespace parley::cli {

void add_tokenize_command(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("tokenize", "(not yet implemented)");
  cmd->callback([exit_code] { *exit_code = 2; });
}

}  // namespace parley::cli
