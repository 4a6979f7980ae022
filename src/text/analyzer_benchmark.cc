// Benchmarks of the analysis layer on news articles in several languages and scripts.
//
// Corpus: the SemEval-2022 task 8 articles in ../shared/data (real news in en, de, es, fr, it,
// pl, ru, tr, ar, zh, ...) when present, joined per language into ~3 KB articles (cut at a
// space); otherwise synthetic ~3 KB articles built from our own sentences. Report: items/s is
// articles/s (µs/article = 1e6 / items_per_second), bytes/s is input MB/s.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "text/analyzer.h"
#include "text/language_id.h"
#include "text/normalizer.h"
#include "text/segmenter.h"

namespace newsloom {
namespace {

constexpr size_t kArticleBytes = 3000;

// Minimal RFC 4180 reader: rows of fields, quoted fields may hold commas, "" and newlines.
std::vector<std::vector<std::string>> ReadCsv(const std::string& data) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < data.size(); ++i) {
    const char c = data[i];
    if (quoted) {
      if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field.push_back(c);
    }
  }
  if (!field.empty()) rows.back().push_back(std::move(field));
  return rows;
}

std::string CutToArticle(const std::string& text) {
  if (text.size() <= kArticleBytes) return text;
  const size_t space = text.rfind(' ', kArticleBytes);
  return text.substr(0, space == std::string::npos ? kArticleBytes : space);
}

std::string SyntheticArticle(const std::string& lang, int variant) {
  static const std::map<std::string, std::vector<std::string>> kSentences = {
      {"nl",
       {"De politie heeft donderdag schoten gelost op betogers in Almaty.",
        "Volgens o.a. de woordvoerder zijn 12 agenten om het leven gekomen.",
        "Het internet is in het hele land afgesloten en banken zijn gesloten.",
        "Duizenden demonstranten gingen woensdag de straat op in de hoofdstad."}},
      {"ru",
       {"Полиция сообщила в четверг, что задержаны сотни демонстрантов.",
        "Президент Токаев объявил чрезвычайное положение в Алматы.",
        "По данным министерства, погибли восемнадцать сотрудников полиции.",
        "Интернет в стране был отключён, банки закрыты."}},
      {"zh",
       {"警方周四表示，多名抗议者在议会大楼附近被逮捕。", "总统宣布全国进入紧急状态。",
        "据内政部称，有十八名警察死亡，数百人受伤。", "全国的互联网被切断，银行也关闭了。"}},
  };
  const auto& sentences = kSentences.at(lang);
  std::string out;
  for (int i = 0; out.size() < kArticleBytes; ++i) {
    out += sentences[static_cast<size_t>(i + variant) % sentences.size()];
    out += (i % 5 == 4) ? "\n\n" : " ";
  }
  return out;
}

// Articles by language ("all" holds every one).
const std::map<std::string, std::vector<std::string>>& Corpus() {
  static const auto* corpus = [] {
    auto* c = new std::map<std::string, std::vector<std::string>>;
    const std::filesystem::path csv =
        std::filesystem::path(NEWSLOOM_SOURCE_DIR) / "../shared/data/semeval2022-task8/train.csv";
    std::ifstream in(csv, std::ios::binary);
    if (in) {
      std::stringstream buffer;
      buffer << in.rdbuf();
      const auto rows = ReadCsv(buffer.str());
      // Texts of one language are joined (as paragraphs) into ~3 KB articles.
      std::map<std::string, std::string> pending;
      for (size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() < 6) continue;
        for (int side = 0; side < 2; ++side) {
          const std::string& lang = rows[r][2 + side];
          std::string& article = pending[lang];
          article += rows[r][4 + side];
          if (article.size() < kArticleBytes) {
            article += "\n\n";
            continue;
          }
          (*c)[lang].push_back(CutToArticle(article));
          (*c)["all"].push_back(CutToArticle(article));
          article.clear();
        }
      }
    }
    if (c->empty()) {
      for (const char* lang : {"nl", "ru", "zh"}) {
        for (int v = 0; v < 4; ++v) {
          (*c)[lang].push_back(SyntheticArticle(lang, v));
          (*c)["all"].push_back(SyntheticArticle(lang, v));
        }
      }
    }
    return c;
  }();
  return *corpus;
}

