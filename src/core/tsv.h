// Helpers for the tab-separated data files in data/ (lexicons, aliases, weights): every parser
// reports a bad line the same way, naming the file and the line.
#ifndef NEWSLOOM_CORE_TSV_H_
#define NEWSLOOM_CORE_TSV_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/strings.h"

namespace newsloom {

// InvalidArgument "<name>:<line>: <what>" (line is 1-based).
Status TsvLineError(std::string_view name, size_t line, std::string_view what);

// Calls fn(line, columns) for every line of `tsv` that is neither blank nor a '#' comment, with
// a trailing '\r' dropped and the line split on tabs (line is 1-based). Stops at, and returns,
// the first error fn returns.
template <typename Fn>
Status ForEachTsvRow(std::string_view tsv, Fn&& fn) {
  size_t line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    NL_RETURN_IF_ERROR(fn(line_no, SplitView(line, '\t')));
  }
  return absl::OkStatus();
}

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_TSV_H_
