#include "link/palladius.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace newsloom::link {
namespace {

// Cyrillic lower case of a UTF-8 word, with Ukrainian і read as и; nullopt when a letter is not
// Cyrillic.
std::optional<std::u32string> LowerCyrillic(std::string_view word) {
  std::u32string out;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c >= 0x0410 && c <= 0x042F) c += 0x20;   // А-Я
    if (c == 0x0401) c = 0x0451;                 // Ё
    if (c == 0x0406 || c == 0x0456) c = 0x0438;  // І, і -> и
    if (c == 0x0407) c = 0x0457;                 // Ї
    if (c == 0x0404) c = 0x0454;                 // Є
    if (c < 0x0430 || (c > 0x044F && c != 0x0451 && c != 0x0454 && c != 0x0457)) {
      return std::nullopt;
    }
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

struct Final {
  std::u32string_view cyrillic;
  std::string_view pinyin;
  bool palatal;  // starts with i or ü: palatalises цз/ц/с to j/q/x
};

// Finals after an initial (Palladius), longest first where one is a prefix of another.
constexpr Final kFinals[] = {
    {U"уань", "uan", false}, {U"юань", "uan", true},  {U"уай", "uai", false},
    {U"уан", "uang", false}, {U"уэн", "ueng", false}, {U"янь", "ian", true},
    {U"инь", "in", true},    {U"юнь", "un", true},    {U"унь", "un", false},
    {U"ань", "an", false},   {U"энь", "en", false},   {U"ян", "iang", true},
    {U"ин", "ing", true},    {U"юн", "iong", true},   {U"яо", "iao", true},
    {U"юй", "u", true},      {U"юэ", "ue", true},     {U"ай", "ai", false},
    {U"эй", "ei", false},    {U"ао", "ao", false},    {U"оу", "ou", false},
    {U"ан", "ang", false},   {U"эн", "eng", false},   {U"ун", "ong", false},
    {U"эр", "er", false},    {U"уа", "ua", false},    {U"уо", "uo", false},
    {U"уй", "ui", false},    {U"а", "a", false},      {U"о", "o", false},
    {U"э", "e", false},      {U"и", "i", true},       {U"я", "ia", true},
    {U"е", "ie", true},      {U"ю", "iu", true},      {U"у", "u", false},
    {U"ы", "i", false},
};

// Syllables without an initial.
constexpr std::pair<std::u32string_view, std::string_view> kBare[] = {
    {U"юань", "yuan"}, {U"вань", "wan"}, {U"вэнь", "wen"}, {U"янь", "yan"},  {U"инь", "yin"},
    {U"юнь", "yun"},   {U"вай", "wai"},  {U"вэй", "wei"},  {U"ван", "wang"}, {U"вэн", "weng"},
    {U"ань", "an"},    {U"энь", "en"},   {U"ян", "yang"},  {U"ин", "ying"},  {U"юн", "yong"},
    {U"яо", "yao"},    {U"юй", "yu"},    {U"юэ", "yue"},   {U"ва", "wa"},    {U"во", "wo"},
    {U"ай", "ai"},     {U"ан", "ang"},   {U"ао", "ao"},    {U"эй", "ei"},    {U"эн", "eng"},
    {U"эр", "er"},     {U"оу", "ou"},    {U"а", "a"},      {U"э", "e"},      {U"о", "o"},
    {U"и", "yi"},      {U"я", "ya"},     {U"е", "ye"},     {U"ю", "you"},    {U"у", "wu"},
};

struct Initial {
  std::u32string_view cyrillic;
  std::string_view pinyin;
  std::string_view palatal;  // before a palatal final ("" = the same)
};
constexpr Initial kInitials[] = {
    {U"чж", "zh", ""}, {U"цз", "z", "j"}, {U"ч", "ch", ""}, {U"ш", "sh", ""}, {U"ж", "r", ""},
    {U"ц", "c", "q"},  {U"с", "s", "x"},  {U"б", "b", ""},  {U"п", "p", ""},  {U"м", "m", ""},
    {U"ф", "f", ""},   {U"д", "d", ""},   {U"т", "t", ""},  {U"н", "n", ""},  {U"л", "l", ""},
    {U"г", "g", ""},   {U"к", "k", ""},   {U"х", "h", ""},
};

// Every Palladius syllable and its pinyin.
const absl::flat_hash_map<std::u32string, std::string>& Syllables() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::u32string, std::string>();
    for (const auto& [cyr, pin] : kBare) t->emplace(std::u32string(cyr), std::string(pin));
    for (const Initial& in : kInitials) {
      const bool labial =
          in.pinyin == "b" || in.pinyin == "p" || in.pinyin == "m" || in.pinyin == "f";
      const bool retroflex =
          in.pinyin == "zh" || in.pinyin == "ch" || in.pinyin == "sh" || in.pinyin == "r";
      const bool sibilant = in.pinyin == "z" || in.pinyin == "c" || in.pinyin == "s";
      for (const Final& f : kFinals) {
        // ы follows z, c, s only; и after zh, ch, sh, r is their -i.
        if (f.cyrillic == U"ы" && !sibilant) continue;
        std::string initial(f.palatal && !in.palatal.empty() ? in.palatal : in.pinyin);
        if (f.palatal && retroflex && f.cyrillic != U"и") continue;
        std::string final(f.pinyin);
        if (f.cyrillic == U"о" && !labial) final = "uo";  // до = duo, бо = bo
        if (f.cyrillic == U"и" && retroflex) final = "i";
        t->emplace(std::u32string(in.cyrillic) + std::u32string(f.cyrillic), initial + final);
      }
    }
    return t;
  }();
  return *table;
}

