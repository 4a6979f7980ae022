#include "eval/json_fields.h"

#include <cmath>

#include "core/strings.h"

namespace newsloom::eval {

std::optional<simdjson::dom::element> PresentElement(const simdjson::dom::object& obj,
                                                     std::string_view key) {
  simdjson::dom::element e;
  if (obj.at_key(key).get(e) != simdjson::SUCCESS || e.is_null()) return std::nullopt;
  return e;
}

Field<std::string> StringField(const simdjson::dom::object& obj, std::string_view key) {
  Field<std::string> f;
  auto e = PresentElement(obj, key);
  if (!e) return f;
  std::string_view s;
  if (e->get_string().get(s) == simdjson::SUCCESS) {
    f.value = std::string(s);
  } else {
    f.wrong_type = true;
  }
  return f;
}

Field<int64_t> IntField(const simdjson::dom::object& obj, std::string_view key) {
  Field<int64_t> f;
  auto e = PresentElement(obj, key);
  if (!e) return f;
  int64_t i;
  double d;
  if (e->get_int64().get(i) == simdjson::SUCCESS) {
    f.value = i;
  } else if (e->get_double().get(d) == simdjson::SUCCESS && std::isfinite(d) &&
             d == std::floor(d) && std::fabs(d) < 9.0e18) {
    f.value = static_cast<int64_t>(d);
  } else {
    f.wrong_type = true;
  }
  return f;
}

Field<bool> BoolField(const simdjson::dom::object& obj, std::string_view key) {
  Field<bool> f;
  auto e = PresentElement(obj, key);
  if (!e) return f;
  bool b;
  if (e->get_bool().get(b) == simdjson::SUCCESS) {
    f.value = b;
  } else {
    f.wrong_type = true;
  }
  return f;
}

Field<std::string> IdField(const simdjson::dom::object& obj, std::string_view key) {
  Field<std::string> f = StringField(obj, key);
  if (!f.wrong_type) return f;
  Field<int64_t> i = IntField(obj, key);
  if (i.value) {
    f.value = std::to_string(*i.value);
    f.wrong_type = false;
  }
  return f;
}

Field<std::vector<std::string>> NameListField(const simdjson::dom::object& obj,
                                              std::string_view key, bool keep_unnamed) {
  Field<std::vector<std::string>> f;
  auto e = PresentElement(obj, key);
  if (!e) return f;
  simdjson::dom::array array;
  if (e->get_array().get(array) != simdjson::SUCCESS) {
    f.wrong_type = true;
    return f;
  }
  f.value.emplace();
  for (simdjson::dom::element item : array) {
    std::string_view s;
    simdjson::dom::object o;
    if (item.get_string().get(s) == simdjson::SUCCESS) {
      f.value->emplace_back(s);
    } else if (item.get_object().get(o) == simdjson::SUCCESS) {
      Field<std::string> name = StringField(o, "name");
      if (name.value) {
        f.value->push_back(*name.value);
      } else if (keep_unnamed) {
        f.value->emplace_back();
      }
    } else {
      f.wrong_type = true;
      if (keep_unnamed) f.value->emplace_back();
    }
  }
  return f;
}

std::vector<std::string_view> JsonLines(std::string_view text) {
  std::vector<std::string_view> lines = SplitView(text, '\n');
  for (auto& line : lines) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  }
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

}  // namespace newsloom::eval
