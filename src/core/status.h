// Error handling across module boundaries: absl::Status / absl::StatusOr with the codes of
// DESIGN.md (InvalidArgument for bad input, DataLoss for corrupt files, NotFound for missing
// files, Unavailable for network failures, Internal only for bugs).
#ifndef NEWSLOOM_CORE_STATUS_H_
#define NEWSLOOM_CORE_STATUS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace newsloom {

using Status = absl::Status;
template <typename T>
using StatusOr = absl::StatusOr<T>;

// The message of `s` as a std::string (absl::string_view is not std::string_view here).
inline std::string MessageOf(const Status& s) { return {s.message().data(), s.message().size()}; }

}  // namespace newsloom

#define NL_STATUS_CONCAT_INNER_(a, b) a##b
#define NL_STATUS_CONCAT_(a, b) NL_STATUS_CONCAT_INNER_(a, b)

// Returns from the current function if `expr` yields a non-OK status.
#define NL_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::absl::Status nl_status_ = (expr);      \
    if (!nl_status_.ok()) return nl_status_; \
  } while (0)

// NL_ASSIGN_OR_RETURN(auto x, Foo()) — declares x from the value of a StatusOr or returns
// its status.
#define NL_ASSIGN_OR_RETURN(lhs, expr) \
  NL_ASSIGN_OR_RETURN_IMPL_(NL_STATUS_CONCAT_(nl_statusor_, __LINE__), lhs, expr)
#define NL_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

#endif  // NEWSLOOM_CORE_STATUS_H_
