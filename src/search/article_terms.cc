#include "search/article_terms.h"

#include <simdjson.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "cluster/concept_matcher.h"
#include "core/strings.h"
#include "link/name_folding.h"
#include "resources/dictionary.h"
#include "text/analyzer.h"
#include "text/stemmer.h"
#include "text/transliterator.h"

namespace newsloom::search {
namespace {

constexpr size_t kMaxPivotsPerWord = 3;
constexpr size_t kMaxHeadlineBytes = 160;

using Range = NameRanges::value_type;

// Where terms go: a list of occurrences (with spans) or counts.
class TermSink {
 public:
  explicit TermSink(std::vector<TermOccurrence>* out) : out_(out) {}
  explicit TermSink(TermCounts* counts) : counts_(counts) {}
  void Add(std::string_view prefix, std::string_view value, uint32_t begin, uint32_t end,
           bool in_title) {
    if (counts_ != nullptr) {
      counts_->Add(prefix, value, in_title ? kTitleWdf : 1);
      return;
    }
    if (value.empty() || prefix.size() + value.size() > kMaxTermBytes) return;
    TermOccurrence t;
    t.term.reserve(prefix.size() + value.size());
    t.term.append(prefix).append(value);
    t.begin = begin;
    t.end = end;
    t.in_title = in_title;
    out_->push_back(std::move(t));
  }

 private:
  std::vector<TermOccurrence>* out_ = nullptr;
  TermCounts* counts_ = nullptr;
};

bool InRanges(const std::vector<Range>& ranges, uint32_t begin, uint32_t end) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), Range(begin, UINT32_MAX));
  if (it == ranges.begin()) return false;
  --it;
  return it->first <= begin && end <= it->second;
}

// Calls emit(pivot) for the pivot terms of one word, as the similarity features find them
// (cluster/feature_builder.cc): an English word is its own pivot when the dictionary knows it;
// other languages translate. Returns false when the word is a stop word. Depends only on
// `lang`, tok.lower and tok.stem.
template <typename Emit>
bool ForEachPivot(const Dictionary* dict, std::string_view lang, const Token& tok, Emit emit) {
  if (dict == nullptr) return true;
  if (lang == "en") {
    if (auto e = dict->Find("en", tok.stem); e && e->stopword) return false;
    if (dict->FindPivot(tok.stem)) emit(std::string_view(tok.stem));
    return true;
  }
  auto e = dict->Find(lang, tok.stem);
  if (!e && tok.stem != tok.lower) e = dict->Find(lang, tok.lower);
  if (!e) return true;
  if (e->stopword) return false;
  size_t n = 0;
  for (uint32_t p : e->pivots) {
    if (dict->pivot_weight(p) <= 0) continue;
    emit(dict->pivot_text(p));
    if (++n == kMaxPivotsPerWord) break;
  }
  return true;
}

// Restems the tokens in `lang` when the analyser settled on another language than the store.
void Restem(std::string_view lang, AnalyzedDocument* doc) {
  thread_local text_analysis::StemmerSet stemmers;
  for (Token& t : doc->tokens) {
    if (t.kind == TokenKind::kWord) t.stem = stemmers.Stem(lang, t.lower);
    t.form_id = 0;  // another language's forms
  }
  doc->lang = std::string(lang);
}

struct TextTermsOptions {
  std::string_view lang;
  bool in_title = false;
  const std::vector<Range>* name_ranges = nullptr;  // persons and organizations
};

void AddTextTerms(const SearchResources& r, const AnalyzedDocument& doc, const TextTermsOptions& o,
                  TermSink* sink) {
  for (const Token& tok : doc.tokens) {
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kNumber) continue;
    sink->Add("", tok.lower, tok.begin, tok.end, o.in_title);
    if (tok.kind != TokenKind::kWord) continue;
    const bool content = ForEachPivot(r.dictionary, o.lang, tok, [&](std::string_view pivot) {
      sink->Add(kPivotPrefix, pivot, tok.begin, tok.end, o.in_title);
    });
    if (!content) continue;
    if (tok.stem != tok.lower) sink->Add(kStemPrefix, tok.stem, tok.begin, tok.end, o.in_title);
    if (o.name_ranges != nullptr && InRanges(*o.name_ranges, tok.begin, tok.end)) {
      sink->Add(kNamePrefix, NameKeyOf(tok), tok.begin, tok.end, o.in_title);
    }
  }
  if (r.concepts == nullptr) return;
  for (const cluster::ConceptHit& hit : r.concepts->Find(doc)) {
    sink->Add(kConceptPrefix, r.concepts->concept_ids()[hit.concept_index], hit.begin, hit.end,
              o.in_title);
  }
}

