// Compact JSON text writer for the JSONL outputs (articles.jsonl, stories.jsonl, compare).
// Strings must be UTF-8; invalid sequences are written as U+FFFD so output is always valid
// JSON. Not thread-safe; one writer per output line.
#ifndef NEWSLOOM_CORE_JSON_WRITER_H_
#define NEWSLOOM_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsloom {

class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // Inside an object, a value must be preceded by Key().
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  // Finite values only; NaN and infinities are written as null. `digits` after the point.
  JsonWriter& Double(double value, int digits = 4);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Inserts already-serialised JSON as one value.
  JsonWriter& Raw(std::string_view json);

  // Reserves room for `bytes` of output (a hint; the output grows as needed anyway).
  JsonWriter& Reserve(size_t bytes) {
    out_.reserve(bytes);
    return *this;
  }

  const std::string& str() const { return out_; }
  std::string Release() { return std::move(out_); }

 private:
  void BeforeValue();
  std::string out_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends `value` to `out` as a quoted JSON string: '"', '\\', \n, \r and \t as two-character
// escapes, other control characters and DEL as \u00xx, each byte of an invalid UTF-8 sequence
// as U+FFFD, everything else verbatim. Copies runs of verbatim bytes at once.
void AppendJsonString(std::string_view value, std::string* out);

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_JSON_WRITER_H_
