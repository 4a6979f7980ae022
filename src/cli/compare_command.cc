// newsloom compare A B [--json] [--no-facts]
// newsloom compare --pairs FILE.jsonl [--out FILE] [--threads N] [--no-facts]
// Same-story similarity with reasons (cluster/similarity.h; DESIGN.md "Contracts"). Both
// articles' facts are extracted and linked as the pipeline does (cluster/fact_source.h), so
// the reasons name shared entities, places, countries, event days and figures; --no-facts
// compares the text signals alone.
#include <simdjson.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cluster/fact_source.h"
#include "cluster/similarity.h"
#include "core/env.h"
#include "core/json_writer.h"
#include "core/strings.h"
#include "core/thread_pool.h"
#include "fmt/format.h"
#include "ingest/collecting_sink.h"
#include "ingest/ingest.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

struct CompareFlags {
  std::vector<std::string> files;
  std::string pairs;
  std::string out;
  bool json = false;
  bool facts = true;
  size_t threads = 2;
};

int Fail(const Status& s) {
  std::fprintf(stderr, "newsloom compare: %s\n", MessageOf(s).c_str());
  return 1;
}

// The first article of a file, read with the ingest readers; the title is put in front of
// the text when the text does not already start with it.
StatusOr<RawDocument> ReadArticle(const std::string& path) {
  Ingester ingester(Env::Default());
  CollectingSink sink;
  ingester.IngestInput(path, &sink);
  std::vector<RawDocument> docs = sink.documents();
  if (docs.empty()) {
    std::string why = sink.RejectionSummary();
    return absl::InvalidArgumentError(why.empty() ? fmt::format("{}: no article found", path)
                                                  : why);
  }
  RawDocument doc = std::move(docs.front());
  if (!doc.title.empty() && !doc.text.starts_with(doc.title)) {
    doc.text = doc.title + "\n\n" + doc.text;
  }
  return doc;
}

std::string ComparisonJson(const cluster::Comparison& c, const RawDocument* a, const RawDocument* b,
                           const AnalyzedDocument* da, const AnalyzedDocument* db) {
  JsonWriter w;
  w.BeginObject();
  if (a != nullptr) {
    w.Key("a").BeginObject().Key("source").String(a->source).Key("lang").String(da->lang);
    w.EndObject();
    w.Key("b").BeginObject().Key("source").String(b->source).Key("lang").String(db->lang);
    w.EndObject();
  }
  w.Key("score").Double(c.score).Key("same_story").Bool(c.same_story);
  w.Key("reasons").BeginArray();
  for (const cluster::Reason& r : c.reasons) {
    w.BeginObject().Key("signal").String(r.signal).Key("value").Double(r.value);
    w.Key("contribution").Double(r.contribution).Key("shared").BeginArray();
    for (const std::string& s : r.shared) w.String(s);
    w.EndArray().EndObject();
  }
  w.EndArray().Key("signals").BeginObject();
  for (int i = 0; i < cluster::kSignalCount; ++i) {
    w.Key(cluster::SignalName(i)).Double(c.signals[i]);
  }
  w.EndObject().EndObject();
  return w.Release();
}

std::string ComparisonText(const cluster::Comparison& c, const RawDocument& a, const RawDocument& b,
                           const AnalyzedDocument& da, const AnalyzedDocument& db) {
  std::string out = fmt::format("A: {} ({})\nB: {} ({})\n", a.source, da.lang, b.source, db.lang);
  out +=
      fmt::format("score {:.3f}: {}\n", c.score, c.same_story ? "same story" : "different stories");
  if (c.reasons.empty()) out += "nothing in common\n";
  for (const cluster::Reason& r : c.reasons) {
    out += fmt::format("  {:<14} {:.3f} (+{:.2f})", r.signal, r.value, r.contribution);
    if (!r.shared.empty()) {
      std::string joined;
      for (const std::string& s : r.shared) joined += (joined.empty() ? "" : ", ") + s;
      out += "  " + joined;
    }
    out += "\n";
  }
  return out;
}

