#include "core/tsv.h"

#include "fmt/format.h"

namespace newsloom {

Status TsvLineError(std::string_view name, size_t line, std::string_view what) {
  return absl::InvalidArgumentError(fmt::format("{}:{}: {}", name, line, what));
}

}  // namespace newsloom
