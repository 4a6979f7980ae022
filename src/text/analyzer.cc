#include "text/analyzer.h"

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "text/language_id.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/token_annotator.h"
#include "text/utf8.h"

namespace newsloom {
namespace {

using text_analysis::AnnotateOptions;
using text_analysis::LanguageIdOptions;
using text_analysis::Segmenter;
using text_analysis::TokenAnnotator;

constexpr size_t kMaxTextBytesLimit = size_t{1} << 30;
constexpr size_t kTruncateLookBack = 4096;

// Per-thread ICU and Xapian objects and the word cache. Options do not live here, so one
// state serves every Analyzer used on the thread.
struct ThreadState {
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<TokenAnnotator> annotator;
};

// The states of threads that have exited, handed to the next new threads: a pipeline starts
// its worker threads afresh for every run, and a fresh state pays ICU's set-up again (the
// transliterator builds its Han-Latin rules, ~0.1 s, and each other script's on first use)
// and starts with a cold word cache. Leaked on purpose: threads may exit after static
// destructors have run.
class ThreadStatePool {
 public:
  static ThreadStatePool& Get() {
    static ThreadStatePool* pool = new ThreadStatePool;
    return *pool;
  }
  std::unique_ptr<ThreadState> Take() {
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.empty()) return nullptr;
    std::unique_ptr<ThreadState> s = std::move(free_.back());
    free_.pop_back();
    return s;
  }
  void Give(std::unique_ptr<ThreadState> s) {
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.size() < kMaxFree) free_.push_back(std::move(s));
  }

 private:
  static constexpr size_t kMaxFree = 64;
  std::mutex mu_;
  std::vector<std::unique_ptr<ThreadState>> free_;
};

// A thread's state; returned to the pool when the thread exits.
struct ThreadStateHolder {
  std::unique_ptr<ThreadState> state;
  ~ThreadStateHolder() {
    if (state != nullptr) ThreadStatePool::Get().Give(std::move(state));
  }
};

StatusOr<ThreadState*> GetThreadState() {
  thread_local ThreadStateHolder holder;
  if (holder.state == nullptr) holder.state = ThreadStatePool::Get().Take();
  if (holder.state == nullptr) {
    auto fresh = std::make_unique<ThreadState>();
    NL_ASSIGN_OR_RETURN(fresh->segmenter, Segmenter::Create());
    NL_ASSIGN_OR_RETURN(fresh->annotator, TokenAnnotator::Create());
    holder.state = std::move(fresh);
  }
  return holder.state.get();
}

// Length of the prefix of `text` kept when it is longer than `limit`; see AnalyzerOptions.
size_t TruncatedLength(std::string_view text, size_t limit) {
  size_t cut = limit;
  while (cut > 0 && !text_analysis::IsCharBoundary(text, cut)) --cut;
  const size_t floor = cut > kTruncateLookBack ? cut - kTruncateLookBack : 0;
  const std::string_view window = text.substr(floor, cut - floor);
  size_t at = window.rfind('\n');
  if (at == std::string_view::npos) at = window.rfind(' ');
  return at == std::string_view::npos ? cut : floor + at + 1;
}

}  // namespace

StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(AnalyzerOptions options) {
  if (options.max_text_bytes == 0 || options.max_text_bytes > kMaxTextBytesLimit) {
    return absl::InvalidArgumentError("AnalyzerOptions.max_text_bytes must be in [1, 1 GiB]");
  }
  if (options.hint_confidence < 0 || options.hint_confidence > 1) {
    return absl::InvalidArgumentError("AnalyzerOptions.hint_confidence must be in [0, 1]");
  }
  if (options.token_cache_entries == 0) {
    return absl::InvalidArgumentError("AnalyzerOptions.token_cache_entries must be > 0");
  }
  // Fail early (here, not on the first document) when ICU data is unusable.
  NL_RETURN_IF_ERROR(GetThreadState().status());
  return std::unique_ptr<Analyzer>(new Analyzer(options));
}

StatusOr<AnalyzedDocument> Analyzer::Analyze(std::string_view text,
                                             std::string_view lang_hint) const {
  return Analyze(text, lang_hint, nullptr);
}

StatusOr<AnalyzedDocument> Analyzer::Analyze(std::string_view text, std::string_view lang_hint,
                                             AnalysisStats* stats) const {
  return Run(text, lang_hint, {}, stats);
}

StatusOr<AnalyzedDocument> Analyzer::AnalyzeIn(std::string_view text, std::string_view lang) const {
  if (lang.empty() || lang == "und") return Run(text, {}, {}, nullptr);
  return Run(text, lang, lang, nullptr);
}

StatusOr<AnalyzedDocument> Analyzer::Run(std::string_view text, std::string_view lang_hint,
                                         std::string_view known_lang, AnalysisStats* stats) const {
  AnalysisStats local;
  if (stats == nullptr) stats = &local;
  *stats = AnalysisStats();
  if (text.size() > options_.max_text_bytes) {
    if (options_.over_limit == AnalyzerOptions::OverLimit::kReject) {
      return absl::InvalidArgumentError("text of " + std::to_string(text.size()) +
                                        " bytes is over the limit of " +
                                        std::to_string(options_.max_text_bytes));
    }
    text = text.substr(0, TruncatedLength(text, options_.max_text_bytes));
    stats->truncated = true;
  }
  stats->input_bytes_used = text.size();

  NL_ASSIGN_OR_RETURN(text_analysis::CleanText clean,
                      text_analysis::Clean(text, options_.repair_mojibake));
  stats->ill_formed_replaced = clean.ill_formed_replaced;
  stats->mojibake_repairs = clean.mojibake_repairs;
  stats->nfc_changed = clean.nfc_changed;

  AnalyzedDocument doc;
  doc.text = std::move(clean.text);
  doc.to_source = std::move(clean.to_source);
  doc.mojibake_repaired = clean.mojibake_repairs > 0;

  if (known_lang.empty()) {
    LanguageIdOptions lang_options;
    lang_options.max_bytes = options_.lang_max_bytes;
    lang_options.min_text_bytes = options_.lang_min_text_bytes;
    lang_options.fall_back_to_hint = options_.fall_back_to_hint;
    lang_options.hint_confidence = options_.hint_confidence;
    const text_analysis::LanguageGuess guess =
        text_analysis::IdentifyLanguage(doc.text, lang_hint, lang_options);
    doc.lang = guess.lang;
    doc.lang_confidence = guess.confidence;
  } else {
    doc.lang = std::string(known_lang);
    doc.lang_confidence = 1.0;
  }

  NL_ASSIGN_OR_RETURN(ThreadState * state, GetThreadState());
  NL_RETURN_IF_ERROR(state->segmenter->Segment(doc.text, doc.lang, &doc.sentences, &doc.tokens));
  AnnotateOptions annotate;
  annotate.stem = options_.stem;
  annotate.latin_keys = options_.latin_keys;
  annotate.max_word_bytes = options_.max_word_bytes;
  annotate.cache_entries = options_.token_cache_entries;
  state->annotator->StartDocument(doc.lang, annotate);
  for (Token& token : doc.tokens) state->annotator->Annotate(doc.text, &token);
  return doc;
}

}  // namespace newsloom
