#include "cli/pipeline_flags.h"

#include <cstdio>

namespace newsloom {

void AddPipelineFlags(CLI::App* cmd, PipelineOptions* o) {
  cmd->add_option("--threads", o->threads, "Analysis threads (0 = one per core)")
      ->capture_default_str();
  cmd->add_option("--batch", o->batch_size, "Articles per batch and store transaction")
      ->capture_default_str()
      ->check(CLI::Range(1, 1 << 20));
  cmd->add_option("--max-document-bytes", o->ingest.max_document_bytes,
                  "Larger documents are rejected")
      ->capture_default_str();
  cmd->add_option("--jsonl-id", o->ingest.jsonl_fields.id, "JSONL field holding the id")
      ->capture_default_str();
  cmd->add_option("--jsonl-title", o->ingest.jsonl_fields.title, "JSONL field: title")
      ->capture_default_str();
  cmd->add_option("--jsonl-text", o->ingest.jsonl_fields.text, "JSONL field: article text")
      ->capture_default_str();
  cmd->add_option("--jsonl-url", o->ingest.jsonl_fields.url, "JSONL field: URL")
      ->capture_default_str();
  cmd->add_option("--jsonl-published", o->ingest.jsonl_fields.published,
                  "JSONL field: publication date")
      ->capture_default_str();
  cmd->add_option("--jsonl-lang", o->ingest.jsonl_fields.lang, "JSONL field: language")
      ->capture_default_str();
  cmd->add_flag("--no-progress{false}", o->progress, "Never show a progress bar");
  cmd->add_flag("--no-extract{false}", o->extract,
                "Skip places, persons, organizations, figures and events");
  cmd->add_option("--gazetteer", o->gazetteer_path,
                  "Gazetteer file (default: gazetteer.nlg in $NEWSLOOM_DATA_DIR or the build's "
                  "data directory)");
}

std::string CommandLine(const std::string& subcommand, const std::vector<std::string>& args) {
  std::string s = "newsloom " + subcommand;
  for (const auto& a : args) s += " " + a;
  return s;
}

int ReportSummary(const RunSummary& summary) {
  std::fprintf(stderr, "%s\n", summary.ToString().c_str());
  return summary.analysed == 0 && summary.rejected > 0 ? 1 : 0;
}

}  // namespace newsloom
