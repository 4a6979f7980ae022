// Stemming with Xapian::Stem (Snowball) for the languages Xapian 1.4 supports.
//
// ISO 639-1 -> Xapian stemmer: ar arabic, ca catalan, da danish, de german, en english,
// es spanish, eu basque, fi finnish, fr french, ga irish, hu hungarian, hy armenian,
// id indonesian, it italian, lt lithuanian, ne nepali, nb/nn/no norwegian, nl dutch,
// pt portuguese, ro romanian, ru russian, sv swedish, ta tamil, tr turkish. Every other
// language (pl, uk, zh, ja, ko, el, he, cs, ...) has no stemmer: the stem is the input.
//
// Thread safety: StemmerSet is NOT thread safe (Xapian stemmers keep per-call buffers); keep
// one per thread. XapianStemmerFor is pure.
#ifndef NEWSLOOM_TEXT_STEMMER_H_
#define NEWSLOOM_TEXT_STEMMER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Xapian {
class Stem;
}

namespace newsloom::text_analysis {

// The Xapian stemmer name for a normalized language tag ("nl" -> "dutch"), or "" when none.
std::string_view XapianStemmerFor(std::string_view lang);

class StemmerSet {
 public:
  StemmerSet();
  ~StemmerSet();
  StemmerSet(const StemmerSet&) = delete;
  StemmerSet& operator=(const StemmerSet&) = delete;

  // True when `lang` has a stemmer.
  bool Has(std::string_view lang) { return Get(lang) != nullptr; }

  // Stem of `lower` (case-folded, NFC) in `lang`; `lower` itself when there is no stemmer.
  std::string Stem(std::string_view lang, const std::string& lower);

 private:
  Xapian::Stem* Get(std::string_view lang);

  // Created lazily, one per language seen; at most ~25 entries.
  std::vector<std::pair<std::string, std::unique_ptr<Xapian::Stem>>> stemmers_;
};

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_STEMMER_H_
