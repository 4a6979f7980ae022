// newsloom serve --db PATH — the HTTP API and web UI (docs/api.md).
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli/commands.h"
#include "cli/pipeline_flags.h"
#include "cli/version.h"
#include "core/env.h"
#include "core/strings.h"
#include "server/server_runner.h"

namespace newsloom {
namespace {

struct ServeFlags {
  ServerRunnerOptions runner;
  std::string token_file;
};

int Fail(const Status& s) {
  std::fprintf(stderr, "newsloom serve: %s\n", MessageOf(s).c_str());
  return 1;
}

// The write token: --token-file, else $NEWSLOOM_TOKEN, else "" (writes refused).
StatusOr<std::string> ReadToken(const std::string& file) {
  if (file.empty()) {
    const char* env = std::getenv("NEWSLOOM_TOKEN");
    return std::string(env != nullptr ? StripAsciiWhitespace(env) : "");
  }
  std::string data;
  NL_RETURN_IF_ERROR(Env::Default()->ReadFile(file, &data, 4096));
  const std::string token(StripAsciiWhitespace(data));
  if (token.empty()) return absl::InvalidArgumentError(file + ": empty token file");
  return token;
}

int RunServe(ServeFlags f) {
  StatusOr<std::string> token = ReadToken(f.token_file);
  if (!token.ok()) return Fail(token.status());
  f.runner.api.token = *token;
  f.runner.api.preload_writer = true;  // the first POST does not wait for the database's state
  f.runner.api.version = kVersion;
  // SIGINT/SIGTERM are taken by sigwait below: block them before any thread starts, so every
  // server thread inherits the mask and the signal reaches only this thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);
  StatusOr<std::unique_ptr<ServerRunner>> server = ServerRunner::Start(std::move(f.runner));
  if (!server.ok()) return Fail(server.status());
  if (token->empty()) {
    std::fprintf(stderr,
                 "newsloom serve: no token (--token-file or NEWSLOOM_TOKEN): writes "
                 "are refused\n");
  }
  std::printf("newsloom: serving %s\n", (*server)->url().c_str());
  std::fflush(stdout);
  int sig = 0;
  sigwait(&stop_signals, &sig);
  std::fprintf(stderr, "newsloom serve: %s, stopping\n",
               sig == SIGINT ? "interrupted" : "terminated");
  (*server)->Stop();
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP API and web UI over a database");
  cmd->add_option("--db", f->runner.api.db_path, "SQLite database (from analyze/ingest/watch)")
      ->required();
  cmd->add_option("--port", f->runner.http.port, "TCP port (0 = any free port)")
      ->capture_default_str();
  cmd->add_option("--host", f->runner.http.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--token-file", f->token_file,
                  "File holding the bearer token for POST (else $NEWSLOOM_TOKEN)");
  cmd->add_option("--web", f->runner.web_dir, "Web UI directory (default: the built-in one)");
  cmd->add_option("--http-threads", f->runner.http.threads, "HTTP worker threads")
      ->capture_default_str();
  cmd->add_option("--reads-per-minute", f->runner.api.reads_per_minute,
                  "API reads per minute and client address (0 = unlimited)")
      ->capture_default_str();
  cmd->add_option("--writes-per-minute", f->runner.api.writes_per_minute,
                  "API writes per minute and client address (0 = unlimited)")
      ->capture_default_str();
  AddPipelineFlags(cmd, &f->runner.api.pipeline);
  cmd->callback([f, action] { *action = [f] { return RunServe(*f); }; });
}

}  // namespace newsloom
