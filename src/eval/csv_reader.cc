#include "eval/csv_reader.h"

#include <fmt/format.h>

namespace newsloom::eval {
namespace {

// Walks the text once, keeping the line count for messages.
class CsvParser {
 public:
  CsvParser(std::string_view text, std::string_view path) : s_(text), path_(path) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  // With `errors` null the first syntax error ends the parse; otherwise the record is dropped,
  // its error kept, and parsing resumes at the next line (ParseCsvRecovering).
  StatusOr<std::vector<CsvRecord>> Parse(std::vector<std::string>* errors = nullptr) {
    std::vector<CsvRecord> out;
    while (pos_ < s_.size()) {
      if (AtLineEnd()) {  // Blank line.
        SkipLineEnd();
        continue;
      }
      CsvRecord record;
      record.line = line_;
      const size_t start = pos_;
      if (Status st = ParseRecord(&record.fields); !st.ok()) {
        if (errors == nullptr) return st;
        errors->push_back(std::string(st.message()));
        Resync(start, record.line);
        continue;
      }
      out.push_back(std::move(record));
    }
    return out;
  }

 private:
  bool AtLineEnd() const {
    return s_[pos_] == '\n' || (s_[pos_] == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n');
  }
  void SkipLineEnd() {
    pos_ += s_[pos_] == '\r' ? 2 : 1;
    ++line_;
  }

  // After an error in the record that began at `start` on `line`: continues after the line of
  // the bad character, or after the record's first line when a quote ran to the end.
  void Resync(size_t start, int line) {
    if (pos_ >= s_.size()) {
      pos_ = start;
      line_ = line;
    }
    while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
    if (pos_ < s_.size()) {
      ++pos_;
      ++line_;
    }
  }

  // Parses fields up to and including the record's line end (or the end of the text).
  Status ParseRecord(std::vector<std::string>* fields) {
    while (true) {
      std::string field;
      if (pos_ < s_.size() && s_[pos_] == '"') {
        NL_RETURN_IF_ERROR(ParseQuoted(&field));
      } else {
        while (pos_ < s_.size() && s_[pos_] != ',' && !AtLineEnd()) field.push_back(s_[pos_++]);
      }
      fields->push_back(std::move(field));
      if (pos_ >= s_.size()) return absl::OkStatus();
      if (s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      SkipLineEnd();
      return absl::OkStatus();
    }
  }

  Status ParseQuoted(std::string* field) {
    const int start_line = line_;
    ++pos_;  // Opening quote.
    while (true) {
      if (pos_ >= s_.size()) {
        return absl::InvalidArgumentError(
            fmt::format("{}:{}: unterminated quoted field", path_, start_line));
      }
      const char c = s_[pos_++];
      if (c == '"') {
        if (pos_ < s_.size() && s_[pos_] == '"') {
          field->push_back('"');
          ++pos_;
          continue;
        }
        break;
      }
      if (c == '\n') ++line_;
      field->push_back(c);
    }
    if (pos_ < s_.size() && s_[pos_] != ',' && !AtLineEnd()) {
      return absl::InvalidArgumentError(
          fmt::format("{}:{}: unexpected character after closing quote", path_, line_));
    }
    return absl::OkStatus();
  }

  std::string_view s_;
  std::string_view path_;
  size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

StatusOr<std::vector<CsvRecord>> ParseCsv(std::string_view text, std::string_view path) {
  return CsvParser(text, path).Parse();
}

std::vector<CsvRecord> ParseCsvRecovering(std::string_view text, std::string_view path,
                                          std::vector<std::string>* errors) {
  // Parse only fails when errors is null.
  return *CsvParser(text, path).Parse(errors);
}

}  // namespace newsloom::eval
