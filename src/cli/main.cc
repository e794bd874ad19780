// parley: news text to political event data. See `parley --help`.
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "parley: news text to political event data (CAMEO/PLOVER), in one native binary.\n\n"
      "Exit status: 0 when every input was read, 1 when some inputs or records were skipped\n"
      "(each reported on stderr as one line naming the file and line), 2 on usage errors."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "parley 0.1.0");
  int exit_code = 0;
  parley::cli::add_code_command(app, &exit_code);
  parley::cli::add_tokenize_command(app, &exit_code);
  parley::cli::add_parse_command(app, &exit_code);
  parley::cli::add_train_command(app, &exit_code);
  parley::cli::add_eval_command(app, &exit_code);
  parley::cli::add_dict_command(app, &exit_code);
  parley::cli::add_validate_command(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}
