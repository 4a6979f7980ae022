#ifndef NEWSLOOM_CLI_VERSION_H_
#define NEWSLOOM_CLI_VERSION_H_

namespace newsloom {
inline constexpr const char* kVersion = NEWSLOOM_VERSION;
}  // namespace newsloom

#endif  // NEWSLOOM_CLI_VERSION_H_
