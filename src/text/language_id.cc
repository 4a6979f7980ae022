#include "text/language_id.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include "text/utf8.h"

namespace newsloom::text_analysis {
namespace {

CLD2::Language Cld2LanguageForTag(std::string_view tag) {
  const std::string norm = NormalizeLanguageTag(tag);
  if (norm == "und") return CLD2::UNKNOWN_LANGUAGE;
  // CLD2 knows the old codes and "nb" as an alias of Norwegian.
  return CLD2::GetLanguageFromName(norm.c_str());
}

// Languages that CLD2 recognizes by their script alone; on short text its best-effort answer
// for them is trustworthy where a Latin-script guess would not be.
bool IsScriptDetermined(std::string_view code) {
  static constexpr std::string_view kCodes[] = {"zh", "ja", "ko", "el", "he", "th", "ka", "hy",
                                                "km", "lo", "my", "si", "bo", "dv", "iu", "chr"};
  return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

// Whether `text` holds a code point in [lo, hi].
bool HasCodePointIn(std::string_view text, char32_t lo, char32_t hi) {
  for (size_t i = 0; i < text.size();) {
    const char32_t c = NextCodePoint(text, &i);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}

// Hiragana and katakana (the prolonged sound mark and the middle dot, which Chinese text uses
// too, are left out).
bool HasKana(std::string_view text) { return HasCodePointIn(text, 0x3041, 0x30FA); }

bool HasHan(std::string_view text) { return HasCodePointIn(text, 0x4E00, 0x9FFF); }

constexpr int kBestEffortMajority = 70;   // percent of the text
constexpr int kBestEffortMinBytes = 400;  // letters CLD2 scored

struct Detection {
  CLD2::Language lang = CLD2::UNKNOWN_LANGUAGE;
  int percent = 0;
  int text_bytes = 0;
  bool reliable = false;
};

Detection Detect(std::string_view text, CLD2::Language hint, int flags) {
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, hint};
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  double score3[3];
  Detection d;
  d.lang =
      CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                     /*is_plain_text=*/true, &hints, flags, top3, percent3, score3,
                                     /*resultchunkvector=*/nullptr, &d.text_bytes, &d.reliable);
  d.percent = percent3[0];
  return d;
}

// The text CLD2 sees: all of it when short, else the first half of the budget plus as much
// from the middle (both cut at spaces), so that a lead in another language, a byline or a
// caption cannot decide alone.
std::string_view Sample(std::string_view text, size_t max_bytes, std::string* buffer) {
  if (text.size() <= max_bytes) return text;
  auto cut_back = [&](size_t end, size_t begin) {
    while (end > begin && !IsCharBoundary(text, end)) --end;
    const size_t space = text.rfind(' ', end);
    return space != std::string_view::npos && space > begin + (end - begin) / 2 ? space : end;
  };
  const size_t half = max_bytes / 2;
  const size_t head_end = cut_back(half, 0);
  size_t mid = text.size() / 2;
  while (mid < text.size() && !IsCharBoundary(text, mid)) ++mid;
  const size_t space = text.find(' ', mid);
  if (space != std::string_view::npos && space < mid + half / 2) mid = space + 1;
  const size_t mid_end = cut_back(std::min(text.size(), mid + half), mid);
  buffer->assign(text.substr(0, head_end));
  buffer->push_back('\n');
  buffer->append(text.substr(mid, mid_end - mid));
  return *buffer;
}

}  // namespace

std::string NormalizeLanguageTag(std::string_view tag) {
  size_t end = 0;
  while (end < tag.size() && tag[end] != '-' && tag[end] != '_') ++end;
  std::string primary;
  for (size_t i = 0; i < end; ++i) {
    const char c = tag[i];
    if (c >= 'A' && c <= 'Z') {
      primary.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c >= 'a' && c <= 'z') {
      primary.push_back(c);
    } else {
      return "und";
    }
  }
  if (primary.size() < 2 || primary.size() > 3) return "und";
  if (primary == "un" || primary == "xx" || primary == "zxx") return "und";
  if (primary == "iw") return "he";
  if (primary == "no") return "nb";
  if (primary == "jw") return "jv";
  if (primary == "in") return "id";
  if (primary == "ji") return "yi";
  if (primary == "mo") return "ro";
  return primary;
}

LanguageGuess IdentifyLanguage(std::string_view text, std::string_view hint,
                               const LanguageIdOptions& options) {
  std::string sample_buffer;
  const std::string_view prefix = Sample(text, options.max_bytes, &sample_buffer);
  const CLD2::Language hint_lang = Cld2LanguageForTag(hint);
  Detection d = Detect(prefix, hint_lang, 0);
  std::string code = NormalizeLanguageTag(CLD2::LanguageCode(d.lang));
  double scale = 1.0;
  if (!d.reliable && d.text_bytes >= options.min_text_bytes) {
    d = Detect(prefix, hint_lang, CLD2::kCLDFlagBestEffort);
    code = NormalizeLanguageTag(CLD2::LanguageCode(d.lang));
    // Best effort is trusted for script-determined languages, and for any language that holds
    // a clear majority of a long text (CLD2's full tables call Russian with a few Kyrgyz names
    // "unreliable" although four fifths of it is Russian).
    d.reliable = (d.reliable && IsScriptDetermined(code)) ||
                 (d.percent >= kBestEffortMajority && d.text_bytes >= kBestEffortMinBytes);
    scale = 0.8;
  }
  // CLD2 takes some Chinese in traditional characters (Hong Kong, Taiwan) for Japanese; but
  // Japanese prose without a single kana character does not exist.
  if (code == "ja" && !HasKana(prefix) && HasHan(prefix)) code = "zh";
  LanguageGuess guess;
  if (d.reliable && d.text_bytes >= options.min_text_bytes && code != "und") {
    guess.lang = code;
    guess.reliable = true;
    const double length_factor = 0.5 + 0.5 * std::min(1.0, d.text_bytes / 200.0);
    guess.confidence = std::clamp(d.percent / 100.0, 0.0, 1.0) * length_factor * scale;
    return guess;
  }
  if (options.fall_back_to_hint && hint_lang != CLD2::UNKNOWN_LANGUAGE) {
    guess.lang = NormalizeLanguageTag(hint);
    guess.confidence = options.hint_confidence;
  }
  return guess;
}

}  // namespace newsloom::text_analysis
