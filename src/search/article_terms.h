// The terms under which the search index posts one article, with where in the text each
// occurrence is, so the same code serves indexing (terms and counts) and snippets (spans).
// Term layout (docs/formats/search-index.md):
//   word     unprefixed: a word as written, case-folded (Token::lower)
//   Z...     its Xapian stem in the article's language (Token::stem), when the stem differs
//            from the word (a query's stem term stands for both: QueryExpander); stop words
//            get none
//   L...     the article's language ("Lnl"), once
//   XP...    a GeoNames id of a place the article mentions or is located at ("XP1528675")
//   XC...    an ISO 3166-1 alpha-2 country code ("XCKG")
//   XA...    the ISO 3166-2 first-level subdivision of the main location ("XAKG-GB")
//   XLP...   the GeoNames id of the main event location, when it is a place ("XLP1528675")
//   XLC...   the country of the main event location ("XLCKG")
//   XI...    a linked person or organization id ("XIp:45fb6c0db118d55a")
//   XN...    a folded name key of a word of a person or organization mention ("XNatambaev")
//   XK...    a concept id of data/lexicons/concepts.tsv ("XKprotest")
//   XE...    an English pivot term from the dictionary ("XEdemonstr")
//   XT...    the ACLED event type of a non-background event, lower case, '_' for spaces
//            ("XTriots")
// Terms over kMaxTermBytes are dropped (Xapian's limit is 245 bytes).
//
// Indexing only needs each distinct term's count (its wdf): the Count* functions give exactly
// what AddTerms makes of the Extract* lists, without building one TermOccurrence per
// occurrence (they look each distinct word up in the dictionary once, not each occurrence).
//
// Thread safety: the functions are safe to call concurrently (per-thread parser and
// stemmers); a TermCounts is used by one thread at a time.
#ifndef NEWSLOOM_SEARCH_ARTICLE_TERMS_H_
#define NEWSLOOM_SEARCH_ARTICLE_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "search/search_resources.h"
#include "store/store.h"

namespace newsloom {
struct Token;
struct AnalyzedDocument;
}  // namespace newsloom

namespace newsloom::search {

inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kLangPrefix = "L";
inline constexpr std::string_view kPlacePrefix = "XP";
inline constexpr std::string_view kCountryPrefix = "XC";
inline constexpr std::string_view kSubdivisionPrefix = "XA";
inline constexpr std::string_view kMainPlacePrefix = "XLP";
inline constexpr std::string_view kMainCountryPrefix = "XLC";
inline constexpr std::string_view kEntityPrefix = "XI";
inline constexpr std::string_view kNamePrefix = "XN";
inline constexpr std::string_view kConceptPrefix = "XK";
inline constexpr std::string_view kPivotPrefix = "XE";
inline constexpr std::string_view kEventTypePrefix = "XT";
inline constexpr size_t kMaxTermBytes = 200;
inline constexpr uint32_t kTitleWdf = 3;  // an occurrence in the title counts three times

// One occurrence of a term. begin == end when it has no place in the text (a fact of the whole
// article, such as the main location's country). Spans are byte offsets into the text of the
// article (StoredArticle::text), or into its title when in_title is set.
struct TermOccurrence {
  std::string term;
  uint32_t begin = 0;
  uint32_t end = 0;
  bool in_title = false;
};

// What the index needs of one article besides its terms.
struct ArticleSummary {
  std::string lang;      // StoredArticle::lang, or the analysed language when that is "und"
  std::string headline;  // the title, or the first sentence of the text cut to ~160 bytes
};

// All term occurrences of `article` (title, text, and the facts of its articles.jsonl line):
// terms of the title first, then the text in order, then facts, then the language term. An
// unparsable or empty `json` only loses the fact terms. Errors: those of Analyzer::Analyze
// (Internal on ICU failure). `summary` may be null. It is ExtractTextTerms on a fresh analysis
// of article.text plus AddFactTerms of article.json.
StatusOr<std::vector<TermOccurrence>> ExtractArticleTerms(const SearchResources& resources,
                                                          const StoredArticle& article,
                                                          ArticleSummary* summary);

// The distinct terms of an article with their within-document frequencies (wdf): a term list
// as the index stores it (index_layout.h AddTerms), without the spans. Adding is appending
// (the terms' bytes go to one buffer); Sorted sums the occurrences of each term.
class TermCounts {
 public:
  using Entry = std::pair<std::string, uint32_t>;  // term, wdf

