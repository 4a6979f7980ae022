// The FEEDLIST of `newsloom watch` (docs/watch.md "Feed list"): one source per line.
//
//   # comment                         lines starting with '#' and blank lines are skipped
//   https://example.org/rss.xml       an RSS or Atom feed (http or https)
//   dir:/data/warc                    a directory where new WARC files (.warc, .warc.gz) appear
//   /data/more-warc                   the same: any other line is a directory path
//   https://example.org/atom every=30m   optional settings after the source, key=value
//
// Settings: every=DURATION (this source's poll interval instead of --every; see
// watch/duration.h). Fields are separated by spaces or tabs, so paths and URLs cannot contain
// them; " #" starts a trailing comment.
//
// A bad line (unknown scheme, bad setting, a source listed twice, control characters, over
// kMaxFeedListLineBytes) is reported as "FEEDLIST:LINE: message" and skipped; the other lines
// still count. The parser is pure (no file system or network access): whether a directory
// exists is checked when it is watched.
//
// Thread safety: free functions without shared state.
#ifndef NEWSLOOM_WATCH_FEED_LIST_H_
#define NEWSLOOM_WATCH_FEED_LIST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/env.h"
#include "core/status.h"

namespace newsloom {

// Longest line accepted, in bytes. Longer lines are errors.
inline constexpr size_t kMaxFeedListLineBytes = 8192;
// Most sources one list may name; the lines after that are errors.
inline constexpr size_t kMaxFeedListSources = 10000;

struct WatchSource {
  enum class Kind { kFeed, kWarcDir };
  Kind kind = Kind::kFeed;
  // The feed URL as written, or the directory path (without "dir:" and without a trailing
  // '/').
  std::string location;
  int line = 0;  // 1-based line in the feed list
  // Poll interval in microseconds from every=; 0 = the command's --every.
  int64_t every_micros = 0;

  // "https://..." or "dir:PATH": how logs and summaries name the source.
  std::string Name() const;
};

struct FeedList {
  std::vector<WatchSource> sources;  // in file order
  std::vector<std::string> errors;   // "NAME:LINE: message", one per bad line, in order
};

// Parses feed-list text; `name` (the file's path) prefixes error messages. Never fails:
// problems are in `errors`.
FeedList ParseFeedList(std::string_view name, std::string_view text);

// Reads and parses the file at `path` (at most 16 MiB). NotFound and read errors name it.
StatusOr<FeedList> ReadFeedList(Env* env, const std::string& path);

// The politeness key of a feed URL: its lower-cased host, with ":port" when the URL gives a
// port ("http://News.Example:8080/x" -> "news.example:8080"). "" when it has no host.
std::string HostKey(std::string_view url);

}  // namespace newsloom

#endif  // NEWSLOOM_WATCH_FEED_LIST_H_
