#include "search/index_layout.h"

#include "fmt/format.h"

namespace newsloom::search {
namespace {

void AppendField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

std::string EncodeDocData(const DocData& d) {
  std::string out;
  AppendField(d.id, &out);
  out.push_back('\t');
  AppendField(d.lang, &out);
  out.push_back('\t');
  AppendField(d.duplicate_of, &out);
  out.push_back('\t');
  AppendField(d.headline, &out);
  return out;
}

DocData DecodeDocData(std::string_view data) {
  DocData d;
  std::string* fields[] = {&d.id, &d.lang, &d.duplicate_of, &d.headline};
  size_t f = 0;
  for (char c : data) {
    if (c == '\t' && f < 3) {
      ++f;
    } else {
      fields[f]->push_back(c);
    }
  }
  return d;
}

Status XapianStatus(const Xapian::Error& e, const std::string& path) {
  std::string msg = fmt::format("search index {}: {}", path, e.get_description());
  const std::string_view type = e.get_type();
  if (type == "DatabaseCorruptError" || type == "DatabaseVersionError") {
    return absl::DataLossError(msg);
  }
  if (type == "DatabaseLockError") {
    return absl::UnavailableError(msg + " (another process is updating it; try again later)");
  }
  if (type.find("Database") == 0 || type == "NetworkError") return absl::UnavailableError(msg);
  return absl::InternalError(msg);
}

}  // namespace newsloom::search
