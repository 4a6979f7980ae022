// build_dictionary: compiles the Debian FreeDict dictionaries (dict-freedict-*), the Debian
// Snowball stop-word lists (liblingua-stopwords-perl) and the function words of
// data/lexicons/concepts.tsv into the cross-lingual dictionary file (dictionary.h,
// docs/formats/dictionary.md). Run by the build (dictionary.cmake):
//
//   build_dictionary --dictd-dir=/usr/share/dictd \
//       --stopwords-dir=/usr/share/perl5/Lingua/StopWords \
//       --concepts=data/lexicons/concepts.tsv --out=build/data/dictionary.nld
//
// Dictionaries that are not installed are skipped with a note, so a partial install still
// builds (cross-lingual similarity then covers fewer languages).
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "core/env.h"
#include "core/strings.h"
#include "fmt/format.h"
#include "resources/concept_lexicon.h"
#include "resources/dictionary.h"
#include "resources/dictionary_builder.h"
#include "resources/freedict_reader.h"
#include "text/stemmer.h"
#include "unicode/unistr.h"

namespace newsloom {
namespace {

// Which FreeDict dictionaries feed which language. `reversed`: English -> foreign.
struct Source {
  const char* name;
  const char* lang;
  bool reversed;
};
constexpr Source kSources[] = {
    {"nld-eng", "nl", false}, {"deu-eng", "de", false}, {"fra-eng", "fr", false},
    {"spa-eng", "es", false}, {"ita-eng", "it", false}, {"pol-eng", "pl", false},
    {"tur-eng", "tr", false}, {"swe-eng", "sv", false}, {"dan-eng", "da", false},
    {"ara-eng", "ar", false}, {"eng-nor", "nb", true},  {"eng-rus", "ru", true},
};

// Stop-word modules of liblingua-stopwords-perl and the language they are for.
constexpr std::pair<const char*, const char*> kStopLists[] = {
    {"EN", "en"}, {"NL", "nl"}, {"DE", "de"}, {"FR", "fr"}, {"ES", "es"},
    {"IT", "it"}, {"SV", "sv"}, {"DA", "da"}, {"NO", "nb"}, {"RU", "ru"},
};

std::string Fold(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsSingleWord(std::string_view s) {
  return !s.empty() && s.find(' ') == std::string_view::npos &&
         s.find('-') == std::string_view::npos && s.find('.') == std::string_view::npos;
}

StatusOr<std::string> Gunzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return absl::NotFoundError(fmt::format("{}: cannot open", path));
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, static_cast<size_t>(n));
  int err = 0;
  const char* msg = gzerror(f, &err);
  std::string why = msg ? msg : "";
  gzclose(f);
  if (n < 0 || (err != Z_OK && err != Z_STREAM_END)) {
    return absl::DataLossError(fmt::format("{}: gzip error: {}", path, why));
  }
  return out;
}

class Compiler {
 public:
  explicit Compiler(std::set<std::string>* english_stops) : english_stops_(english_stops) {}

  // English pivots of translations: single words, else the content words of short phrases.
  std::vector<std::string> Pivots(const std::vector<std::string>& translations) {
    std::vector<std::string> singles, phrase_words;
    for (const std::string& t : translations) {
      std::string folded = Fold(t);
      if (folded.starts_with("to ")) folded = folded.substr(3);
      if (IsSingleWord(folded)) {
        singles.push_back(stem_.Stem("en", folded));
        continue;
      }
      std::vector<std::string_view> words;
      for (std::string_view w : SplitView(folded, ' ')) {
        if (!w.empty()) words.push_back(w);
      }
      if (words.size() > 3) continue;
      for (std::string_view w : words) {
        std::string s = stem_.Stem("en", std::string(w));
        if (!english_stops_->count(s)) phrase_words.push_back(s);
      }
    }
    return singles.empty() ? phrase_words : singles;
  }

  std::string Key(std::string_view lang, std::string_view word) {
    return stem_.Stem(lang, Fold(word));
  }

  text_analysis::StemmerSet& stemmer() { return stem_; }

