#include "bench/synthetic_corpus.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string_view>
#include <vector>

#include "core/hash.h"
#include "core/json_writer.h"
#include "core/strings.h"

namespace newsloom {

extern const std::string_view kSyntheticWordsTsv;

namespace {

struct LanguageWords {
  std::string_view lang;
  bool spaces = true;                   // false for Chinese: words are written without spaces
  std::string_view sentence_end;        // "." or "。"
  std::vector<std::string_view> words;  // common words, most frequent first
  std::vector<std::string_view> names;  // capitalised names and places
};

std::vector<std::string_view> SplitList(std::string_view list) {
  std::vector<std::string_view> out;
  for (std::string_view w : SplitView(list, '|')) {
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

// data/bench/synthetic_words.tsv, compiled in: the views point into the embedded bytes.
const std::vector<LanguageWords>& Languages() {
  static const auto* langs = [] {
    auto* v = new std::vector<LanguageWords>();
    for (std::string_view line : SplitView(kSyntheticWordsTsv, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      const std::vector<std::string_view> cols = SplitView(line, '\t');
      if (cols.size() != 5) continue;  // checked by synthetic_corpus_test
      v->push_back({cols[0], cols[1] == "1", cols[2], SplitList(cols[3]), SplitList(cols[4])});
    }
    return v;
  }();
  return *langs;
}

// Zipf-like draw: index i with weight 1/(i+2).
size_t ZipfIndex(std::mt19937_64& rng, size_t n) {
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const double r = u(rng);
  // Inverse of the continuous approximation of the harmonic CDF.
  const double x = std::pow(static_cast<double>(n + 2) / 2.0, r) * 2.0 - 2.0;
  const auto i = static_cast<size_t>(x);
  return i < n ? i : n - 1;
}

// A word that is not in any lexicon, built from 2-3 pieces of the language's own words (so
// it has the language's script and letters): the long tail of news vocabulary, which the
// common-word list alone lacks.
std::string PseudoWord(const LanguageWords& lw, std::mt19937_64& rng) {
  std::string w;
  const int parts = 2 + static_cast<int>(rng() % 2);
  const size_t piece_chars = lw.spaces ? 2 : 1;
  for (int p = 0; p < parts; ++p) {
    std::string_view from = lw.words[rng() % lw.words.size()];
    std::vector<size_t> starts;  // byte offsets of its characters
    for (size_t i = 0; i < from.size(); ++i) {
      if ((static_cast<unsigned char>(from[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    if (starts.size() <= piece_chars) {
      w += from;
      continue;
    }
    const size_t c = rng() % (starts.size() - piece_chars + 1);
    const size_t end = c + piece_chars < starts.size() ? starts[c + piece_chars] : from.size();
    w += from.substr(starts[c], end - starts[c]);
  }
  return w;
}

// The language's long tail: kRareWords pseudo-words made once per language with a fixed
// seed, drawn Zipf-like like real vocabulary (a few are frequent, most are rare).
constexpr size_t kRareWords = 20000;

const std::vector<std::string>& RareWords(const LanguageWords& lw) {
  static const auto* by_lang = [] {
    auto* m = new std::vector<std::pair<std::string_view, std::vector<std::string>>>();
    for (const LanguageWords& l : Languages()) {
      std::mt19937_64 rng(Hash64(l.lang));
      std::vector<std::string> words;
      words.reserve(kRareWords);
      for (size_t i = 0; i < kRareWords; ++i) words.push_back(PseudoWord(l, rng));
      m->emplace_back(l.lang, std::move(words));
    }
    return m;
  }();
  for (const auto& [lang, words] : *by_lang) {
    if (lang == lw.lang) return words;
  }
  static const std::vector<std::string> kNone = {"x"};
  return kNone;
}

// Token shares, calibrated on the hand-written sample corpus (data/samples: 2.7% of words are
// digits, ~2.4 place and ~2.7 person mentions per KB): numbers 3%, names 4-5% (never
// adjacent, not first in a sentence), rare words 40%,
// common words (function words and the field's vocabulary, Zipf-distributed) the rest.
std::string MakeSentence(const LanguageWords& lw, std::mt19937_64& rng) {
  std::uniform_int_distribution<int> len(7, 18);
  std::uniform_int_distribution<int> coin(0, 99);
  std::uniform_int_distribution<int> number(2, 2500);
  const int n = len(rng);
  std::string s;
  int last_name = -2;
  for (int i = 0; i < n; ++i) {
    if (i > 0 && lw.spaces) s += ' ';
    const int c = coin(rng);
    // Names stand apart, after a word that is not the sentence's capitalised first one, as in
    // written text (word salad would glue them into names nobody wrote: "Macron Tokayev").
    if (c < 6 && i > 1 && last_name < i - 1) {
      s += lw.names[rng() % lw.names.size()];
      last_name = i;
    } else if (c >= 6 && c < 9 && i > 0) {
      s += std::to_string(number(rng));
    } else {
      const std::vector<std::string>& rare = RareWords(lw);
      std::string w = c < 49 ? rare[ZipfIndex(rng, rare.size())]
                             : std::string(lw.words[ZipfIndex(rng, lw.words.size())]);
      if (i == 0 && lw.spaces && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] -= 32;
      s += w;
    }
  }
  s += lw.sentence_end;
  return s;
}

}  // namespace

const std::vector<std::string>& SyntheticLanguages() {
  static const auto* codes = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& l : Languages()) v->emplace_back(l.lang);
    return v;
  }();
  return *codes;
}

std::vector<SyntheticArticle> GenerateSyntheticCorpus(const SyntheticCorpusOptions& options) {
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const auto& langs = Languages();
  std::vector<SyntheticArticle> out;
  out.reserve(options.articles);
  for (uint64_t i = 0; i < options.articles; ++i) {
    SyntheticArticle a;
    a.id = "syn-" + std::to_string(i);
    char date[16];
    std::snprintf(date, sizeof(date), "20%02d-%02d-%02d", static_cast<int>(5 + (i / 5000) % 19),
                  static_cast<int>(1 + (i / 400) % 12), static_cast<int>(1 + (i / 13) % 28));
    a.published = date;
    if (i > 20 && u(rng) < options.duplicate_share) {
      const SyntheticArticle& orig = out[rng() % out.size()];
      a.lang = orig.lang;
      a.duplicate_of = orig.duplicate_of.empty() ? orig.id : orig.duplicate_of;
      const auto& lw = *std::find_if(langs.begin(), langs.end(),
                                     [&](const auto& l) { return l.lang == orig.lang; });
      a.title = MakeSentence(lw, rng);
      a.text = orig.text + "\n\n" + MakeSentence(lw, rng);
      out.push_back(std::move(a));
      continue;
    }
    const LanguageWords& lw = langs[i % langs.size()];
    a.lang = std::string(lw.lang);
    a.title = MakeSentence(lw, rng);
    while (a.text.size() < options.target_bytes) {
      if (!a.text.empty()) a.text += "\n\n";
      const int sentences = 2 + static_cast<int>(rng() % 3);
      for (int k = 0; k < sentences; ++k) {
        if (k > 0 && lw.spaces) a.text += ' ';
        a.text += MakeSentence(lw, rng);
      }
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::string SyntheticCorpusToJsonl(const std::vector<SyntheticArticle>& articles) {
  std::string out;
  for (const auto& a : articles) {
    JsonWriter w;
    w.BeginObject()
        .Key("id")
        .String(a.id)
        .Key("title")
        .String(a.title)
        .Key("published")
        .String(a.published)
        .Key("lang")
        .String(a.lang)
        .Key("text")
        .String(a.text)
        .EndObject();
    out += w.str();
    out += '\n';
  }
  return out;
}

}  // namespace newsloom