const std::vector<std::string>* Articles(const std::string& lang) {
  auto it = Corpus().find(lang);
  return it == Corpus().end() || it->second.empty() ? nullptr : &it->second;
}

// `cache_entries`: AnalyzerOptions::token_cache_entries (0: the default).
void BM_Analyze(benchmark::State& state, const std::string& lang, size_t cache_entries) {
  const std::vector<std::string>* articles = Articles(lang);
  if (articles == nullptr) {
    state.SkipWithError(("no articles in " + lang).c_str());
    return;
  }
  AnalyzerOptions options;
  if (cache_entries > 0) options.token_cache_entries = cache_entries;
  auto analyzer = Analyzer::Create(options).value();
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& text = (*articles)[i++ % articles->size()];
    auto doc = analyzer->Analyze(text);
    benchmark::DoNotOptimize(doc);
    bytes += text.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles"] = static_cast<double>(articles->size());
  state.counters["avg_bytes"] =
      static_cast<double>(bytes) / std::max<double>(1, state.iterations());
}

void BM_Clean(benchmark::State& state) {
  const std::vector<std::string>& articles = *Articles("all");
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& text = articles[i++ % articles.size()];
    benchmark::DoNotOptimize(text_analysis::Clean(text, true));
    bytes += text.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

// Argument: LanguageIdOptions::max_bytes.
void BM_LanguageId(benchmark::State& state) {
  const std::vector<std::string>& articles = *Articles("all");
  text_analysis::LanguageIdOptions options;
  options.max_bytes = static_cast<size_t>(state.range(0));
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& text = articles[i++ % articles.size()];
    benchmark::DoNotOptimize(text_analysis::IdentifyLanguage(text, "", options));
    bytes += text.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_Segment(benchmark::State& state) {
  const std::vector<std::string>& articles = *Articles("all");
  auto segmenter = text_analysis::Segmenter::Create().value();
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& text = articles[i++ % articles.size()];
    benchmark::DoNotOptimize(segmenter->Segment(text, "en", &sentences, &tokens));
    bytes += text.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

// "all" cycles through every article: its vocabulary overflows the default word cache, so it
// shows the cost with cache misses; all_warm has a cache big enough for the whole corpus.
BENCHMARK_CAPTURE(BM_Analyze, all, std::string("all"), 0);
BENCHMARK_CAPTURE(BM_Analyze, all_warm, std::string("all"), size_t{1} << 20);
BENCHMARK_CAPTURE(BM_Analyze, en, std::string("en"), 0);
BENCHMARK_CAPTURE(BM_Analyze, de, std::string("de"), 0);
BENCHMARK_CAPTURE(BM_Analyze, es, std::string("es"), 0);
BENCHMARK_CAPTURE(BM_Analyze, fr, std::string("fr"), 0);
BENCHMARK_CAPTURE(BM_Analyze, it, std::string("it"), 0);
BENCHMARK_CAPTURE(BM_Analyze, pl, std::string("pl"), 0);
BENCHMARK_CAPTURE(BM_Analyze, ru, std::string("ru"), 0);
BENCHMARK_CAPTURE(BM_Analyze, tr, std::string("tr"), 0);
BENCHMARK_CAPTURE(BM_Analyze, ar, std::string("ar"), 0);
BENCHMARK_CAPTURE(BM_Analyze, zh, std::string("zh"), 0);
BENCHMARK(BM_Clean);
BENCHMARK(BM_LanguageId)->Arg(512)->Arg(1024)->Arg(2048)->Arg(4096);
BENCHMARK(BM_Segment);

}  // namespace
}  // namespace newsloom