// ---- Facts of the articles.jsonl line ----

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

std::string_view StringField(object o, const char* key) {
  std::string_view s;
  if (o[key].get(s) != simdjson::SUCCESS) return {};
  return s;
}

std::string IdField(object o, const char* key) {
  uint64_t u = 0;
  if (o[key].get(u) == simdjson::SUCCESS) return std::to_string(u);
  int64_t i = 0;
  if (o[key].get(i) == simdjson::SUCCESS && i > 0) return std::to_string(i);
  return "";
}

// Calls fn(begin, end) for every mention of `o` that lies inside a text of `text_size` bytes.
template <typename Fn>
void ForEachMention(object o, size_t text_size, Fn fn) {
  array mentions;
  if (o["mentions"].get(mentions) != simdjson::SUCCESS) return;
  for (element m : mentions) {
    object mo;
    uint64_t begin = 0, end = 0;
    if (m.get(mo) != simdjson::SUCCESS || mo["start"].get(begin) != simdjson::SUCCESS ||
        mo["end"].get(end) != simdjson::SUCCESS || begin >= end || end > text_size) {
      continue;
    }
    fn(static_cast<uint32_t>(begin), static_cast<uint32_t>(end));
  }
}

// Adds one term per mention of `o` (or one without a span when it has none).
void AddWithMentions(object o, std::string_view prefix, std::string_view value, size_t text_size,
                     TermSink* sink) {
  bool any = false;
  ForEachMention(o, text_size, [&](uint32_t b, uint32_t e) {
    sink->Add(prefix, value, b, e, false);
    any = true;
  });
  if (!any) sink->Add(prefix, value, 0, 0, false);
}

void AddLocation(object root, TermSink* sink) {
  object loc;
  if (root["location"].get(loc) != simdjson::SUCCESS) return;
  // The main location counts twice: once here, once as a place mention.
  const std::string place = IdField(loc, "geonameid");
  const std::string_view country = StringField(loc, "country");
  sink->Add(kPlacePrefix, place, 0, 0, false);
  sink->Add(kCountryPrefix, country, 0, 0, false);
  sink->Add(kMainPlacePrefix, place, 0, 0, false);
  sink->Add(kMainCountryPrefix, country, 0, 0, false);
  sink->Add(kSubdivisionPrefix, StringField(loc, "admin1_code"), 0, 0, false);
}

void AddPlaces(object root, size_t text_size, TermSink* sink) {
  array places;
  if (root["places"].get(places) == simdjson::SUCCESS) {
    for (element e : places) {
      object p;
      if (e.get(p) != simdjson::SUCCESS) continue;
      if (std::string id = IdField(p, "geonameid"); !id.empty()) {
        AddWithMentions(p, kPlacePrefix, id, text_size, sink);
      }
      sink->Add(kCountryPrefix, StringField(p, "country"), 0, 0, false);
    }
  }
  array countries;
  if (root["countries"].get(countries) != simdjson::SUCCESS) return;
  for (element e : countries) {
    object c;
    if (e.get(c) != simdjson::SUCCESS) continue;
    std::string_view code = StringField(c, "code");
    if (!code.empty()) AddWithMentions(c, kCountryPrefix, code, text_size, sink);
  }
}

// Entity ids with their mentions; the mention ranges go to `ranges` for name keys.
void AddEntities(object root, const char* field, size_t text_size, TermSink* sink,
                 std::vector<Range>* ranges) {
  array list;
  if (root[field].get(list) != simdjson::SUCCESS) return;
  for (element e : list) {
    object o;
    if (e.get(o) != simdjson::SUCCESS) continue;
    std::string_view id = StringField(o, "entity_id");
    if (!id.empty()) AddWithMentions(o, kEntityPrefix, id, text_size, sink);
    ForEachMention(o, text_size, [&](uint32_t b, uint32_t en) { ranges->emplace_back(b, en); });
  }
}

void AddEvents(object root, TermSink* sink) {
  array events;
  if (root["events"].get(events) != simdjson::SUCCESS) return;
  for (element e : events) {
    object ev;
    bool background = false;
    if (e.get(ev) != simdjson::SUCCESS) continue;
    if (ev["background"].get(background) == simdjson::SUCCESS && background) continue;
    std::string_view type = StringField(ev, "type");
    if (!type.empty()) {
      std::string term = EventTypeTerm(type);
      sink->Add(term.substr(0, kEventTypePrefix.size()), term.substr(kEventTypePrefix.size()), 0, 0,
                false);
    }
  }
}

