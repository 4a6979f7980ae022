#include "extract/geo_cues.h"

#include <unicode/unistr.h>

#include "core/strings.h"
#include "fmt/format.h"

namespace newsloom {

extern const std::string_view kGeoCuesTsv;

namespace {

constexpr std::string_view kKinds[] = {"near_before", "near_after", "person", "common",
                                       "determiner"};

std::string Fold(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

bool IsLanguage(std::string_view lang) {
  if (lang == "*") return true;
  return lang.size() == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' && lang[1] <= 'z';
}

}  // namespace

std::string GeoCues::Key(Kind kind, std::string_view lang, std::string_view word) {
  std::string key(1, static_cast<char>('0' + kind));
  key.append(lang);
  key.push_back('\t');
  key.append(word);
  return key;
}

StatusOr<std::unique_ptr<GeoCues>> GeoCues::Parse(std::string_view tsv, std::string_view name) {
  auto cues = std::unique_ptr<GeoCues>(new GeoCues());
  int line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](std::string_view what) {
      return absl::InvalidArgumentError(fmt::format("{}:{}: {}", name, line_no, what));
    };
    std::vector<std::string_view> f = SplitView(line, '\t');
    if (f.size() != 3) return bad(fmt::format("expected 3 columns, got {}", f.size()));
    int kind = -1;
    for (int k = 0; k < 5; ++k) {
      if (f[0] == kKinds[k]) kind = k;
    }
    if (kind < 0) return bad(fmt::format("unknown kind '{}'", f[0]));
    if (!IsLanguage(f[1])) return bad(fmt::format("bad language '{}'", f[1]));
    for (std::string_view word : SplitView(f[2], ',')) {
      if (word.empty()) return bad("empty word");
      cues->words_.insert(Key(static_cast<Kind>(kind), f[1], Fold(word)));
    }
  }
  return cues;
}

const GeoCues& GeoCues::Default() {
  static const GeoCues* cues = [] {
    auto parsed = Parse(kGeoCuesTsv, "data/lexicons/geo_cues.tsv");
    return parsed.ok() ? parsed->release() : new GeoCues();
  }();
  return *cues;
}

bool GeoCues::Has(Kind kind, std::string_view lower, std::string_view lang) const {
  if (lang == "nn") lang = "nb";
  return words_.contains(Key(kind, lang, lower)) || words_.contains(Key(kind, "*", lower));
}

}  // namespace newsloom
