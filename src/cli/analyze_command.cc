// newsloom analyze PATH... --out DIR — and newsloom ingest PATH... --db PATH.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/pipeline_flags.h"
#include "core/env.h"

namespace newsloom {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string db_path;
  bool no_db = false;
  bool no_search_index = false;
  AnalysisRunOptions run;
};

int RunAnalyzeLike(const AnalyzeFlags& f, const std::string& name) {
  AnalysisRunOptions run = f.run;
  run.out_dir = f.out_dir;
  run.db_path = f.no_db ? "" : f.db_path;
  if (run.db_path.empty() && !f.no_db && !f.out_dir.empty()) {
    run.db_path = f.out_dir + "/newsloom.db";
  }
  if (!run.db_path.empty() && !f.out_dir.empty()) {
    if (Status s = Env::Default()->CreateDirs(f.out_dir); !s.ok()) {
      std::fprintf(stderr, "newsloom %s: %s\n", name.c_str(), s.ToString().c_str());
      return 1;
    }
  }
  run.update_search_index = !f.no_search_index;
  run.command = CommandLine(name, f.inputs);
  StatusOr<RunSummary> summary = RunAnalysis(Env::Default(), f.inputs, run);
  if (!summary.ok()) {
    std::fprintf(stderr, "newsloom %s: %s\n", name.c_str(), MessageOf(summary.status()).c_str());
    return 1;
  }
  const int code = ReportSummary(*summary);
  if (!f.out_dir.empty()) {
    std::fprintf(stderr, "wrote %s/articles.jsonl%s\n", f.out_dir.c_str(),
                 run.db_path.empty() ? "" : (" and " + run.db_path).c_str());
  }
  return code;
}

}  // namespace

void RegisterAnalyzeCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "analyze", "Run the whole pipeline on files, directories, feed URLs or - (stdin)");
  cmd->add_option("paths", f->inputs, "Inputs: files, directories (recursive), URLs, -")
      ->required();
  cmd->add_option("--out", f->out_dir, "Output directory for articles.jsonl (and newsloom.db)")
      ->required();
  cmd->add_option("--db", f->db_path, "SQLite database (default DIR/newsloom.db)");
  cmd->add_flag("--no-db", f->no_db, "Write JSONL only, no database");
  cmd->add_flag("--no-search-index", f->no_search_index,
                "Leave the search index (DB.xapian) alone; `newsloom search` builds it later");
  AddPipelineFlags(cmd, &f->run.pipeline);
  cmd->callback([f, action] { *action = [f] { return RunAnalyzeLike(*f, "analyze"); }; });
}

void RegisterIngestCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Analyse inputs into a database (incremental: known articles are kept)");
  cmd->add_option("paths", f->inputs, "Inputs: files, directories (recursive), URLs, -")
      ->required();
  cmd->add_option("--db", f->db_path, "SQLite database")->required();
  cmd->add_flag("--no-search-index", f->no_search_index,
                "Leave the search index (DB.xapian) alone; `newsloom search` builds it later");
  AddPipelineFlags(cmd, &f->run.pipeline);
  cmd->callback([f, action] { *action = [f] { return RunAnalyzeLike(*f, "ingest"); }; });
}

}  // namespace newsloom
