#include "resources/freedict_reader.h"

#include "core/strings.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

int DigitValue(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// Drops text inside <...>, [...], {...} and (...), which hold grammar, regions and notes.
std::string DropMarkup(std::string_view line) {
  std::string out;
  int depth = 0;
  for (char c : line) {
    if (c == '<' || c == '[' || c == '{' || c == '(') {
      ++depth;
    } else if (c == '>' || c == ']' || c == '}' || c == ')') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      out.push_back(c);
    }
  }
  return out;
}

// "12. rest" -> "rest"; nullopt when the line does not start with a sense number.
std::optional<std::string_view> SenseText(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i + 1 >= line.size() || line[i] != '.' || line[i + 1] != ' ') return std::nullopt;
  return line.substr(i + 2);
}

void AddTranslations(std::string_view line, std::vector<std::string>* out) {
  std::string clean = DropMarkup(line);
  for (std::string_view part : SplitView(clean, ',')) {
    for (std::string_view piece : SplitView(part, ';')) {
      std::string_view t = StripAsciiWhitespace(piece);
      if (!t.empty()) out->emplace_back(t);
    }
  }
}

}  // namespace

std::optional<uint64_t> DecodeDictdNumber(std::string_view digits) {
  if (digits.empty() || digits.size() > 10) return std::nullopt;
  uint64_t value = 0;
  for (char c : digits) {
    int d = DigitValue(c);
    if (d < 0) return std::nullopt;
    value = value * 64 + static_cast<uint64_t>(d);
  }
  return value;
}

std::vector<std::string> ParseFreeDictDefinition(std::string_view text) {
  std::vector<std::string_view> lines = SplitView(text, '\n');
  std::vector<std::string> out;
  if (lines.size() < 2) return out;
  // Line 0 is the header. Numbered senses: every numbered line; otherwise the first line.
  bool numbered = SenseText(lines[1]).has_value();
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.empty() || IsAsciiSpace(line.front())) {
      if (!numbered) break;
      continue;
    }
    if (numbered) {
      if (auto sense = SenseText(line)) AddTranslations(*sense, &out);
      continue;
    }
    AddTranslations(line, &out);
    break;
  }
  return out;
}

StatusOr<std::vector<FreeDictEntry>> ParseFreeDict(std::string_view index, std::string_view dict,
                                                   std::string_view name) {
  std::vector<FreeDictEntry> entries;
  int line_number = 0;
  for (std::string_view line : SplitView(index, '\n')) {
    ++line_number;
    if (line.empty()) continue;
    std::vector<std::string_view> cols = SplitView(line, '\t');
    if (cols.size() < 3) {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: expected headword, offset and length", name, line_number));
    }
    if (cols[0].starts_with("00database") || cols[0].starts_with("00-database")) continue;
    std::optional<uint64_t> offset = DecodeDictdNumber(cols[1]);
    std::optional<uint64_t> length = DecodeDictdNumber(cols[2]);
    if (!offset || !length) {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: bad offset or length digits", name, line_number));
    }
    if (*offset > dict.size() || *length > dict.size() - *offset) {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: entry [{}, +{}) outside the {}-byte dictionary", name, line_number,
                      *offset, *length, dict.size()));
    }
    FreeDictEntry entry;
    entry.headword = std::string(cols[0]);
    entry.translations = ParseFreeDictDefinition(dict.substr(*offset, *length));
    if (!entry.translations.empty()) entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace newsloom
