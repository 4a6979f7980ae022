#include "search/article_terms.h"

#include <simdjson.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "cluster/concept_matcher.h"
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

class TermSink {
 public:
  explicit TermSink(std::vector<TermOccurrence>* out) : out_(out) {}
  void Add(std::string_view prefix, std::string_view value, uint32_t begin, uint32_t end,
           bool in_title) {
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
  std::vector<TermOccurrence>* out_;
};

bool InRanges(const std::vector<Range>& ranges, uint32_t begin, uint32_t end) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), Range(begin, UINT32_MAX));
  if (it == ranges.begin()) return false;
  --it;
  return it->first <= begin && end <= it->second;
}

// Adds the pivot terms of one word, as the similarity features do (cluster/feature_builder.cc):
// an English word is its own pivot when the dictionary knows it; other languages translate.
// Returns false when the word is a stop word.
bool AddPivots(const Dictionary* dict, std::string_view lang, const Token& tok, TermSink* sink,
               uint32_t begin, uint32_t end, bool in_title) {
  if (dict == nullptr) return true;
  if (lang == "en") {
    if (auto e = dict->Find("en", tok.stem); e && e->stopword) return false;
    if (dict->FindPivot(tok.stem)) sink->Add(kPivotPrefix, tok.stem, begin, end, in_title);
    return true;
  }
  auto e = dict->Find(lang, tok.stem);
  if (!e && tok.stem != tok.lower) e = dict->Find(lang, tok.lower);
  if (!e) return true;
  if (e->stopword) return false;
  size_t n = 0;
  for (uint32_t p : e->pivots) {
    if (dict->pivot_weight(p) <= 0) continue;
    sink->Add(kPivotPrefix, dict->pivot_text(p), begin, end, in_title);
    if (++n == kMaxPivotsPerWord) break;
  }
  return true;
}

// Restems the tokens in `lang` when the analyser settled on another language than the store.
void Restem(std::string_view lang, AnalyzedDocument* doc) {
  thread_local text_analysis::StemmerSet stemmers;
  for (Token& t : doc->tokens) {
    if (t.kind == TokenKind::kWord) t.stem = stemmers.Stem(lang, t.lower);
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
    if (!AddPivots(r.dictionary, o.lang, tok, sink, tok.begin, tok.end, o.in_title)) continue;
    sink->Add(kStemPrefix, tok.stem, tok.begin, tok.end, o.in_title);
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
  const simdjson::padded_string padded(json.data(), json.size());
  element root_el;
  object root;
  if (parser.parse(padded).get(root_el) != simdjson::SUCCESS ||
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

// The title and text terms of ExtractTextTerms, without the language term; fills `summary`.
Status AddTitleAndText(const SearchResources& r, const AnalyzedDocument& analysed,
                       std::string_view stored_lang, std::string_view title,
                       const NameRanges& names, std::vector<TermOccurrence>* out,
                       ArticleSummary* summary) {
  TermSink sink(out);
  std::string lang(stored_lang.empty() || stored_lang == "und" ? analysed.lang : stored_lang);
  if (lang == "nn" || lang == "no") lang = "nb";
  // Restemming needs a copy; the pipeline's analysis is normally in the stored language.
  std::optional<AnalyzedDocument> restemmed;
  if (analysed.lang != lang) {
    restemmed = analysed;
    Restem(lang, &*restemmed);
  }
  const AnalyzedDocument& doc = restemmed ? *restemmed : analysed;
  if (!title.empty()) {
    NL_ASSIGN_OR_RETURN(AnalyzedDocument t, r.analyzer->Analyze(title, lang));
    if (t.lang != lang) Restem(lang, &t);
    AddTextTerms(r, t, {lang, true, nullptr}, &sink);
  }
  AddTextTerms(r, doc, {lang, false, &names}, &sink);
  summary->headline = Headline(title, doc);
  summary->lang = std::move(lang);
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

StatusOr<std::vector<TermOccurrence>> ExtractArticleTerms(const SearchResources& r,
                                                          const StoredArticle& a,
                                                          ArticleSummary* summary) {
  std::vector<TermOccurrence> facts;
  NameRanges names;
  AddFactTerms(a.json, a.text.size(), &facts, &names);
  NL_ASSIGN_OR_RETURN(AnalyzedDocument doc, r.analyzer->Analyze(a.text, a.lang));
  std::vector<TermOccurrence> out;
  ArticleSummary local;
  NL_RETURN_IF_ERROR(AddTitleAndText(r, doc, a.lang, a.title, names, &out, &local));
  for (TermOccurrence& f : facts) out.push_back(std::move(f));
  TermSink(&out).Add(kLangPrefix, local.lang, 0, 0, false);
  if (summary != nullptr) *summary = std::move(local);
  return out;
}

}  // namespace newsloom::search