// Fact terms of the JSON line; fills `name_ranges` (sorted) with entity mentions.
void AddFacts(std::string_view json, size_t text_size, TermSink* sink,
              std::vector<Range>* name_ranges) {
  if (json.empty()) return;
  thread_local simdjson::dom::parser parser;
  element root_el;
  object root;
  // Copied into the parser's own padded buffer, which it keeps for the next line.
  if (parser.parse(json.data(), json.size()).get(root_el) != simdjson::SUCCESS ||
      root_el.get(root) != simdjson::SUCCESS) {
    return;
  }
  AddLocation(root, sink);
  AddPlaces(root, text_size, sink);
  AddEntities(root, "persons", text_size, sink, name_ranges);
  AddEntities(root, "organizations", text_size, sink, name_ranges);
  AddEvents(root, sink);
  std::sort(name_ranges->begin(), name_ranges->end());
}

std::string Headline(std::string_view title, const AnalyzedDocument& doc) {
  std::string_view h = title;
  if (h.empty() && !doc.sentences.empty()) {
    h = std::string_view(doc.text).substr(doc.sentences[0].begin,
                                          doc.sentences[0].end - doc.sentences[0].begin);
  }
  while (!h.empty() && (h.back() == ' ' || h.back() == '\n')) h.remove_suffix(1);
  if (h.size() <= kMaxHeadlineBytes) return std::string(h);
  size_t cut = kMaxHeadlineBytes;
  while (cut > 0 && (static_cast<unsigned char>(h[cut]) & 0xC0) == 0x80) --cut;
  size_t space = h.rfind(' ', cut);
  if (space != std::string_view::npos && space > kMaxHeadlineBytes / 2) cut = space;
  return std::string(h.substr(0, cut)) + "…";
}

// The analyses the title and text terms come from.
struct Analyses {
  std::string lang;  // the stored language ("nb" for "nn" and "no")
  std::optional<AnalyzedDocument> restemmed;
  std::optional<AnalyzedDocument> title;  // when there is one
  const AnalyzedDocument* text = nullptr;
};

Status Analyse(const SearchResources& r, const AnalyzedDocument& analysed,
               std::string_view stored_lang, std::string_view title, Analyses* out) {
  out->lang =
      std::string(stored_lang.empty() || stored_lang == "und" ? analysed.lang : stored_lang);
  if (out->lang == "nn" || out->lang == "no") out->lang = "nb";
  // Restemming needs a copy; the pipeline's analysis is normally in the stored language.
  if (analysed.lang != out->lang) {
    out->restemmed = analysed;
    Restem(out->lang, &*out->restemmed);
  }
  out->text = out->restemmed ? &*out->restemmed : &analysed;
  if (!title.empty()) {
    // The title is in the article's language: no identification, no restemming.
    NL_ASSIGN_OR_RETURN(out->title, r.analyzer->AnalyzeIn(title, out->lang));
  }
  return absl::OkStatus();
}

// The title and text terms of ExtractTextTerms, without the language term; fills `summary`.
Status AddTitleAndText(const SearchResources& r, const AnalyzedDocument& analysed,
                       std::string_view stored_lang, std::string_view title,
                       const NameRanges& names, std::vector<TermOccurrence>* out,
                       ArticleSummary* summary) {
  TermSink sink(out);
  Analyses a;
  NL_RETURN_IF_ERROR(Analyse(r, analysed, stored_lang, title, &a));
  if (a.title) AddTextTerms(r, *a.title, {a.lang, true, nullptr}, &sink);
  AddTextTerms(r, *a.text, {a.lang, false, &names}, &sink);
  summary->headline = Headline(title, *a.text);
  summary->lang = std::move(a.lang);
  return absl::OkStatus();
}

// The distinct words (kWord tokens, told apart by surface and stem) of the title and the text
// with their summed weights: the terms of a word depend on nothing else (AddTextTerms).
class WordTally {
 public:
  explicit WordTally(size_t expected) {
    index_.reserve(expected);
    words_.reserve(expected);
  }
  // Adds an occurrence of `tok` (which must outlive the tally); returns the word's index.
  uint32_t Add(const Token& tok, uint32_t wdf) {
    auto [it, inserted] = index_.try_emplace({AbslView(tok.lower), AbslView(tok.stem)},
                                             static_cast<uint32_t>(words_.size()));
    if (inserted) words_.push_back({&tok, 0});
    words_[it->second].wdf += wdf;
    return it->second;
  }
  struct Word {
    const Token* token;  // the first occurrence
    uint32_t wdf;
  };
  const std::vector<Word>& words() const { return words_; }

