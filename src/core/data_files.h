// Data files compiled at build time (the gazetteer, dictionaries): where to find them at run
// time. Looked up, in order:
//   1. the directory named by the environment variable NEWSLOOM_DATA_DIR, when set;
//   2. the build tree's data directory (${CMAKE_BINARY_DIR}/data), fixed at compile time, so a
//      freshly built binary works without configuration;
//   3. ../share/newsloom next to the running executable (an installed layout).
// Thread safety: safe to call concurrently (reads the environment and the file system only).
#ifndef NEWSLOOM_CORE_DATA_FILES_H_
#define NEWSLOOM_CORE_DATA_FILES_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace newsloom {

// The full path of data file `name` ("gazetteer.nlg"); NotFound naming every place searched
// when it is in none of them.
StatusOr<std::string> FindDataFile(std::string_view name);

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_DATA_FILES_H_