 private:
  text_analysis::StemmerSet stem_;
  std::set<std::string>* english_stops_;
};

// The words of a Lingua::StopWords module: the body of `qw( ... )` in _stopwords.
std::vector<std::string> ReadStopModule(std::string_view text) {
  std::vector<std::string> words;
  size_t begin = text.find("qw(", text.find("sub _stopwords"));
  if (begin == std::string_view::npos) return words;
  size_t end = text.find(')', begin);
  std::string_view body = text.substr(begin + 3, end - begin - 3);
  std::string word;
  for (char c : body) {
    if (IsAsciiSpace(c)) {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

struct Flags {
  std::string dictd_dir = "/usr/share/dictd";
  std::string stopwords_dir = "/usr/share/perl5/Lingua/StopWords";
  std::string concepts;
  std::string out;
};

Status AddStopwords(const Flags& flags, Env* env, Compiler* c, DictionaryBuilder* b,
                    std::set<std::string>* english_stops) {
  for (const auto& [module, lang] : kStopLists) {
    std::string path = fmt::format("{}/{}.pm", flags.stopwords_dir, module);
    std::string text;
    if (!env->ReadFile(path, &text).ok()) {
      fmt::print(stderr, "build_dictionary: {} missing, skipped\n", path);
      continue;
    }
    for (const std::string& w : ReadStopModule(text)) {
      std::string key = c->Key(lang, w);
      b->MarkStopword(lang, key);
      if (std::string_view(lang) == "en") english_stops->insert(key);
    }
  }
  if (!flags.concepts.empty()) {
    std::string tsv;
    NL_RETURN_IF_ERROR(env->ReadFile(flags.concepts, &tsv));
    NL_ASSIGN_OR_RETURN(auto lexicon, ConceptLexicon::Parse(tsv, flags.concepts));
    for (const ConceptEntry& e : lexicon->entries()) {
      if (e.concept_id != "function_words") continue;
      for (const ConceptForm& f : e.forms) {
        if (f.words.size() != 1 || f.prefix[0]) continue;
        std::string key = c->Key(e.lang, f.words[0]);
        b->MarkStopword(e.lang, key);
        if (e.lang == "en") english_stops->insert(key);
      }
    }
  }
  for (const std::string& s : *english_stops) b->MarkStopPivot(s);
  return absl::OkStatus();
}

Status AddSource(const Flags& flags, const Source& src, Compiler* c, DictionaryBuilder* b) {
  std::string base = fmt::format("{}/freedict-{}", flags.dictd_dir, src.name);
  std::string index;
  if (!Env::Default()->ReadFile(base + ".index", &index).ok()) {
    fmt::print(stderr, "build_dictionary: {}.index missing (dict-freedict-{}), skipped\n", base,
               src.name);
    return absl::OkStatus();
  }
  NL_ASSIGN_OR_RETURN(std::string dict, Gunzip(base + ".dict.dz"));
  NL_ASSIGN_OR_RETURN(auto entries, ParseFreeDict(index, dict, base + ".index"));
  size_t before = b->entry_count();
  for (const FreeDictEntry& e : entries) {
    if (!src.reversed) {
      if (!IsSingleWord(e.headword)) continue;
      b->Add(src.lang, c->Key(src.lang, e.headword), c->Pivots(e.translations));
      continue;
    }
    std::vector<std::string> pivots = c->Pivots({e.headword});
    for (const std::string& t : e.translations) {
      std::string folded = Fold(t);
      if (IsSingleWord(folded)) b->Add(src.lang, c->Key(src.lang, folded), pivots);
    }
  }
  fmt::print(stderr, "build_dictionary: {}: {} entries, {} new keys\n", src.name, entries.size(),
             b->entry_count() - before);
  return absl::OkStatus();
}

Status Run(const Flags& flags) {
  Env* env = Env::Default();
  std::set<std::string> english_stops;
  Compiler c(&english_stops);
  DictionaryBuilder builder;
  NL_RETURN_IF_ERROR(AddStopwords(flags, env, &c, &builder, &english_stops));
  for (const Source& src : kSources) NL_RETURN_IF_ERROR(AddSource(flags, src, &c, &builder));
  std::string bytes = builder.Build();
  // Check what was written reads back.
  NL_RETURN_IF_ERROR(Dictionary::FromBytes(bytes, flags.out).status());
  NL_RETURN_IF_ERROR(env->WriteFile(flags.out, bytes));
  fmt::print(stderr, "build_dictionary: wrote {} ({} entries, {} bytes)\n", flags.out,
             builder.entry_count(), bytes.size());
  return absl::OkStatus();
}

}  // namespace
}  // namespace newsloom

int main(int argc, char** argv) {
  newsloom::Flags flags;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&](std::string_view name) -> const char* {
      return arg.starts_with(name) ? argv[i] + name.size() : nullptr;
    };
    if (const char* v = value("--dictd-dir=")) {
      flags.dictd_dir = v;
    } else if (const char* v = value("--stopwords-dir=")) {
      flags.stopwords_dir = v;
    } else if (const char* v = value("--concepts=")) {
      flags.concepts = v;
    } else if (const char* v = value("--out=")) {
      flags.out = v;
    } else {
      fmt::print(stderr, "build_dictionary: unknown argument {}\n", arg);
      return 2;
    }
  }
  if (flags.out.empty()) {
    fmt::print(stderr,
               "usage: build_dictionary --out=FILE [--dictd-dir=DIR] [--stopwords-dir=DIR] "
               "[--concepts=TSV]\n");
    return 2;
  }
  newsloom::Status status = newsloom::Run(flags);
  if (!status.ok()) {
    fmt::print(stderr, "build_dictionary: {}\n", status.ToString());
    return 1;
  }
  return 0;
}
