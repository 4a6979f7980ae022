#include "link/name_parser.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>

#include "core/strings.h"
#include "link/name_folding.h"
#include "link/palladius.h"

namespace newsloom::link {
namespace {

bool IsWordChar(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

bool IsApostrophe(UChar32 c) { return c == 0x27 || c == 0x2019 || c == 0x02BC || c == 0x60; }

// Code points of `word` (well-formed: it comes from SplitWords).
std::vector<std::string_view> CodePoints(std::string_view word) {
  std::vector<std::string_view> out;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(word.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    out.push_back(word.substr(start, i - start));
  }
  return out;
}

// One word in capitals of 2+ letters ("OSCE", "ОБСЕ", "AGİT"); letters without case (Han)
// never make an acronym.
bool IsAllCaps(std::string_view word) {
  int letters = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool StartsUpper(std::string_view word) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

// A Han name of 2-4 characters splits after its first character (the surname), so that
// "习近平" gives "xi" + "jinping" like "Xi Jinping".
void SplitHanName(std::vector<std::string>* words) {
  if (words->size() != 1 || ScriptOf((*words)[0]) != "Hani") return;
  std::vector<std::string_view> cps = CodePoints((*words)[0]);
  if (cps.size() < 2 || cps.size() > 4) return;
  std::string first(cps[0]);
  std::string rest = (*words)[0].substr(first.size());
  *words = {first, rest};
}

}  // namespace

StatusOr<std::unique_ptr<NameParser>> NameParser::Create() {
  NL_ASSIGN_OR_RETURN(std::unique_ptr<text_analysis::LatinKeyer> keyer,
                      text_analysis::LatinKeyer::Create());
  return std::unique_ptr<NameParser>(new NameParser(std::move(keyer)));
}

std::vector<std::string> NameParser::SplitWords(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(name.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(name.data(), i, n, c);
    if (c >= 0 && IsWordChar(c)) {
      word.append(name.substr(start, i - start));
    } else if (c >= 0 && IsApostrophe(c) && !word.empty()) {
      continue;  // "O'Brien" -> "OBrien"
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string NameParser::Acronym(const std::vector<std::string>& words) {
  if (words.size() < 2) return "";
  const bool latin = ScriptOf(words[0]) == "Latn";
  std::string initials;
  for (const std::string& w : words) {
    std::vector<std::string_view> cps = CodePoints(w);
    if (latin ? !StartsUpper(w) : cps.size() < 3) continue;
    const std::string& key = KeyOf(cps[0]);
    if (!key.empty()) initials.push_back(key[0]);
  }
  return initials.size() >= 2 ? FoldToken(initials) : "";
}

const ParsedName& NameParser::Parse(NamedEntityKind kind, std::string_view name) {
  auto& cache = cache_[kind == NamedEntityKind::kPerson ? 0 : 1];
  const bool keep = keep_calls_ > 0;
  if (keep) --keep_calls_;
  if (auto it = cache.find(AbslView(name)); it != cache.end()) return it->second;
  if (!keep && cache_[0].size() + cache_[1].size() >= kMaxCached) {
    cache_[0].clear();
    cache_[1].clear();
  }
  return cache.emplace(std::string(name), Compute(kind, name)).first->second;
}

void NameParser::Reserve(size_t n) {
  if (cache_[0].size() + cache_[1].size() + n > kMaxCached) {
    cache_[0].clear();
    cache_[1].clear();
  }
  keep_calls_ = n;
}

const std::string& NameParser::KeyOf(std::string_view word) {
  if (auto it = keys_.find(AbslView(word)); it != keys_.end()) return it->second;
  if (keys_.size() >= kMaxCached) keys_.clear();
  return keys_.emplace(std::string(word), keyer_->Key(word)).first->second;
}

void NameParser::SetSoundKeys(std::string_view name, ParsedName* p) {
  const std::vector<std::string> words = SplitWords(name);
  if (words.empty()) return;
  p->writing = WritingOf(ScriptOf(name));
  auto set_han_keys = [&](auto skeleton) {
    std::string key = skeleton(KeyOf(words.back()));
    if (key.size() < kMinHanKey) return;
    p->han_key = std::move(key);
    if (words.size() < 2) return;
    const std::string given = skeleton(KeyOf(words.front()));
    if (!given.empty()) p->han_full_key = given.substr(0, 1) + " " + p->han_key;
  };
  if (p->writing == Writing::kHan) {
    if (words.size() == 1 && LooksLikeChineseName(words[0])) return;
    set_han_keys(HanSkeletonOfPinyin);
    return;
  }
  // The abjad skeletons of the words, articles ("al", "el") left out.
  std::vector<std::string> skeletons;
  for (const std::string& w : words) {
    std::string s = AbjadSkeleton(KeyOf(w));
    if (!s.empty()) skeletons.push_back(std::move(s));
  }
  if (skeletons.size() >= 2 && skeletons.back().size() >= kMinAbjadSurname) {
    p->abjad_key = skeletons.front() + " " + skeletons.back();
  } else if (skeletons.size() >= 3) {
    // A short last name ("Ben Ali", "بن علي"): the skeletons of all words, when they hold
    // enough consonants ("Zine El Abidine Ben Ali" ~ "زين العابدين بن علي": "zn bdn bn l").
    std::string all;
    size_t consonants = 0;
    for (const std::string& s : skeletons) {
      if (!all.empty()) all += ' ';
      all += s;
      consonants += s.size();
    }
    if (consonants >= kMinAbjadFullName) p->abjad_key = std::move(all);
  }
  if (p->writing == Writing::kAlphabet) set_han_keys(HanSkeletonOfLatin);
}

ParsedName NameParser::Compute(NamedEntityKind kind, std::string_view name) {
  ParsedName p;
  std::vector<std::string> words = SplitWords(name);
  SplitHanName(&words);
  // A Chinese name in Cyrillic ("Си Цзиньпин"): its pinyin, as the Latin spelling has it.
  std::optional<std::vector<std::string>> pinyin;
  if (kind == NamedEntityKind::kPerson && ScriptOf(name) == "Cyrl") {
    pinyin = ChineseNameFromCyrillic(words);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    std::string folded = FoldToken(pinyin ? (*pinyin)[i] : KeyOf(words[i]));
    if (!folded.empty()) p.tokens.push_back(std::move(folded));
  }
  if (p.tokens.empty()) return p;
  if (kind == NamedEntityKind::kPerson) {
    p.tokens.back() = StripSlavicCase(p.tokens.back());
    p.surname = p.tokens.back();
    p.given.assign(p.tokens.begin(), p.tokens.end() - 1);
    SetSoundKeys(name, &p);
  } else {
    p.is_acronym = words.size() == 1 && IsAllCaps(words[0]);
    p.acronym = p.is_acronym ? p.tokens[0] : Acronym(words);
  }
  for (const std::string& t : p.tokens) {
    if (!p.key.empty()) p.key.push_back(' ');
    p.key += t;
  }
  return p;
}

}  // namespace newsloom::link
