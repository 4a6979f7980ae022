// newsloom eval --gold GOLD.jsonl (PATH... | --out DIR) [--json]
// newsloom eval --semeval FILE.csv [--folds K] [--json]
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "cli/pipeline_flags.h"
#include "cli/story_commands.h"
#include "core/env.h"
#include "eval/eval.h"

namespace newsloom {
namespace {

struct EvalFlags {
  std::string gold_path;
  std::vector<std::string> inputs;
  std::string out_dir;
  bool json = false;
  bool details = false;
  PipelineOptions pipeline;
  std::string semeval;  // --semeval FILE.csv: similarity model check instead (story_commands.h)
  int folds = 5;
};

int Fail(const Status& s) {
  std::fprintf(stderr, "newsloom eval: %s\n", MessageOf(s).c_str());
  return 1;
}

int RunEval(const EvalFlags& f) {
  if (!f.semeval.empty()) {
    if (!f.gold_path.empty() || !f.inputs.empty() || !f.out_dir.empty()) {
      std::fprintf(stderr, "newsloom eval: --semeval takes no --gold, --out or PATHs\n");
      return 2;
    }
    return RunEvalSemEval(f.semeval, f.folds, f.pipeline.threads, f.json);
  }
  if (f.gold_path.empty()) {
    std::fprintf(stderr, "newsloom eval: --gold GOLD.jsonl is required (or --semeval FILE.csv)\n");
    return 2;
  }
  Env* env = Env::Default();
  if (f.inputs.empty() == f.out_dir.empty()) {
    std::fprintf(stderr,
                 "newsloom eval: give either input PATHs to analyse or --out DIR of a "
                 "finished run\n");
    return 2;
  }
  auto gold = eval::LoadGold(env, f.gold_path);
  if (!gold.ok()) return Fail(gold.status());

  std::string dir = f.out_dir;
  std::string scratch;
  if (dir.empty()) {
    // Analyse into a scratch directory, without a database: eval never touches a store.
    scratch = (std::filesystem::temp_directory_path() /
               ("newsloom-eval-" + std::to_string(env->NowMicros())))
                  .string();
    AnalysisRunOptions run;
    run.pipeline = f.pipeline;
    run.out_dir = scratch;
    auto summary = RunAnalysis(env, f.inputs, run);
    if (!summary.ok()) return Fail(summary.status());
    std::fprintf(stderr, "%s\n", summary->ToString().c_str());
    dir = scratch;
  }
  const std::string stories = dir + "/stories.jsonl";
  auto run = eval::LoadRun(env, dir + "/articles.jsonl", env->FileExists(stories) ? stories : "");
  if (!scratch.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(scratch, ec);
  }
  if (!run.ok()) return Fail(run.status());
  eval::EvalOptions options;
  options.article_details = f.details || f.json;
  const eval::EvalReport report = eval::Evaluate(*gold, *run, options);
  if (f.json) {
    std::printf("%s\n", eval::ReportToJson(report).c_str());
  } else {
    std::printf("%s", eval::FormatReportTable(report).c_str());
  }
  return 0;
}

}  // namespace

void RegisterEvalCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score an analysis against gold answers (overall and per language)");
  cmd->add_option("--gold", f->gold_path,
                  "Gold answers (JSONL, schema in README); required unless --semeval");
  cmd->add_option("--semeval", f->semeval,
                  "Instead: k-fold Pearson of the same-story model on a SemEval-2022 Task 8 CSV");
  cmd->add_option("--folds", f->folds, "Folds for --semeval (2..100)")->capture_default_str();
  cmd->add_option("paths", f->inputs, "Inputs to analyse now");
  cmd->add_option("--out", f->out_dir, "Directory of a finished run (articles.jsonl)");
  cmd->add_flag("--json", f->json, "Machine-readable report");
  cmd->add_flag("--details", f->details, "Per-article results in the table");
  AddPipelineFlags(cmd, &f->pipeline);
  cmd->callback([f, action] { *action = [f] { return RunEval(*f); }; });
}

}  // namespace newsloom
