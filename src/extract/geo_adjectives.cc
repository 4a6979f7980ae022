#include "extract/geo_adjectives.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

#include "core/strings.h"
#include "fmt/format.h"

namespace newsloom {

extern const std::string_view kCountryAdjectivesTsv;

namespace {

constexpr std::string_view kLanguages[] = {"en", "nl", "nb", "da", "sv", "de", "fr", "es",
                                           "it", "pl", "ru", "uk", "tr", "ar", "zh"};
constexpr std::string_view kArabicPrefixes[] = {"\xD9\x88\xD8\xA7\xD9\x84",  // وال
                                                "\xD8\xA8\xD8\xA7\xD9\x84",  // بال
                                                "\xD8\xA7\xD9\x84",          // ال
                                                "\xD9\x84\xD9\x84"};         // لل

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Fold(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

// `word` without U+0307 COMBINING DOT ABOVE (ICU folds Turkish "İ" to "i̇"); `buf` holds the
// copy when one is needed.
std::string_view WithoutDot(std::string_view word, std::string* buf) {
  if (word.find("\xCC\x87") == std::string_view::npos) return word;
  buf->assign(word);
  for (size_t p; (p = buf->find("\xCC\x87")) != std::string::npos;) buf->erase(p, 2);
  return *buf;
}

// Splits a form into words on spaces and hyphens.
std::vector<std::string_view> FormWords(std::string_view form) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= form.size(); ++i) {
    if (i == form.size() || form[i] == ' ' || form[i] == '-') {
      if (i > start) out.push_back(form.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool IsLanguage(std::string_view lang) {
  return std::find(std::begin(kLanguages), std::end(kLanguages), lang) != std::end(kLanguages);
}

// True when only spaces and hyphens separate the tokens (a multi-word form continues).
bool Joined(const AnalyzedDocument& doc, const Token& a, const Token& b) {
  if (b.begin < a.end || b.begin - a.end > 3 || b.begin == a.end) return false;
  for (uint32_t k = a.end; k < b.begin; ++k) {
    if (doc.text[k] != ' ' && doc.text[k] != '-') return false;
  }
  return true;
}

}  // namespace

StatusOr<std::unique_ptr<CountryAdjectives>> CountryAdjectives::Parse(std::string_view tsv,
                                                                      std::string_view name) {
  auto lex = std::unique_ptr<CountryAdjectives>(new CountryAdjectives());
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
    if (f[0].size() != 2 ||
        !std::all_of(f[0].begin(), f[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return bad(fmt::format("bad country code '{}'", f[0]));
    }
    if (!IsLanguage(f[1])) return bad(fmt::format("unknown language '{}'", f[1]));
    for (std::string_view raw : SplitView(f[2], ',')) {
      std::string folded = Fold(raw);
      std::vector<std::string_view> words = FormWords(folded);
      if (words.empty()) return bad("empty form");
      Form form{{}, std::string(f[0])};
      for (std::string_view w : words) {
        Pattern p{std::string(w), false};
        if (!w.empty() && w.back() == '*') {
          p.text.pop_back();
          p.stem = true;
          if (CodePoints(p.text) < static_cast<size_t>(kMinStemLength)) {
            return bad(fmt::format("stem '{}' is shorter than {} letters", raw, kMinStemLength));
          }
        }
        if (p.text.empty() || p.text.find('*') != std::string::npos) {
          return bad(fmt::format("bad form '{}'", raw));
        }
        form.words.push_back(std::move(p));
      }
      lex->Add(std::string(f[1]), std::move(form));
    }
  }
  // Within a candidate list, longer phrases first.
  auto by_length = [&lex](std::vector<uint32_t>& list) {
    std::stable_sort(list.begin(), list.end(), [&lex](uint32_t a, uint32_t b) {
      return lex->forms_[a].words.size() > lex->forms_[b].words.size();
    });
  };
  for (Table* t : {&lex->all_}) {
    for (auto& [k, v] : t->exact) by_length(v);
    for (auto& [k, v] : t->stems) by_length(v);
  }
  for (auto& [lang, t] : lex->by_lang_) {
    for (auto& [k, v] : t.exact) by_length(v);
    for (auto& [k, v] : t.stems) by_length(v);
  }
  return lex;
}

void CountryAdjectives::Add(const std::string& lang, Form form) {
  const uint32_t id = static_cast<uint32_t>(forms_.size());
  const Pattern& first = form.words[0];
  for (Table* t : {&by_lang_[lang], &all_}) {
    (first.stem ? t->stems : t->exact)[first.text].push_back(id);
    t->AddPrefix(PrefixKey(first.text));
    if (lang == "ar") {
      for (std::string_view prefix : kArabicPrefixes) {
        t->AddPrefix(PrefixKey(std::string(prefix) + first.text));
      }
    }
  }
  by_lang_[lang].require_capital = lang == "en";
  forms_.push_back(std::move(form));
  ++form_count_;
}

const CountryAdjectives& CountryAdjectives::Default() {
  static const CountryAdjectives* lex = [] {
    auto parsed = Parse(kCountryAdjectivesTsv, "data/lexicons/country_adjectives.tsv");
    return parsed.ok() ? parsed->release() : new CountryAdjectives();
  }();
  return *lex;
}

const CountryAdjectives::Table* CountryAdjectives::TableFor(std::string_view lang) const {
  if (lang == "nn") lang = "nb";
  auto it = by_lang_.find(AbslView(lang));
  return it == by_lang_.end() ? &all_ : &it->second;
}

bool CountryAdjectives::WordMatches(const Pattern& p, std::string_view word) const {
  if (!p.stem) return word == p.text;
  return word.starts_with(p.text) &&
         CodePoints(word.substr(p.text.size())) <= static_cast<size_t>(kMaxStemEnding);
}

int CountryAdjectives::MatchAt(const Table& t, const AnalyzedDocument& doc, uint32_t i,
                               uint32_t* count) const {
  const Token& tok = doc.tokens[i];
  if (t.require_capital && !tok.capitalized) return -1;
  std::string buf;
  std::string_view full = WithoutDot(tok.lower, &buf);
  // The word, and in Arabic the word without its article prefix.
  std::string_view variants[2] = {full, {}};
  for (std::string_view prefix : kArabicPrefixes) {
    if (tok.script == Script::kArabic && full.starts_with(prefix) &&
        CodePoints(full) > CodePoints(prefix) + 2) {
      variants[1] = full.substr(prefix.size());
      break;
    }
  }
  // Tries the forms of `list` whose first word matched; returns the first whose other words
  // follow in the text.
  auto try_list = [&](const std::vector<uint32_t>& list) -> int {
    for (uint32_t id : list) {
      const Form& f = forms_[id];
      uint32_t j = i, n = 1;
      bool ok = true;
      for (size_t w = 1; w < f.words.size() && ok; ++w) {
        uint32_t k = j + 1;
        while (k < doc.tokens.size() && doc.tokens[k].kind == TokenKind::kPunct &&
               doc.text.compare(doc.tokens[k].begin, 1, "-") == 0) {
          ++k;
        }
        std::string buf2;
        ok = k < doc.tokens.size() && Joined(doc, doc.tokens[j], doc.tokens[k]) &&
             WordMatches(f.words[w], WithoutDot(doc.tokens[k].lower, &buf2));
        n += k - j;
        j = k;
      }
      if (ok) {
        *count = n;
        return static_cast<int>(id);
      }
    }
    return -1;
  };
  for (std::string_view word : variants) {
    if (word.empty()) continue;
    if (auto it = t.exact.find(AbslView(word)); it != t.exact.end()) {
      if (int id = try_list(it->second); id >= 0) return id;
    }
    // Stems, longest first: cut 0..kMaxStemEnding code points off the end.
    size_t end = word.size();
    for (int cut = 0; cut <= kMaxStemEnding && end > 0; ++cut) {
      std::string_view base = word.substr(0, end);
      if (CodePoints(base) < static_cast<size_t>(kMinStemLength)) break;
      if (auto it = t.stems.find(AbslView(base)); it != t.stems.end()) {
        if (int id = try_list(it->second); id >= 0) return id;
      }
      do {
        --end;
      } while (end > 0 && (static_cast<unsigned char>(word[end]) & 0xC0) == 0x80);
    }
  }
  return -1;
}

std::string CountryAdjectives::CountryOfWord(std::string_view lower, std::string_view lang) const {
  AnalyzedDocument doc;
  doc.text = std::string(lower);
  doc.lang = std::string(lang);
  Token t;
  t.begin = 0;
  t.end = static_cast<uint32_t>(lower.size());
  t.lower = std::string(lower);
  t.capitalized = true;
  t.script = (!lower.empty() && static_cast<unsigned char>(lower[0]) >= 0xD8 &&
              static_cast<unsigned char>(lower[0]) <= 0xDB)
                 ? Script::kArabic
                 : Script::kLatin;
  doc.tokens.push_back(t);
  std::vector<AdjectiveMention> found = Find(doc, [](uint32_t) { return false; });
  return found.empty() ? "" : found[0].country;
}

}  // namespace newsloom