 private:
  absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>, uint32_t> index_;
  std::vector<Word> words_;
};

// A word inside a person or organization mention of the text, and its index in the tally.
using NamedWord = std::pair<const Token*, uint32_t>;

// Counts the numbers of `doc` and tallies its words; `names` is null for the title.
void TallyTokens(const AnalyzedDocument& doc, uint32_t wdf, const NameRanges* names,
                 WordTally* tally, std::vector<NamedWord>* named, TermCounts* out) {
  for (const Token& tok : doc.tokens) {
    if (tok.kind == TokenKind::kNumber) {
      out->Add("", tok.lower, wdf);
    } else if (tok.kind == TokenKind::kWord) {
      const uint32_t word = tally->Add(tok, wdf);
      if (names != nullptr && InRanges(*names, tok.begin, tok.end)) named->emplace_back(&tok, word);
    }
  }
}

void CountConcepts(const SearchResources& r, const AnalyzedDocument& doc, uint32_t wdf,
                   TermCounts* out) {
  if (r.concepts == nullptr) return;
  for (const cluster::ConceptHit& hit : r.concepts->Find(doc)) {
    out->Add(kConceptPrefix, r.concepts->concept_ids()[hit.concept_index], wdf);
  }
}

// AddTitleAndText, counted: each distinct word's terms are added once with its summed weight.
Status CountTitleAndText(const SearchResources& r, const AnalyzedDocument& analysed,
                         std::string_view stored_lang, std::string_view title,
                         const NameRanges& names, TermCounts* out, ArticleSummary* summary) {
  Analyses a;
  NL_RETURN_IF_ERROR(Analyse(r, analysed, stored_lang, title, &a));
  const size_t tokens = a.text->tokens.size() + (a.title ? a.title->tokens.size() : 0);
  out->Reserve(3 * tokens + 16);
  WordTally tally(tokens);
  std::vector<NamedWord> named;
  if (a.title) {
    TallyTokens(*a.title, kTitleWdf, nullptr, &tally, &named, out);
    CountConcepts(r, *a.title, kTitleWdf, out);
  }
  TallyTokens(*a.text, 1, &names, &tally, &named, out);
  CountConcepts(r, *a.text, 1, out);
  if (r.dictionary != nullptr) {
    for (const auto& [tok, wdf] : tally.words()) r.dictionary->Prefetch(a.lang, tok->stem);
  }
  std::vector<bool> stop(tally.words().size());
  for (size_t i = 0; i < tally.words().size(); ++i) {
    const Token& tok = *tally.words()[i].token;
    const uint32_t wdf = tally.words()[i].wdf;
    out->Add("", tok.lower, wdf);
    stop[i] = !ForEachPivot(r.dictionary, a.lang, tok,
                            [&](std::string_view pivot) { out->Add(kPivotPrefix, pivot, wdf); });
    if (!stop[i] && tok.stem != tok.lower) out->Add(kStemPrefix, tok.stem, wdf);
  }
  for (const auto& [tok, word] : named) {
    if (!stop[word]) out->Add(kNamePrefix, NameKeyOf(*tok), 1);
  }
  summary->headline = Headline(title, *a.text);
  summary->lang = std::move(a.lang);
  return absl::OkStatus();
}

}  // namespace

std::string NameKeyOf(const Token& token) {
  std::string latin = token.latin_key;
  if (latin.empty() && token.kind == TokenKind::kWord) {
    thread_local std::unique_ptr<text_analysis::LatinKeyer> keyer = [] {
      auto k = text_analysis::LatinKeyer::Create();
      return k.ok() ? std::move(*k) : nullptr;
    }();
    if (keyer != nullptr) latin = keyer->Key(token.lower);
  }
  std::string key = link::StripSlavicCase(link::FoldToken(latin));
  return key.size() >= 3 ? key : std::string();
}

std::string EventTypeTerm(std::string_view type) {
  std::string term(kEventTypePrefix);
  for (char c : type) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    term.push_back(c == ' ' || c == '/' ? '_' : c);
  }
  return term;
}

StatusOr<std::vector<TermOccurrence>> ExtractTextTerms(
    const SearchResources& r, const AnalyzedDocument& analysed, std::string_view stored_lang,
    std::string_view title, const NameRanges& names, ArticleSummary* summary) {
  std::vector<TermOccurrence> out;
  ArticleSummary local;
  NL_RETURN_IF_ERROR(AddTitleAndText(r, analysed, stored_lang, title, names, &out, &local));
  TermSink(&out).Add(kLangPrefix, local.lang, 0, 0, false);
  if (summary != nullptr) *summary = std::move(local);
  return out;
}

