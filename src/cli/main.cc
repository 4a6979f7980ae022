// newsloom — command-line entry point. See README.md "Command line".
#include <cstdio>
#include <exception>

#include "CLI/CLI.hpp"
#include "cli/commands.h"
#include "cli/version.h"

namespace {

int Main(int argc, char** argv) {
  CLI::App app{"Newsloom: stories, events and figures from the world's news, in any language."};
  app.set_version_flag("--version", std::string("newsloom ") + newsloom::kVersion);
  app.require_subcommand(1);
  newsloom::CommandAction action;
  newsloom::RegisterAnalyzeCommand(app, &action);
  newsloom::RegisterIngestCommand(app, &action);
  newsloom::RegisterArticlesCommand(app, &action);
  newsloom::RegisterEvalCommand(app, &action);
  newsloom::RegisterCompareCommand(app, &action);
  newsloom::RegisterSearchCommand(app, &action);
  newsloom::RegisterBenchCommand(app, &action);
  newsloom::RegisterServeCommand(app, &action);
  newsloom::RegisterExportCommand(app, &action);
  newsloom::RegisterWatchCommand(app, &action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return action ? action() : 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {  // a bug: commands report errors as Status
    std::fprintf(stderr, "newsloom: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "newsloom: internal error\n");
  }
  return 1;
}
