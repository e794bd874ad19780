#include "cli/commands.h"

namespace parley::cli {

void add_code_command(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("code", "(not yet implemented)");
  cmd->callback([exit_code] { *exit_code = 2; });
}

}  // namespace parley::cli
