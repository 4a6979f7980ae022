#include "resources/concept_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "core/strings.h"
#include "fmt/format.h"
#include "spdlog/spdlog.h"

namespace newsloom {
namespace {

bool IsConceptId(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool IsLang(std::string_view s) {
  return (s.size() == 2 || s.size() == 3) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

Status ParseForm(std::string_view text, ConceptForm* form, std::string_view where) {
  for (std::string_view word : SplitView(text, ' ')) {
    if (word.empty()) continue;
    bool prefix = word.back() == '*';
    if (prefix) word.remove_suffix(1);
    if (word.empty() || word.find('*') != std::string_view::npos) {
      return absl::InvalidArgumentError(
          fmt::format("{}: '*' only at the end of a word: \"{}\"", where, text));
    }
    form->words.emplace_back(word);
    form->prefix.push_back(prefix);
  }
  if (form->words.empty()) {
    return absl::InvalidArgumentError(fmt::format("{}: empty form", where));
  }
  return absl::OkStatus();
}

}  // namespace

StatusOr<std::unique_ptr<ConceptLexicon>> ConceptLexicon::Parse(std::string_view tsv,
                                                                std::string_view name) {
  std::unique_ptr<ConceptLexicon> lexicon(new ConceptLexicon());
  int line_number = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripAsciiWhitespace(line).empty() || line.front() == '#') continue;
    std::string where = fmt::format("{}:{}", name, line_number);
    std::vector<std::string_view> cols = SplitView(line, '\t');
    if (cols.size() != 3) {
      return absl::InvalidArgumentError(
          fmt::format("{}: expected 3 tab-separated columns (concept, lang, forms), got {}", where,
                      cols.size()));
    }
    ConceptEntry entry;
    entry.concept_id = std::string(StripAsciiWhitespace(cols[0]));
    entry.lang = std::string(StripAsciiWhitespace(cols[1]));
    entry.line = line_number;
    if (!IsConceptId(entry.concept_id)) {
      return absl::InvalidArgumentError(
          fmt::format("{}: bad concept id \"{}\" (want [a-z0-9_]+)", where, entry.concept_id));
    }
    if (!IsLang(entry.lang)) {
      return absl::InvalidArgumentError(
          fmt::format("{}: bad language \"{}\" (want an ISO 639-1 code)", where, entry.lang));
    }
    for (std::string_view text : SplitView(cols[2], '|')) {
      ConceptForm form;
      NL_RETURN_IF_ERROR(ParseForm(StripAsciiWhitespace(text), &form, where));
      entry.forms.push_back(std::move(form));
    }
    lexicon->entries_.push_back(std::move(entry));
  }
  return lexicon;
}

const ConceptLexicon& ConceptLexicon::Default() {
  static const ConceptLexicon* lexicon = [] {
    auto parsed = Parse(kConceptsTsv, "data/lexicons/concepts.tsv");
    if (!parsed.ok()) {
      spdlog::critical("embedded concept lexicon: {}", parsed.status().ToString());
      std::abort();
    }
    return parsed->release();
  }();
  return *lexicon;
}

std::vector<std::string> ConceptLexicon::ConceptIds() const {
  std::set<std::string> ids;
  for (const ConceptEntry& e : entries_) ids.insert(e.concept_id);
  return {ids.begin(), ids.end()};
}

std::vector<std::string> ConceptLexicon::Languages() const {
  std::set<std::string> langs;
  for (const ConceptEntry& e : entries_) langs.insert(e.lang);
  return {langs.begin(), langs.end()};
}

}  // namespace newsloom
