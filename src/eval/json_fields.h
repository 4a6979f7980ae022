// Internal: typed, null-tolerant field lookups on simdjson DOM objects, shared by the gold and
// run readers. A missing key and a JSON null both read as "absent"; a value of another type is
// reported as wrong_type so strict readers (gold) can reject it and lenient ones (run) can
// treat it as absent.
#ifndef NEWSLOOM_EVAL_JSON_FIELDS_H_
#define NEWSLOOM_EVAL_JSON_FIELDS_H_

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsloom::eval {

template <typename T>
struct Field {
  std::optional<T> value;
  bool wrong_type = false;
};

// The element under `key`, or nullopt when the key is missing or its value is null.
std::optional<simdjson::dom::element> PresentElement(const simdjson::dom::object& obj,
                                                     std::string_view key);

Field<std::string> StringField(const simdjson::dom::object& obj, std::string_view key);
// Integers, and doubles with no fractional part (12.0), within int64 range.
Field<int64_t> IntField(const simdjson::dom::object& obj, std::string_view key);
Field<bool> BoolField(const simdjson::dom::object& obj, std::string_view key);
// A string, or an integer written as its decimal digits (story ids may be numbers).
Field<std::string> IdField(const simdjson::dom::object& obj, std::string_view key);
// An array whose items are strings or objects with a string `name`; other items (and objects
// without a name) are kept as "" when `keep_unnamed`, else skipped. wrong_type when the value
// is not an array or an item is neither string nor object.
Field<std::vector<std::string>> NameListField(const simdjson::dom::object& obj,
                                              std::string_view key, bool keep_unnamed);

// Splits JSONL text into lines (without "\n" or a trailing "\r").
std::vector<std::string_view> JsonLines(std::string_view text);

}  // namespace newsloom::eval

#endif  // NEWSLOOM_EVAL_JSON_FIELDS_H_
