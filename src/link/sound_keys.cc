#include "link/sound_keys.h"

#include <unicode/utf8.h>

#include <span>
#include <string_view>

#include "text/chinese_names.h"

namespace newsloom::link {
namespace {

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The lower-case ASCII letters of `s`, other bytes dropped.
std::string LettersOf(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (IsLetter(c)) out.push_back(c);
  }
  return out;
}

// The Han sound class of a letter that reads alike in an alphabet's spelling and in pinyin;
// 0 for the others (each side maps those itself).
char SharedClass(char c) {
  switch (c) {
    case 'b':
    case 'p':
      return 'B';
    case 'd':
    case 't':
      return 'T';
    case 'g':
    case 'k':
      return 'K';
    case 'f':
    case 'w':
      return 'F';
    case 's':
    case 'z':
      return 'S';
    case 'l':
      return 'L';
    case 'm':
      return 'M';
    case 'n':
      return 'N';
    case 'h':
      return 'H';
    default:
      return 0;
  }
}

// Appends `cls` unless it repeats the last class.
void PushClass(char cls, std::string* out) {
  if (out->empty() || out->back() != cls) out->push_back(cls);
}

}  // namespace

Writing WritingOf(std::string_view script) {
  if (script == "Arab" || script == "Hebr" || script == "Syrc" || script == "Thaa") {
    return Writing::kAbjad;
  }
  if (script == "Hani") return Writing::kHan;
  return Writing::kAlphabet;
}

std::string AbjadSkeleton(std::string_view ascii_word) {
  std::string w = LettersOf(ascii_word);
  // German spellings of Arabic sounds: "Dschamil", "Schammari", "Tschad".
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"dsch", "j"},
                                 {"tsch", "ch"},
                                 {"sch", "sh"}}) {
    for (size_t p = w.find(from); p != std::string::npos; p = w.find(from, p + to.size())) {
      w.replace(p, from.size(), to);
    }
  }
  if (w == "al" || w == "el") return "";
  if (w.size() >= 5 && (w.compare(0, 2, "al") == 0 || w.compare(0, 2, "el") == 0)) {
    w.erase(0, 2);
  }
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    char cls = c;
    if (next == 'h' &&
        (c == 'k' || c == 'g' || c == 's' || c == 'c' || c == 't' || c == 'd' || c == 'p')) {
      // kh -> h, gh -> j (as g), sh/ch -> s, th -> t, dh -> d, ph -> f
      cls = c == 'k' ? 'h' : c == 'g' ? 'j' : c == 'c' ? 's' : c == 'p' ? 'f' : c;
      ++i;
    } else if (c == 'd' && next == 'j') {
      cls = 'j';
      ++i;
    } else if (IsVowel(c) || c == 'y' || c == 'w') {
      continue;
    } else if (c == 'q' || c == 'c') {
      cls = 'k';
    } else if (c == 'x') {
      if (out.empty() || out.back() != 'k') out.push_back('k');
      cls = 's';
    } else if (c == 'v') {
      cls = 'f';
    } else if (c == 'p') {
      cls = 'b';
    } else if (c == 'g') {
      cls = 'j';
    }
    PushClass(cls, &out);
  }
  return out;
}

namespace {

// Letters that make one sound class together.
struct Cluster {
  std::string_view letters;
  char cls;
};

// Longest first where one starts another ("tsch", "ts").
constexpr Cluster kLatinClusters[] = {
    {"tsch", 'S'}, {"sch", 'S'}, {"sh", 'S'}, {"ch", 'S'}, {"zh", 'S'}, {"ts", 'S'}, {"tz", 'S'},
    {"cz", 'S'},   {"sz", 'S'},  {"kh", 'H'}, {"gh", 'K'}, {"ck", 'K'}, {"ph", 'F'}, {"th", 'T'}};
constexpr Cluster kPinyinClusters[] = {{"zh", 'S'}, {"ch", 'S'}, {"sh", 'S'}};

// The Han skeleton of `word` as both sides build it: vowels and y dropped; `clusters`; a final
// n or ng (before a consonant or at the end; with `glide_ends_ng` also before y) one nasal N;
// then own(w, i, &out), the class of a letter that reads differently on this side (0: none,
// and may append a class of its own first), else SharedClass. Repeated classes collapse.
template <typename Own>
std::string HanSkeleton(std::string_view word, std::span<const Cluster> clusters,
                        bool glide_ends_ng, Own own) {
  const std::string w = LettersOf(word);
  std::string out;
  auto at = [&](size_t i) { return i < w.size() ? w[i] : '\0'; };
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (IsVowel(c) || c == 'y') continue;
    const Cluster* cluster = nullptr;
    for (const Cluster& k : clusters) {
      if (w.compare(i, k.letters.size(), k.letters) == 0) {
        cluster = &k;
        break;
      }
    }
    if (cluster != nullptr) {
      PushClass(cluster->cls, &out);
      i += cluster->letters.size() - 1;
      continue;
    }
    if (c == 'n' && at(i + 1) == 'g' && !IsVowel(at(i + 2)) &&
        (glide_ends_ng || at(i + 2) != 'y')) {
      PushClass('N', &out);
      ++i;
      continue;
    }
    char cls = own(w, i, &out);
    if (cls == 0) cls = SharedClass(c);
    if (cls != 0) PushClass(cls, &out);
  }
  return out;
}

}  // namespace

std::string HanSkeletonOfLatin(std::string_view ascii_word) {
  return HanSkeleton(
      ascii_word, kLatinClusters, /*glide_ends_ng=*/false,
      [](const std::string& w, size_t i, std::string* out) -> char {
        const char next = i + 1 < w.size() ? w[i + 1] : '\0';
        switch (w[i]) {
          case 'q':
            return 'K';
          case 'c':
            return next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
          case 'v':
            return 'F';
          case 'j':
            // The Slavic -jev/-jew of "Tokajev", "Tokajew" is a glide, as y;
            // other j's are affricates ("Jomart", "Rajapaksa").
            if (next == 'e' && i + 2 < w.size() && (w[i + 2] == 'v' || w[i + 2] == 'w')) {
              return 0;
            }
            return 'S';
          case 'x':
            PushClass('K', out);
            return 'S';
          case 'r':
            return 'L';
          default:
            return 0;
        }
      });
}

std::string HanSkeletonOfPinyin(std::string_view pinyin) {
  return HanSkeleton(pinyin, kPinyinClusters, /*glide_ends_ng=*/true,
                     [](const std::string& w, size_t i, std::string*) -> char {
                       switch (w[i]) {
                         case 'c':
                         case 'j':
                         case 'q':
                         case 'x':
                           return 'S';
                         case 'r':
                           // An initial r transcribes zh/j sounds; the r of the syllable "er"
                           // is an l or r.
                           return i + 1 < w.size() && IsVowel(w[i + 1]) ? 'S' : 'L';
                         default:
                           return 0;
                       }
                     });
}

bool LooksLikeChineseName(std::string_view han) {
  size_t count = 0;
  char32_t first = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(han.size());) {
    UChar32 c;
    U8_NEXT(han.data(), i, static_cast<int32_t>(han.size()), c);
    if (c < 0) return false;
    if (count == 0) first = static_cast<char32_t>(c);
    ++count;
  }
  return count >= 2 && count <= 3 && text_analysis::IsCommonChineseSurname(first);
}

}  // namespace newsloom::link
