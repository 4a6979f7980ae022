// Fuzzes name parsing and linking: the input is split into lines, each a name; lines starting
// with '#' are organizations, the others persons; a line "--" starts the next article.
// Invariants: Link succeeds, every name with a letter or digit gets an id of the documented
// shape, and Lookup finds it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "link/entity_linker.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsloom::EntityLinker* linker = [] {
    auto l = newsloom::EntityLinker::Create(nullptr);
    Check(l.ok());
    return l->release();
  }();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<newsloom::NamedEntity> entities;
  int article = 0;
  auto link = [&] {
    Check(linker->Link("a" + std::to_string(article++), std::nullopt, &entities).ok());
    for (const newsloom::NamedEntity& e : entities) {
      if (e.entity_id.empty()) continue;
      Check(e.entity_id.size() == 18 && e.entity_id[1] == ':');
      Check(linker->Lookup(e.entity_id).has_value());
    }
    entities.clear();
  };
  while (!input.empty()) {
    const size_t nl = input.find('\n');
    std::string_view line = input.substr(0, nl);
    input = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);
    if (line == "--") {
      link();
      continue;
    }
    newsloom::NamedEntity e;
    if (!line.empty() && line[0] == '#') {
      e.kind = newsloom::NamedEntityKind::kOrganization;
      line.remove_prefix(1);
    }
    e.name = std::string(line);
    e.mentions.push_back(newsloom::TextSpan{0, 0, 0, std::string(line)});
    entities.push_back(std::move(e));
  }
  link();
  Check(linker->Save(nullptr).ok());
  return 0;
}