int CompareTwo(const CompareFlags& f) {
  auto a = ReadArticle(f.files[0]);
  if (!a.ok()) return Fail(a.status());
  auto b = ReadArticle(f.files[1]);
  if (!b.ok()) return Fail(b.status());
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status());
  auto da = (*analyzer)->Analyze(a->text, a->lang_hint);
  if (!da.ok()) return Fail(da.status());
  auto db = (*analyzer)->Analyze(b->text, b->lang_hint);
  if (!db.ok()) return Fail(db.status());
  const cluster::SimilarityModel& model = cluster::SimilarityModel::Default();
  std::optional<ArticleFacts> fa, fb;
  if (f.facts) {
    auto facts = cluster::FactSource::Open();
    if (!facts.ok()) return Fail(facts.status());
    fa = (*facts)->Extract(*da, a->published);
    fb = (*facts)->Extract(*db, b->published);
    Status linked = (*facts)->Link("a", a->published, &*fa);
    if (linked.ok()) linked = (*facts)->Link("b", b->published, &*fb);
    if (!linked.ok()) return Fail(linked);
  }
  const cluster::Comparison c =
      model.Compare(cluster::FeaturesWithFacts(model, *da, a->published, fa ? &*fa : nullptr),
                    cluster::FeaturesWithFacts(model, *db, b->published, fb ? &*fb : nullptr));
  std::string out =
      f.json ? ComparisonJson(c, &*a, &*b, &*da, &*db) + "\n" : ComparisonText(c, *a, *b, *da, *db);
  std::fputs(out.c_str(), stdout);
  return 0;
}

struct PairLine {
  std::string id, text1, text2, lang1, lang2;
  std::optional<FuzzyDate> published1, published2;
};

// One line of a pairs file; InvalidArgument naming what is wrong.
StatusOr<PairLine> ParsePairLine(simdjson::dom::parser& parser, std::string_view line) {
  simdjson::dom::element root;
  if (auto err = parser.parse(line.data(), line.size()).get(root)) {
    return absl::InvalidArgumentError(fmt::format("not JSON: {}", simdjson::error_message(err)));
  }
  simdjson::dom::object obj;
  if (root.get(obj)) return absl::InvalidArgumentError("not a JSON object");
  PairLine p;
  auto get = [&](const char* key, std::string* out, bool required) -> Status {
    simdjson::dom::element e;
    if (obj.at_key(key).get(e) || e.is_null()) {
      return required ? absl::InvalidArgumentError(fmt::format("missing \"{}\"", key))
                      : absl::OkStatus();
    }
    if (e.is_int64()) {
      *out = std::to_string(int64_t(e));
      return absl::OkStatus();
    }
    std::string_view s;
    if (e.get(s)) return absl::InvalidArgumentError(fmt::format("\"{}\" is not a string", key));
    *out = std::string(s);
    return absl::OkStatus();
  };
  NL_RETURN_IF_ERROR(get("id", &p.id, true));
  NL_RETURN_IF_ERROR(get("text1", &p.text1, true));
  NL_RETURN_IF_ERROR(get("text2", &p.text2, true));
  NL_RETURN_IF_ERROR(get("lang1", &p.lang1, false));
  NL_RETURN_IF_ERROR(get("lang2", &p.lang2, false));
  for (auto [key, out] : {std::pair{"published1", &p.published1}, {"published2", &p.published2}}) {
    std::string text;
    NL_RETURN_IF_ERROR(get(key, &text, false));
    if (text.empty()) continue;
    *out = FuzzyDate::Parse(text);
    if (!*out) return absl::InvalidArgumentError(fmt::format("bad date in \"{}\"", key));
  }
  return p;
}

// One pair of a pairs file as it goes through ComparePairs.
struct PairWork {
  std::optional<PairLine> line;
  AnalyzedDocument a, b;
  std::optional<ArticleFacts> facts_a, facts_b;
  std::string result, error;
};

