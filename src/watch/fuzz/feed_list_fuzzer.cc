// libFuzzer target: the FEEDLIST parser must never crash, and every source it returns and
// every error it reports must be well formed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "watch/feed_list.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const newsloom::FeedList list = newsloom::ParseFeedList("fuzz.txt", text);
  for (const newsloom::WatchSource& s : list.sources) {
    if (s.location.empty() || s.line < 1 || s.every_micros < 0) std::abort();
    if (s.kind == newsloom::WatchSource::Kind::kFeed && newsloom::HostKey(s.location).empty()) {
      std::abort();
    }
  }
  for (const std::string& e : list.errors) {
    if (e.rfind("fuzz.txt:", 0) != 0) std::abort();
  }
  return 0;
}
