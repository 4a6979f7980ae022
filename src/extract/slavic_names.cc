#include "extract/slavic_names.h"

#include <array>
#include <vector>

#include "absl/container/flat_hash_set.h"

namespace newsloom {

extern const std::string_view kGivenNamesTsv;

namespace {

enum class Lang : uint8_t { kRu, kUk, kPl };
enum class Gender : uint8_t { kMasculine, kFeminine };
enum class Role : uint8_t { kGiven, kPatronymic, kSurname };
enum Case : uint8_t { kNom, kGen, kIns, kDat, kAcc, kLoc, kCases };

// An oblique ending and the nominative ending that replaces it. `specific`: no nominative of
// the other gender ends so, so the ending alone tells the reading (-ського, -ом, -iem).
struct Ending {
  std::string_view oblique;
  std::string_view nominative;
  bool specific = true;
};

// The endings of one role and gender in one case, longest first, and whether a word ending in
// a consonant fits as it is (nominatives; indeclinable feminine surnames in every case).
struct Paradigm {
  std::span<const Ending> endings;
  bool consonant_fits = false;
};

// --- Russian -------------------------------------------------------------------------------
constexpr Ending kRuMascGivenGen[] = {{"ия", "ий", false}, {"ея", "ей"}, {"ая", "ай"},
                                      {"ря", "рь"},        {"ля", "ль"}, {"а", "", false}};
constexpr Ending kRuMascGivenDat[] = {{"ию", "ий"}, {"ею", "ей"}, {"аю", "ай"},
                                      {"рю", "рь"}, {"лю", "ль"}, {"у", "", false}};
constexpr Ending kRuMascGivenIns[] = {{"ием", "ий"}, {"еем", "ей"}, {"аем", "ай"},
                                      {"рем", "рь"}, {"лем", "ль"}, {"ом", ""}};
constexpr Ending kRuMascGivenLoc[] = {{"ии", "ий", false}, {"ее", "ей"}, {"ае", "ай"}};
constexpr Ending kRuMascSurnameNom[] = {{"ий", "ий"}, {"ый", "ый"}, {"ой", "ой"},
                                        {"о", "о"},   {"их", "их"}, {"ых", "ых"}};
constexpr Ending kRuMascSurnameGen[] = {{"ского", "ский"}, {"цкого", "цкий"}, {"ля", "ль"},
                                        {"ая", "ай"},      {"ея", "ей"},      {"а", "", false}};
constexpr Ending kRuMascSurnameDat[] = {
    {"скому", "ский"}, {"цкому", "цкий"}, {"лю", "ль"}, {"аю", "ай"}, {"у", "", false}};
constexpr Ending kRuMascSurnameIns[] = {{"ским", "ский"}, {"цким", "цкий"}, {"овым", "ов"},
                                        {"евым", "ев"},   {"ёвым", "ёв"},   {"иным", "ин"},
                                        {"ыным", "ын"},   {"лем", "ль"},    {"аем", "ай"},
                                        {"ом", ""},       {"ем", ""}};
constexpr Ending kRuMascSurnameLoc[] = {{"ском", "ский"}, {"цком", "цкий"}};
constexpr Ending kRuMascPatronymicNom[] = {{"ич", "ич"}};
constexpr Ending kRuMascPatronymicGen[] = {{"ича", "ич"}};
constexpr Ending kRuMascPatronymicDat[] = {{"ичу", "ич"}};
constexpr Ending kRuMascPatronymicIns[] = {{"ичем", "ич"}};
constexpr Ending kRuMascPatronymicLoc[] = {{"иче", "ич"}};
constexpr Ending kRuFemGivenNom[] = {
    {"ия", "ия", false}, {"ья", "ья"}, {"а", "а", false}, {"я", "я", false}};
constexpr Ending kRuFemGivenGen[] = {
    {"ии", "ия", false}, {"ьи", "ья"}, {"ы", "а"}, {"и", "а", false}};
constexpr Ending kRuFemGivenDat[] = {{"ии", "ия", false}, {"ье", "ья"}, {"е", "а", false}};
constexpr Ending kRuFemGivenAcc[] = {{"ию", "ия"}, {"ью", "ья"}, {"у", "а", false}, {"ю", "я"}};
constexpr Ending kRuFemGivenIns[] = {{"ией", "ия"}, {"ьей", "ья"}, {"ой", "а"}, {"ей", "я"}};
constexpr Ending kRuFemSurnameNom[] = {{"ская", "ская"}, {"цкая", "цкая"}, {"ова", "ова"},
                                       {"ева", "ева"},   {"ёва", "ёва"},   {"ина", "ина"},
                                       {"ына", "ына"},   {"ая", "ая"},     {"о", "о"},
                                       {"их", "их"},     {"ых", "ых"}};
constexpr Ending kRuFemSurnameObl[] = {
    {"ской", "ская"}, {"цкой", "цкая"}, {"овой", "ова"}, {"евой", "ева"}, {"ёвой", "ёва"},
    {"иной", "ина"},  {"ыной", "ына"},  {"о", "о"},      {"их", "их"},    {"ых", "ых"}};
constexpr Ending kRuFemSurnameAcc[] = {
    {"скую", "ская"}, {"цкую", "цкая"}, {"ову", "ова"}, {"еву", "ева"}, {"ёву", "ёва"},
    {"ину", "ина"},   {"ыну", "ына"},   {"о", "о"},     {"их", "их"},   {"ых", "ых"}};
constexpr Ending kRuFemPatronymicNom[] = {{"вна", "вна"}, {"чна", "чна"}};
constexpr Ending kRuFemPatronymicGen[] = {{"вны", "вна"}, {"чны", "чна"}};
constexpr Ending kRuFemPatronymicDat[] = {{"вне", "вна"}, {"чне", "чна"}};
constexpr Ending kRuFemPatronymicAcc[] = {{"вну", "вна"}, {"чну", "чна"}};
constexpr Ending kRuFemPatronymicIns[] = {{"вной", "вна"}, {"чной", "чна"}};

// --- Ukrainian -----------------------------------------------------------------------------
constexpr Ending kUkMascGivenNom[] = {{"о", "о"}};
constexpr Ending kUkMascGivenGen[] = {
    {"ія", "ій", false}, {"ля", "ль"}, {"я", ""}, {"а", "", false}};
constexpr Ending kUkMascGivenDat[] = {{"ієві", "ій"}, {"еві", ""},  {"ові", ""},
                                      {"лю", "ль"},   {"ію", "ій"}, {"у", "", false}};
constexpr Ending kUkMascGivenIns[] = {{"ієм", "ій"}, {"лем", "ль"}, {"ем", ""}, {"ом", ""}};
constexpr Ending kUkMascGivenLoc[] = {{"ієві", "ій"}, {"ові", ""}};
constexpr Ending kUkMascSurnameNom[] = {
    {"ий", "ий"}, {"ій", "ій"}, {"ой", "ой"}, {"о", "о"}, {"их", "их"}};
constexpr Ending kUkMascSurnameGen[] = {
    {"ського", "ський"}, {"цького", "цький"}, {"зького", "зький"}, {"ого", "ий"},
    {"енка", "енко"},    {"чка", "чко"},      {"ля", "ль"},        {"ая", "ай"},
    {"ія", "ій", false}, {"а", "", false}};
constexpr Ending kUkMascSurnameDat[] = {
    {"ському", "ський"}, {"цькому", "цький"}, {"зькому", "зький"}, {"ому", "ий"},
    {"енкові", "енко"},  {"енку", "енко"},    {"ові", ""},         {"еві", ""},
    {"лю", "ль"},        {"у", "", false}};
constexpr Ending kUkMascSurnameIns[] = {
    {"ським", "ський"}, {"цьким", "цький"}, {"зьким", "зький"}, {"овим", "ов"}, {"евим", "ев"},
    {"євим", "єв"},     {"іним", "ін"},     {"иним", "ин"},     {"им", "ий"},   {"енком", "енко"},
    {"чком", "чко"},    {"лем", "ль"},      {"аєм", "ай"},      {"ем", ""},     {"ом", ""}};
constexpr Ending kUkMascSurnameLoc[] = {{"енкові", "енко"}, {"ові", ""}};
constexpr Ending kUkFemGivenNom[] = {{"ія", "ія", false}, {"а", "а", false}, {"я", "я", false}};
constexpr Ending kUkFemGivenGen[] = {{"ії", "ія", false}, {"ї", "я"}, {"и", "а"}};
constexpr Ending kUkFemGivenDat[] = {{"ії", "ія", false}, {"і", "а", false}};
constexpr Ending kUkFemGivenAcc[] = {{"ію", "ія"}, {"у", "а", false}, {"ю", "я"}};
constexpr Ending kUkFemGivenIns[] = {{"ією", "ія"}, {"ою", "а"}, {"єю", "я"}, {"ею", "я"}};
constexpr Ending kUkFemSurnameNom[] = {{"ська", "ська"}, {"цька", "цька"}, {"зька", "зька"},
                                       {"ова", "ова"},   {"ева", "ева"},   {"єва", "єва"},
                                       {"іна", "іна"},   {"ина", "ина"},   {"їна", "їна"},
                                       {"о", "о"},       {"их", "их"}};
constexpr Ending kUkFemSurnameGen[] = {
    {"ської", "ська"}, {"цької", "цька"}, {"зької", "зька"}, {"ової", "ова"}, {"евої", "ева"},
    {"євої", "єва"},   {"іної", "іна"},   {"иної", "ина"},   {"о", "о"},      {"их", "их"}};
constexpr Ending kUkFemSurnameDat[] = {
    {"ській", "ська"}, {"цькій", "цька"}, {"зькій", "зька"}, {"овій", "ова"}, {"евій", "ева"},
    {"євій", "єва"},   {"іній", "іна"},   {"иній", "ина"},   {"о", "о"},      {"их", "их"}};
constexpr Ending kUkFemSurnameAcc[] = {
    {"ську", "ська"}, {"цьку", "цька"}, {"зьку", "зька"}, {"ову", "ова"}, {"еву", "ева"},
    {"єву", "єва"},   {"іну", "іна"},   {"ину", "ина"},   {"о", "о"},     {"их", "их"}};
constexpr Ending kUkFemSurnameIns[] = {
    {"ською", "ська"}, {"цькою", "цька"}, {"зькою", "зька"}, {"овою", "ова"}, {"евою", "ева"},
    {"євою", "єва"},   {"іною", "іна"},   {"иною", "ина"},   {"о", "о"},      {"их", "их"}};

// --- Polish --------------------------------------------------------------------------------
constexpr Ending kPlMascGivenNom[] = {{"rzy", "rzy"}, {"cy", "cy"}, {"i", "i"}};
constexpr Ending kPlMascGivenGen[] = {
    {"rzego", "rzy"}, {"cego", "cy"}, {"iego", "i"}, {"a", "", false}};
constexpr Ending kPlMascGivenDat[] = {{"rzemu", "rzy"}, {"iemu", "i"}, {"owi", ""}};
constexpr Ending kPlMascGivenIns[] = {{"rzym", "rzy"}, {"kiem", "k"}, {"giem", "g"}, {"em", ""}};
constexpr Ending kPlMascSurnameNom[] = {{"ski", "ski"}, {"cki", "cki"}, {"dzki", "dzki"},
                                        {"y", "y"},     {"i", "i"},     {"a", "a", false},
                                        {"o", "o"}};
constexpr Ending kPlMascSurnameGen[] = {{"skiego", "ski"}, {"ckiego", "cki"}, {"dzkiego", "dzki"},
                                        {"iego", "i"},     {"ego", "y"},      {"a", "", false},
                                        {"y", "a", false}};
constexpr Ending kPlMascSurnameDat[] = {
    {"skiemu", "ski"}, {"ckiemu", "cki"}, {"dzkiemu", "dzki"}, {"owi", ""}};
constexpr Ending kPlMascSurnameIns[] = {{"skim", "ski"}, {"ckim", "cki"}, {"dzkim", "dzki"},
                                        {"kiem", "k"},   {"giem", "g"},   {"em", ""},
                                        {"ą", "a"}};
constexpr Ending kPlFemGivenNom[] = {{"a", "a", false}};
constexpr Ending kPlFemGivenGen[] = {{"ii", "ia"}, {"gi", "ga"}, {"ki", "ka"}, {"y", "a"}};
constexpr Ending kPlFemGivenDat[] = {{"ii", "ia"}};
constexpr Ending kPlFemGivenAcc[] = {{"ę", "a"}};
constexpr Ending kPlFemGivenIns[] = {{"ą", "a"}};
constexpr Ending kPlFemSurnameNom[] = {{"ska", "ska"}, {"cka", "cka"}, {"dzka", "dzka"},
                                       {"owa", "owa"}, {"ewa", "ewa"}, {"ówna", "ówna"},
                                       {"o", "o"}};
constexpr Ending kPlFemSurnameGen[] = {{"skiej", "ska"}, {"ckiej", "cka"}, {"dzkiej", "dzka"},
                                       {"owej", "owa"},  {"ewej", "ewa"},  {"o", "o"}};
constexpr Ending kPlFemSurnameAcc[] = {{"ską", "ska"}, {"cką", "cka"}, {"dzką", "dzka"},
                                       {"ową", "owa"}, {"ewą", "ewa"}, {"o", "o"}};

constexpr std::span<const Ending> kNone;

// The endings of one role and gender, by case (nominative, genitive, instrumental, dative,
// accusative, locative).
using Cases = std::array<std::span<const Ending>, kCases>;
struct RoleTables {
  Cases masculine, feminine;
};
struct LanguageTables {
  RoleTables given, surname, patronymic;
};

constexpr LanguageTables kRussian = {
    {{kNone, kRuMascGivenGen, kRuMascGivenIns, kRuMascGivenDat, kRuMascGivenGen, kRuMascGivenLoc},
     {kRuFemGivenNom, kRuFemGivenGen, kRuFemGivenIns, kRuFemGivenDat, kRuFemGivenAcc,
      kRuFemGivenDat}},
    {{kRuMascSurnameNom, kRuMascSurnameGen, kRuMascSurnameIns, kRuMascSurnameDat, kRuMascSurnameGen,
      kRuMascSurnameLoc},
     {kRuFemSurnameNom, kRuFemSurnameObl, kRuFemSurnameObl, kRuFemSurnameObl, kRuFemSurnameAcc,
      kRuFemSurnameObl}},
    {{kRuMascPatronymicNom, kRuMascPatronymicGen, kRuMascPatronymicIns, kRuMascPatronymicDat,
      kRuMascPatronymicGen, kRuMascPatronymicLoc},
     {kRuFemPatronymicNom, kRuFemPatronymicGen, kRuFemPatronymicIns, kRuFemPatronymicDat,
      kRuFemPatronymicAcc, kRuFemPatronymicDat}}};

constexpr LanguageTables kUkrainian = {{{kUkMascGivenNom, kUkMascGivenGen, kUkMascGivenIns,
                                         kUkMascGivenDat, kUkMascGivenGen, kUkMascGivenLoc},
                                        {kUkFemGivenNom, kUkFemGivenGen, kUkFemGivenIns,
                                         kUkFemGivenDat, kUkFemGivenAcc, kUkFemGivenDat}},
                                       {{kUkMascSurnameNom, kUkMascSurnameGen, kUkMascSurnameIns,
                                         kUkMascSurnameDat, kUkMascSurnameGen, kUkMascSurnameLoc},
                                        {kUkFemSurnameNom, kUkFemSurnameGen, kUkFemSurnameIns,
                                         kUkFemSurnameDat, kUkFemSurnameAcc, kUkFemSurnameDat}},
                                       {}};

constexpr LanguageTables kPolish = {
    {{kPlMascGivenNom, kPlMascGivenGen, kPlMascGivenIns, kPlMascGivenDat, kPlMascGivenGen, kNone},
     {kPlFemGivenNom, kPlFemGivenGen, kPlFemGivenIns, kPlFemGivenDat, kPlFemGivenAcc,
      kPlFemGivenDat}},
    {{kPlMascSurnameNom, kPlMascSurnameGen, kPlMascSurnameIns, kPlMascSurnameDat, kPlMascSurnameGen,
      kNone},
     {kPlFemSurnameNom, kPlFemSurnameGen, kPlFemSurnameAcc, kPlFemSurnameGen, kPlFemSurnameAcc,
      kPlFemSurnameGen}},
    {}};

// The paradigm of `role` and `gender` in case `c`. A consonant-final word fits a man's given
// name or surname in the nominative, and a woman's surname in every case (indeclinable).
Paradigm ParadigmOf(Lang lang, Role role, Gender gender, Case c) {
  const LanguageTables& t = lang == Lang::kRu ? kRussian : lang == Lang::kUk ? kUkrainian : kPolish;
  const RoleTables& r = role == Role::kGiven     ? t.given
                        : role == Role::kSurname ? t.surname
                                                 : t.patronymic;
  const bool m = gender == Gender::kMasculine;
  Paradigm p;
  p.endings = (m ? r.masculine : r.feminine)[c];
  if (role == Role::kGiven) p.consonant_fits = m && c == kNom;
  if (role == Role::kSurname) p.consonant_fits = !m || c == kNom;
  return p;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The last code point of `s` (UTF-8), as its bytes.
std::string_view LastChar(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  return i == 0 ? s : s.substr(i - 1);
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool ConsonantFinal(std::string_view word, Lang lang) {
  const std::string_view last = LastChar(word);
  if (lang == Lang::kPl) {
    static constexpr std::string_view kVowels[] = {"a", "e", "i", "o", "u", "y", "ą", "ę", "ó"};
    for (std::string_view v : kVowels) {
      if (last == v) return false;
    }
    return last.size() > 1 || (last[0] >= 'a' && last[0] <= 'z');
  }
  static constexpr std::string_view kConsonants[] = {"б", "в", "г", "ґ", "д", "ж", "з", "й",
                                                     "к", "л", "м", "н", "п", "р", "с", "т",
                                                     "ф", "х", "ц", "ч", "ш", "щ", "ь"};
  for (std::string_view c : kConsonants) {
    if (last == c) return true;
  }
  return false;
}

// A word of a name mapped back to the nominative under one reading.
struct Mapped {
  std::string nominative;
  bool specific = false;  // the ending rules out nominatives of the other gender
};

// `word` in the nominative when it fits `p`; false when it does not.
bool MapWord(std::string_view word, const Paradigm& p, Lang lang, Mapped* out) {
  for (const Ending& e : p.endings) {
    if (!EndsWith(word, e.oblique)) continue;
    const std::string_view stem = word.substr(0, word.size() - e.oblique.size());
    if (CodePoints(stem) < 2) continue;
    out->nominative = std::string(stem) + std::string(e.nominative);
    out->specific = e.specific;
    return true;
  }
  if (p.consonant_fits && ConsonantFinal(word, lang)) {
    out->nominative = std::string(word);
    out->specific = false;
    return true;
  }
  return false;
}

// Ukrainian masculine given names in -о lose it in the oblique cases (Михайла, Павлом,
// Петрові): restored after the stems they follow.
std::string UkrainianGivenO(std::string stem) {
  for (std::string_view tail : {"йл", "вл", "ил", "тр"}) {
    if (EndsWith(stem, tail)) return stem + "о";
  }
  return stem;
}

// The Polish fleeting e of a masculine stem (Marka -> Marek, Pawła -> Paweł).
std::string PolishFleetingE(std::string stem) {
  static constexpr std::pair<std::string_view, std::string_view> kTails[] = {
      {"szk", "szek"}, {"rk", "rek"}, {"ck", "cek"}, {"wł", "weł"}};
  for (const auto& [tail, with] : kTails) {
    if (EndsWith(stem, tail)) return stem.substr(0, stem.size() - tail.size()) + std::string(with);
  }
  return stem;
}

// The given names of data/lexicons/given_names.tsv, as "lang\tgender\tname".
const absl::flat_hash_set<std::string>& KnownNames() {
  static const auto* names = [] {
    auto* set = new absl::flat_hash_set<std::string>();
    std::string_view rest = kGivenNamesTsv;
    while (!rest.empty()) {
      const size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      if (line.empty() || line[0] == '#') continue;
      const size_t t1 = line.find('\t');
      const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
      if (t2 == std::string_view::npos) continue;
      const std::string prefix(line.substr(0, t2 + 1));
      std::string_view list = line.substr(t2 + 1);
      while (!list.empty()) {
        const size_t sp = list.find(' ');
        if (sp != 0) set->insert(prefix + std::string(list.substr(0, sp)));
        if (sp == std::string_view::npos) break;
        list = list.substr(sp + 1);
      }
    }
    return set;
  }();
  return *names;
}

bool Known(Lang lang, Gender g, std::string_view name) {
  static constexpr std::string_view kLangs[] = {"ru", "uk", "pl"};
  std::string key(kLangs[static_cast<int>(lang)]);
  key += g == Gender::kMasculine ? "\tm\t" : "\tf\t";
  key += name;
  return KnownNames().contains(key);
}

std::vector<std::string_view> SplitWords(std::string_view name) {
  std::vector<std::string_view> words;
  while (!name.empty()) {
    const size_t sp = name.find(' ');
    if (sp != 0) words.push_back(name.substr(0, sp));
    if (sp == std::string_view::npos) break;
    name = name.substr(sp + 1);
  }
  return words;
}

// A word written in capitals ("ЛУКАШЕНКА", "TUSKA") or with a digit: left alone.
bool Shouted(std::string_view word) {
  if (word.size() < 2) return false;
  const auto c = static_cast<unsigned char>(word[1]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  // Cyrillic capitals А-Я are D0 90..D0 AF; the second letter starts at byte 2.
  const size_t second = (static_cast<unsigned char>(word[0]) & 0x80) != 0 ? 2 : 1;
  if (word.size() >= second + 2 && static_cast<unsigned char>(word[second]) == 0xD0 &&
      static_cast<unsigned char>(word[second + 1]) >= 0x90 &&
      static_cast<unsigned char>(word[second + 1]) <= 0xAF) {
    return true;
  }
  return false;
}

// Polish ending after an apostrophe on a foreign name ("Charles'a", "Blair'owi"): dropped.
bool StripApostropheEnding(std::string_view* word) {
  for (std::string_view apo : {"'", "\xE2\x80\x99"}) {
    const size_t p = word->rfind(apo);
    if (p == std::string_view::npos || p == 0) continue;
    const std::string_view ending = word->substr(p + apo.size());
    if (ending.empty() || ending.size() > 4) continue;
    *word = word->substr(0, p);
    return true;
  }
  return false;
}

class Reader {
 public:
  // `fixed[i]`: word i is already a nominative in every reading (a stripped apostrophe ending).
  Reader(Lang lang, std::vector<std::string_view> words, std::vector<bool> fixed)
      : lang_(lang), words_(std::move(words)), fixed_(std::move(fixed)) {}

  Role RoleOf(size_t i) const {
    if (i + 1 == words_.size()) return Role::kSurname;
    if (lang_ == Lang::kRu && i > 0 && i + 2 == words_.size()) {
      for (std::string_view p : {"вич", "вна", "чна", "ич"}) {
        for (std::string_view e : {"", "а", "у", "ем", "е", "ы", "у", "ой"}) {
          if (EndsWith(words_[i], std::string(p) + std::string(e))) return Role::kPatronymic;
        }
      }
    }
    return Role::kGiven;
  }

  // The nominative words under (gender, case), or false.
  bool Read(Gender g, Case c, std::vector<std::string>* out, bool* specific) const {
    out->clear();
    *specific = false;
    for (size_t i = 0; i < words_.size(); ++i) {
      if (fixed_[i]) {
        out->emplace_back(words_[i]);
        continue;
      }
      const Role role = RoleOf(i);
      // Each part of a double name declines ("Kosiniaka-Kamysza").
      std::string word_out;
      std::string_view rest = words_[i];
      bool first_part = true;
      while (true) {
        const size_t dash = rest.find('-');
        std::string_view part = rest.substr(0, dash);
        Mapped m;
        // Only the last part of a hyphenated given name declines ("Франк-Вальтером").
        const bool declines = role == Role::kSurname || dash == std::string_view::npos;
        if (declines) {
          if (!MapWord(part, ParadigmOf(lang_, role, g, c), lang_, &m)) return false;
          if (c != kNom && role == Role::kGiven && g == Gender::kMasculine) {
            if (lang_ == Lang::kUk) m.nominative = UkrainianGivenO(std::move(m.nominative));
            if (lang_ == Lang::kPl) m.nominative = PolishFleetingE(std::move(m.nominative));
          }
          *specific = *specific || (m.specific && c != kNom);
        } else {
          m.nominative = std::string(part);
        }
        if (!first_part) word_out += '-';
        word_out += m.nominative;
        first_part = false;
        if (dash == std::string_view::npos) break;
        rest = rest.substr(dash + 1);
      }
      out->push_back(std::move(word_out));
    }
    return true;
  }

 private:
  Lang lang_;
  std::vector<std::string_view> words_;
  std::vector<bool> fixed_;
};

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// A lone mention that is the surname without an ending, ending in a consonant ("Песков" for
// "Пескова"): only a man's surname shortens so.
bool MasculineEvidence(std::string_view surname, std::span<const std::string> others, Lang lang) {
  for (const std::string& o : others) {
    if (o.find(' ') != std::string::npos || o.size() >= surname.size()) continue;
    if (surname.substr(0, o.size()) == o && ConsonantFinal(o, lang)) return true;
  }
  return false;
}

}  // namespace

bool DeclinesPersonNames(std::string_view lang) {
  return lang == "ru" || lang == "uk" || lang == "pl";
}

std::string NominativePersonName(std::string_view name, std::string_view lang_tag,
                                 std::span<const std::string> other_mentions) {
  if (!DeclinesPersonNames(lang_tag)) return std::string(name);
  const Lang lang = lang_tag == "ru" ? Lang::kRu : lang_tag == "uk" ? Lang::kUk : Lang::kPl;
  std::vector<std::string_view> words = SplitWords(name);
  if (words.size() < 2 || words.size() > 4) return std::string(name);
  bool stripped = false;
  std::vector<bool> fixed(words.size(), false);
  for (size_t i = 0; i < words.size(); ++i) {
    if (Shouted(words[i])) return std::string(name);
    if (lang == Lang::kPl && StripApostropheEnding(&words[i])) stripped = fixed[i] = true;
  }
  const Reader reader(lang, words, fixed);

  // Every reading under which all words map, scored: a given name it makes a known name of
  // its gender, the nominative (unless an apostrophe ending says otherwise), an ending only one
  // gender has, masculine evidence from other mentions, all readings agreeing; and against an
  // oblique reading whose given name is unknown but written as a known name of the other gender
  // ("Agata" is no genitive of "Agat"). The best reading wins when it scores 1 or more.
  const std::string_view given = words.front();
  const bool masculine_evidence = MasculineEvidence(words.back(), other_mentions, lang);
  struct Reading {
    std::vector<std::string> words;
    int score = 0;
  };
  std::vector<Reading> readings;
  for (Case c : {kNom, kGen, kIns, kDat, kAcc, kLoc}) {
    if (c == kNom && stripped) continue;
    for (Gender g : {Gender::kMasculine, Gender::kFeminine}) {
      Reading r;
      bool specific = false;
      if (!reader.Read(g, c, &r.words, &specific)) continue;
      const Gender other = g == Gender::kMasculine ? Gender::kFeminine : Gender::kMasculine;
      if (Known(lang, g, r.words.front())) r.score += 4;
      if (c != kNom && !Known(lang, g, r.words.front()) && Known(lang, other, given)) {
        r.score -= 4;
      }
      if (c == kNom) r.score += 2;
      if (specific) r.score += 1;
      if (masculine_evidence) r.score += g == Gender::kMasculine ? 3 : -3;
      readings.push_back(std::move(r));
    }
  }
  bool one_result = !readings.empty();
  for (const Reading& r : readings) one_result = one_result && r.words == readings.front().words;
  if (one_result) {
    for (Reading& r : readings) r.score += 1;
  }
  const Reading* best = nullptr;
  for (const Reading& r : readings) {
    if (best == nullptr || r.score > best->score) best = &r;
  }
  if (best == nullptr || best->score < 1) {
    return stripped ? Join(std::vector<std::string>(words.begin(), words.end()))
                    : std::string(name);
  }
  return Join(best->words);
}

}  // namespace newsloom