  // Adds `wdf` to the count of prefix+value. Like every term list, nothing when `value` is
  // empty or the term would be over kMaxTermBytes.
  void Add(std::string_view prefix, std::string_view value, uint32_t wdf);
  // Room for `adds` more calls of Add without reallocating.
  void Reserve(size_t adds);

  // The count of `term`; 0 when absent. O(calls of Add).
  uint32_t count(std::string_view term) const;
  // The distinct terms in byte order with their summed counts.
  std::vector<Entry> Sorted() const;

 private:
  struct Added {
    uint64_t head;    // the first 8 bytes of the term, big-endian, zero-padded: sorts like it
    uint32_t offset;  // of the term in bytes_
    uint32_t size;
    uint32_t wdf;
  };
  std::string_view TermOf(const Added& a) const { return {bytes_.data() + a.offset, a.size}; }

  std::string bytes_;  // the added terms, one after another
  std::vector<Added> added_;
};

// Byte ranges [begin, end) of the text that name persons and organizations, sorted.
using NameRanges = std::vector<std::pair<uint32_t, uint32_t>>;

// The terms of the title and the text, and the language term: what ExtractArticleTerms gives
// besides the facts, from an analysis the caller already has. `doc` is the analysis of the
// stored text (AnalyzedDocument::text == StoredArticle::text); `stored_lang` is the stored
// language (StoredArticle::lang) and `title` the stored title, analysed here. `names` are the
// person and organization mentions of the facts (name keys are indexed inside them). Errors:
// those of Analyzer::Analyze on the title. `summary` may be null.
StatusOr<std::vector<TermOccurrence>> ExtractTextTerms(
    const SearchResources& resources, const AnalyzedDocument& doc, std::string_view stored_lang,
    std::string_view title, const NameRanges& names, ArticleSummary* summary);

// ExtractTextTerms, counted into `out` (which may hold other terms: counts add up).
Status CountTextTerms(const SearchResources& resources, const AnalyzedDocument& doc,
                      std::string_view stored_lang, std::string_view title, const NameRanges& names,
                      TermCounts* out, ArticleSummary* summary);

// ExtractArticleTerms, counted into `out`.
Status CountArticleTerms(const SearchResources& resources, const StoredArticle& article,
                         TermCounts* out, ArticleSummary* summary);

// Appends the terms of the facts of an articles.jsonl line (`json`; an unparsable or empty
// line adds nothing) to `out`, keeping only mentions inside a text of `text_size` bytes, and
// the person and organization mention ranges to `names` (sorted afterwards; may be null).
void AddFactTerms(std::string_view json, size_t text_size, std::vector<TermOccurrence>* out,
                  NameRanges* names);
// AddFactTerms, counted into `out`.
void CountFactTerms(std::string_view json, size_t text_size, TermCounts* out, NameRanges* names);

// The folded name key of a word ("Атамбаев", "Atambajev" -> "atambaev"): the linker's
// FoldToken and StripSlavicCase (link/name_folding.h) of the token's latin_key (computed from
// Token::lower with a per-thread LatinKeyer when the analyzer left it empty). "" when the key
// is shorter than 3 letters.
std::string NameKeyOf(const Token& token);

// "XTriots" for "Riots", "XTviolence_against_civilians" for "Violence against civilians".
std::string EventTypeTerm(std::string_view type);

}  // namespace newsloom::search

#endif  // NEWSLOOM_SEARCH_ARTICLE_TERMS_H_
