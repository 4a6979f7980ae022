// The `newsloom` subcommands. Each Register* function adds one subcommand (and its --help) to
// the app; when that subcommand is chosen, parsing stores its action in `*action` and main
// runs it after parsing. Actions return the process exit code: 0 success, 1 failure (message
// on stderr), 2 usage error.
#ifndef NEWSLOOM_CLI_COMMANDS_H_
#define NEWSLOOM_CLI_COMMANDS_H_

#include <functional>

#include "CLI/CLI.hpp"

namespace newsloom {

using CommandAction = std::function<int()>;

void RegisterAnalyzeCommand(CLI::App& app, CommandAction* action);
void RegisterIngestCommand(CLI::App& app, CommandAction* action);
void RegisterArticlesCommand(CLI::App& app, CommandAction* action);
void RegisterBenchCommand(CLI::App& app, CommandAction* action);
void RegisterEvalCommand(CLI::App& app, CommandAction* action);
void RegisterCompareCommand(CLI::App& app, CommandAction* action);
void RegisterServeCommand(CLI::App& app, CommandAction* action);
void RegisterExportCommand(CLI::App& app, CommandAction* action);
void RegisterSearchCommand(CLI::App& app, CommandAction* action);
void RegisterWatchCommand(CLI::App& app, CommandAction* action);

}  // namespace newsloom

#endif  // NEWSLOOM_CLI_COMMANDS_H_
