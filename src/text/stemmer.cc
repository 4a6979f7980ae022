#include "text/stemmer.h"

#include <xapian.h>

#include <array>

namespace newsloom::text_analysis {
namespace {

struct StemmerName {
  std::string_view lang;
  std::string_view xapian;
};

constexpr std::array<StemmerName, 26> kStemmers = {{
    {"ar", "arabic"},     {"ca", "catalan"},  {"da", "danish"},     {"de", "german"},
    {"en", "english"},    {"es", "spanish"},  {"eu", "basque"},     {"fi", "finnish"},
    {"fr", "french"},     {"ga", "irish"},    {"hu", "hungarian"},  {"hy", "armenian"},
    {"id", "indonesian"}, {"it", "italian"},  {"lt", "lithuanian"}, {"nb", "norwegian"},
    {"ne", "nepali"},     {"nl", "dutch"},    {"nn", "norwegian"},  {"no", "norwegian"},
    {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"},    {"sv", "swedish"},
    {"ta", "tamil"},      {"tr", "turkish"},
}};

}  // namespace

std::string_view XapianStemmerFor(std::string_view lang) {
  for (const StemmerName& s : kStemmers) {
    if (s.lang == lang) return s.xapian;
  }
  return {};
}

StemmerSet::StemmerSet() = default;
StemmerSet::~StemmerSet() = default;

Xapian::Stem* StemmerSet::Get(std::string_view lang) {
  for (auto& [code, stem] : stemmers_) {
    if (code == lang) return stem.get();
  }
  const std::string_view name = XapianStemmerFor(lang);
  if (name.empty()) return nullptr;  // not cached: the table bounds stemmers_ to its size
  std::unique_ptr<Xapian::Stem> stem;
  try {
    stem = std::make_unique<Xapian::Stem>(std::string(name));
  } catch (const Xapian::Error&) {
    stem.reset();  // a Xapian build without this language: no stemming
  }
  stemmers_.emplace_back(std::string(lang), std::move(stem));
  return stemmers_.back().second.get();
}

std::string StemmerSet::Stem(std::string_view lang, const std::string& lower) {
  Xapian::Stem* stem = Get(lang);
  if (stem == nullptr) return lower;
  std::string out = (*stem)(lower);
  if (out.empty()) return lower;
  return out;
}

}  // namespace newsloom::text_analysis
