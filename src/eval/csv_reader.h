// RFC 4180 CSV parsing: fields separated by commas, records by CRLF or LF; a field in double
// quotes may hold commas, line breaks and "" (one quote). Lenient where real files are: a
// quote inside an unquoted field is kept as a literal character, a lone CR is data, blank
// lines between records are skipped, and a UTF-8 byte order mark at the start is ignored.
//
// Errors: InvalidArgument "path:line: ..." for an unterminated quoted field or a character
// other than a comma or line break after a closing quote. Thread-safe (pure function).
#ifndef NEWSLOOM_EVAL_CSV_READER_H_
#define NEWSLOOM_EVAL_CSV_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsloom::eval {

struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;  // 1-based line where the record starts
};

// `path` is only used in error messages.
StatusOr<std::vector<CsvRecord>> ParseCsv(std::string_view text, std::string_view path);

// Like ParseCsv, but a syntax error costs only the record it is in: its "path:line: ..."
// message is appended to `errors` (not null) and parsing resumes at the next line (after the
// bad character's line; after the opening quote's line for an unterminated quoted field, whose
// following lines then come back as records of their own for the caller to reject).
std::vector<CsvRecord> ParseCsvRecovering(std::string_view text, std::string_view path,
                                          std::vector<std::string>* errors);

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_CSV_READER_H_
