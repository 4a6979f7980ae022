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

  const std::string& str() const { return out_; }
  std::string Release() { return std::move(out_); }

 private:
  void BeforeValue();
  std::string out_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends `value` to `out` as a quoted JSON string.
void AppendJsonString(std::string_view value, std::string* out);

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_JSON_WRITER_H_
