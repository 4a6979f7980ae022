#include "link/sound_keys.h"

#include <unicode/utf8.h>

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

std::string HanSkeletonOfLatin(std::string_view ascii_word) {
  const std::string w = LettersOf(ascii_word);
  std::string out;
  auto at = [&](size_t i) { return i < w.size() ? w[i] : '\0'; };
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = at(i + 1);
    if (IsVowel(c) || c == 'y') continue;
    if (w.compare(i, 4, "tsch") == 0) {
      PushClass('S', &out);
      i += 3;
      continue;
    }
    if (w.compare(i, 3, "sch") == 0) {
      PushClass('S', &out);
      i += 2;
      continue;
    }
    if (next == 'h' && (c == 's' || c == 'c' || c == 'z')) {  // sh, ch, zh
      PushClass('S', &out);
      ++i;
      continue;
    }
    if ((c == 't' && (next == 's' || next == 'z')) || (c == 'c' && next == 'z') ||
        (c == 's' && next == 'z')) {  // ts, tz, cz, sz
      PushClass('S', &out);
      ++i;
      continue;
    }
    if (c == 'k' && next == 'h') {
      PushClass('H', &out);
      ++i;
      continue;
    }
    if ((c == 'g' && next == 'h') || (c == 'c' && next == 'k')) {
      PushClass('K', &out);
      ++i;
      continue;
    }
    if (c == 'p' && next == 'h') {
      PushClass('F', &out);
      ++i;
      continue;
    }
    if (c == 't' && next == 'h') {
      PushClass('T', &out);
      ++i;
      continue;
    }
    // "ng" before a consonant or at the end is one nasal, as a pinyin final.
    if (c == 'n' && next == 'g' && !IsVowel(at(i + 2)) && at(i + 2) != 'y') {
      PushClass('N', &out);
      ++i;
      continue;
    }
    char cls = SharedClass(c);
    switch (c) {
      case 'q':
        cls = 'K';
        break;
      case 'c':
        cls = (next == 'e' || next == 'i' || next == 'y') ? 'S' : 'K';
        break;
      case 'v':
        cls = 'F';
        break;
      case 'j':
        // The Slavic -jev/-jew of "Tokajev", "Tokajew" is a glide, as y; other j's are
        // affricates ("Jomart", "Rajapaksa").
        if (next == 'e' && (at(i + 2) == 'v' || at(i + 2) == 'w')) continue;
        cls = 'S';
        break;
      case 'x':
        PushClass('K', &out);
        cls = 'S';
        break;
      case 'r':
        cls = 'L';
        break;
      default:
        break;
    }
    if (cls == 0) continue;
    PushClass(cls, &out);
  }
  return out;
}

std::string HanSkeletonOfPinyin(std::string_view pinyin) {
  const std::string w = LettersOf(pinyin);
  std::string out;
  auto at = [&](size_t i) { return i < w.size() ? w[i] : '\0'; };
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = at(i + 1);
    if (IsVowel(c) || c == 'y') continue;
    if (next == 'h' && (c == 'z' || c == 'c' || c == 's')) {  // zh, ch, sh
      PushClass('S', &out);
      ++i;
      continue;
    }
    if (c == 'n' && next == 'g' && !IsVowel(at(i + 2))) {  // the final ng
      PushClass('N', &out);
      ++i;
      continue;
    }
    char cls = SharedClass(c);
    switch (c) {
      case 'c':
      case 'j':
      case 'q':
      case 'x':
        cls = 'S';
        break;
      case 'r':
        // An initial r transcribes zh/j sounds; the r of the syllable "er" is an l or r.
        cls = IsVowel(next) ? 'S' : 'L';
        break;
      default:
        break;
    }
    if (cls == 0) continue;
    PushClass(cls, &out);
  }
  return out;
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