void AddFactTerms(std::string_view json, size_t text_size, std::vector<TermOccurrence>* out,
                  NameRanges* names) {
  TermSink sink(out);
  NameRanges ignored;
  AddFacts(json, text_size, &sink, names != nullptr ? names : &ignored);
}

void TermCounts::Add(std::string_view prefix, std::string_view value, uint32_t wdf) {
  if (value.empty() || prefix.size() + value.size() > kMaxTermBytes) return;
  Added a;
  a.offset = static_cast<uint32_t>(bytes_.size());
  a.size = static_cast<uint32_t>(prefix.size() + value.size());
  a.wdf = wdf;
  bytes_.append(prefix).append(value);
  a.head = 0;
  const size_t n = std::min<size_t>(8, a.size);
  for (size_t i = 0; i < n; ++i) {
    a.head |= uint64_t{static_cast<unsigned char>(bytes_[a.offset + i])} << (56 - 8 * i);
  }
  added_.push_back(a);
}

void TermCounts::Reserve(size_t adds) {
  added_.reserve(added_.size() + adds);
  bytes_.reserve(bytes_.size() + adds * 8);
}

uint32_t TermCounts::count(std::string_view term) const {
  uint32_t n = 0;
  for (const Added& a : added_) n += TermOf(a) == term ? a.wdf : 0;
  return n;
}

std::vector<TermCounts::Entry> TermCounts::Sorted() const {
  // Most comparisons are one integer comparison of the heads.
  std::vector<Added> sorted = added_;
  std::sort(sorted.begin(), sorted.end(), [this](const Added& a, const Added& b) {
    return a.head != b.head ? a.head < b.head : TermOf(a) < TermOf(b);
  });
  std::vector<Entry> out;
  out.reserve(sorted.size());
  for (size_t i = 0; i < sorted.size(); ++i) {
    const std::string_view term = TermOf(sorted[i]);
    if (i > 0 && sorted[i].head == sorted[i - 1].head && term == TermOf(sorted[i - 1])) {
      out.back().second += sorted[i].wdf;
    } else {
      out.emplace_back(std::string(term), sorted[i].wdf);
    }
  }
  return out;
}

Status CountTextTerms(const SearchResources& r, const AnalyzedDocument& analysed,
                      std::string_view stored_lang, std::string_view title, const NameRanges& names,
                      TermCounts* out, ArticleSummary* summary) {
  ArticleSummary local;
  NL_RETURN_IF_ERROR(CountTitleAndText(r, analysed, stored_lang, title, names, out, &local));
  out->Add(kLangPrefix, local.lang, 1);
  if (summary != nullptr) *summary = std::move(local);
  return absl::OkStatus();
}

void CountFactTerms(std::string_view json, size_t text_size, TermCounts* out, NameRanges* names) {
  TermSink sink(out);
  NameRanges ignored;
  AddFacts(json, text_size, &sink, names != nullptr ? names : &ignored);
}

Status CountArticleTerms(const SearchResources& r, const StoredArticle& a, TermCounts* out,
                         ArticleSummary* summary) {
  NameRanges names;
  CountFactTerms(a.json, a.text.size(), out, &names);
  NL_ASSIGN_OR_RETURN(AnalyzedDocument doc, r.analyzer->AnalyzeIn(a.text, a.lang));
  return CountTextTerms(r, doc, a.lang, a.title, names, out, summary);
}

StatusOr<std::vector<TermOccurrence>> ExtractArticleTerms(const SearchResources& r,
                                                          const StoredArticle& a,
                                                          ArticleSummary* summary) {
  std::vector<TermOccurrence> facts;
  NameRanges names;
  AddFactTerms(a.json, a.text.size(), &facts, &names);
  NL_ASSIGN_OR_RETURN(AnalyzedDocument doc, r.analyzer->AnalyzeIn(a.text, a.lang));
  std::vector<TermOccurrence> out;
  ArticleSummary local;
  NL_RETURN_IF_ERROR(AddTitleAndText(r, doc, a.lang, a.title, names, &out, &local));
  for (TermOccurrence& f : facts) out.push_back(std::move(f));
  TermSink(&out).Add(kLangPrefix, local.lang, 0, 0, false);
  if (summary != nullptr) *summary = std::move(local);
  return out;
}

}  // namespace newsloom::search