int ComparePairs(const CompareFlags& f) {
  Env* env = Env::Default();
  std::string data;
  Status read = env->ReadFile(f.pairs, &data);
  if (!read.ok()) return Fail(read);
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status());
  const cluster::SimilarityModel& model = cluster::SimilarityModel::Default();
  std::unique_ptr<cluster::FactSource> facts;
  if (f.facts) {
    auto opened = cluster::FactSource::Open();
    if (!opened.ok()) return Fail(opened.status());
    facts = std::move(*opened);
  }

  std::vector<std::string_view> lines = SplitView(data, '\n');
  std::vector<PairWork> work(lines.size());
  auto fail = [&](size_t i, const Status& s) {
    work[i].error = fmt::format("{}:{}: {}", f.pairs, i + 1, MessageOf(s));
  };
  ThreadPool pool(f.threads);
  // Parse, analyse and extract in parallel; link in line order (entity ids then do not depend
  // on the threads); then score in parallel.
  pool.ParallelFor(lines.size(), [&](size_t i) {
    std::string_view line = lines[i];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripAsciiWhitespace(line).empty()) return;
    thread_local simdjson::dom::parser parser;
    auto p = ParsePairLine(parser, line);
    if (!p.ok()) return fail(i, p.status());
    auto a = (*analyzer)->Analyze(p->text1, p->lang1);
    if (!a.ok()) return fail(i, a.status());
    auto b = (*analyzer)->Analyze(p->text2, p->lang2);
    if (!b.ok()) return fail(i, b.status());
    PairWork& w = work[i];
    w.line = std::move(*p);
    w.a = std::move(*a);
    w.b = std::move(*b);
    if (facts) {
      w.facts_a = facts->Extract(w.a, w.line->published1);
      w.facts_b = facts->Extract(w.b, w.line->published2);
    }
  });
  for (size_t i = 0; facts && i < work.size(); ++i) {
    PairWork& w = work[i];
    if (!w.line) continue;
    Status s = facts->Link(w.line->id + "/1", w.line->published1, &*w.facts_a);
    if (s.ok()) s = facts->Link(w.line->id + "/2", w.line->published2, &*w.facts_b);
    if (!s.ok()) {
      fail(i, s);
      w.line.reset();
    }
  }
  pool.ParallelFor(work.size(), [&](size_t i) {
    PairWork& w = work[i];
    if (!w.line) return;
    const cluster::Comparison c =
        model.Compare(cluster::FeaturesWithFacts(model, w.a, w.line->published1,
                                                 w.facts_a ? &*w.facts_a : nullptr),
                      cluster::FeaturesWithFacts(model, w.b, w.line->published2,
                                                 w.facts_b ? &*w.facts_b : nullptr));
    JsonWriter jw;
    jw.BeginObject().Key("id").String(w.line->id).Key("score").Double(c.score);
    jw.Key("same_story").Bool(c.same_story).EndObject();
    w.result = jw.Release();
  });
  std::string out;
  size_t compared = 0, bad = 0;
  for (const PairWork& w : work) {
    if (!w.error.empty()) {
      std::fprintf(stderr, "%s\n", w.error.c_str());
      ++bad;
    } else if (!w.result.empty()) {
      out += w.result + "\n";
      ++compared;
    }
  }
  if (f.out.empty()) {
    std::fputs(out.c_str(), stdout);
  } else if (Status s = env->WriteFile(f.out, out); !s.ok()) {
    return Fail(s);
  }
  std::fprintf(stderr, "newsloom compare: %zu pairs compared, %zu bad lines skipped\n", compared,
               bad);
  return 0;
}

int RunCompare(const CompareFlags& f) {
  if (!f.pairs.empty()) {
    if (!f.files.empty()) {
      std::fprintf(stderr, "newsloom compare: give either two articles or --pairs FILE\n");
      return 2;
    }
    return ComparePairs(f);
  }
  if (f.files.size() != 2) {
    std::fprintf(stderr, "newsloom compare: give two articles (A B) or --pairs FILE.jsonl\n");
    return 2;
  }
  return CompareTwo(f);
}

}  // namespace

void RegisterCompareCommand(CLI::App& app, CommandAction* action) {
  auto f = std::make_shared<CompareFlags>();
  CLI::App* cmd = app.add_subcommand(
      "compare", "Explain whether two articles tell the same story, or score pairs in bulk");
  cmd->add_option("articles", f->files,
                  "Two article files (text, seed, HTML, JSONL: first record)");
  cmd->add_option("--pairs", f->pairs,
                  "JSONL of {\"id\",\"text1\",\"text2\"} (optional lang1, lang2, published1, "
                  "published2); writes {\"id\",\"score\",\"same_story\"} lines");
  cmd->add_option("--out", f->out, "With --pairs: write results here instead of stdout");
  cmd->add_flag("--json", f->json, "With two articles: print JSON");
  cmd->add_option("--threads", f->threads, "With --pairs: analysis threads (default 2)");
  cmd->add_flag("--no-facts{false}", f->facts,
                "Compare the text signals only: no places, entities, event days or figures");
  cmd->callback([f, action] { *action = [f] { return RunCompare(*f); }; });
}

}  // namespace newsloom
