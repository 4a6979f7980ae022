// Helpers for the tab-separated data files in data/ (lexicons, aliases, weights): every parser
// reports a bad line the same way, naming the file and the line.
#ifndef NEWSLOOM_CORE_TSV_H_
#define NEWSLOOM_CORE_TSV_H_

#include <cstddef>
#include <string_view>

#include "core/status.h"

namespace newsloom {

// InvalidArgument "<name>:<line>: <what>" (line is 1-based).
Status TsvLineError(std::string_view name, size_t line, std::string_view what);

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_TSV_H_