constexpr size_t kLongestSyllable = 6;  // "чжуань"

// Reads `w` from `at` as syllables into `out`; false when no reading covers it.
bool Read(const std::u32string& w, size_t at, std::string* out) {
  if (at == w.size()) return true;
  const auto& table = Syllables();
  for (size_t len = std::min(kLongestSyllable, w.size() - at); len > 0; --len) {
    auto it = table.find(w.substr(at, len));
    if (it == table.end()) continue;
    const size_t mark = out->size();
    out->append(it->second);
    if (Read(w, at + len, out)) return true;
    out->resize(mark);
  }
  return false;
}

// Common Chinese surnames in pinyin.
const absl::flat_hash_set<std::string>& Surnames() {
  static const auto* set = new absl::flat_hash_set<std::string>{
      "wang",  "li",    "zhang", "liu",  "chen", "yang", "huang", "zhao",  "wu",   "zhou",
      "xu",    "sun",   "ma",    "zhu",  "hu",   "guo",  "he",    "gao",   "lin",  "luo",
      "zheng", "liang", "xie",   "song", "tang", "han",  "feng",  "deng",  "cao",  "peng",
      "zeng",  "xiao",  "tian",  "dong", "pan",  "yuan", "cai",   "jiang", "yu",   "du",
      "ye",    "cheng", "wei",   "su",   "ding", "ren",  "lu",    "yao",   "shen", "zhong",
      "cui",   "tan",   "fan",   "liao", "shi",  "jin",  "jia",   "xia",   "fu",   "fang",
      "zou",   "xiong", "bai",   "meng", "qin",  "qiu",  "hou",   "yin",   "xue",  "yan",
      "duan",  "lei",   "long",  "shao", "xi",   "qian", "kong",  "mao",   "hao",  "wen",
      "chang", "kang",  "geng",  "qi",   "zhan", "bo",   "hua",   "mo",    "ou",   "ge",
      "niu",   "lai",   "gu",    "lou",  "bi",   "bao",  "ji",    "wan",   "gong", "yi"};
  return *set;
}

}  // namespace

std::optional<std::string> PalladiusToPinyin(std::string_view word) {
  std::optional<std::u32string> w = LowerCyrillic(word);
  if (!w || w->empty()) return std::nullopt;
  std::string out;
  if (!Read(*w, 0, &out)) return std::nullopt;
  return out;
}

std::optional<std::vector<std::string>> ChineseNameFromCyrillic(
    const std::vector<std::string>& words) {
  if (words.size() < 2 || words.size() > 3) return std::nullopt;
  std::vector<std::string> out;
  for (const std::string& w : words) {
    std::optional<std::string> p = PalladiusToPinyin(w);
    if (!p) return std::nullopt;
    out.push_back(std::move(*p));
  }
  if (!Surnames().contains(out.front())) return std::nullopt;
  return out;
}

}  // namespace newsloom::link
