// Internal helpers shared by the Api's endpoint files (api.cc, api_read.cc, api_write.cc).
#ifndef NEWSLOOM_SERVER_API_UTIL_H_
#define NEWSLOOM_SERVER_API_UTIL_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "server/api_types.h"
#include "store/store.h"

namespace newsloom {

// 200 with a JSON body (a newline is appended) and Cache-Control: no-store.
ApiResponse JsonOk(std::string body);

// The error response for a failed Status: InvalidArgument 400, NotFound 404, Unavailable 503,
// anything else 500 (its message goes to stderr; the client gets a generic one).
ApiResponse ErrorFromStatus(const Status& status);

// An article's JSON with its current story id filled in: the stored line has story_id null
// when stories were decided after the article was stored; membership lives in the story
// tables (a duplicate belongs to its original's story).
std::string ArticleJsonWithStory(Store* store, const StoredArticle& article);

// The story id of an article ("" when none), as above.
std::string StoryIdOf(Store* store, const StoredArticle& article);

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_API_UTIL_H_
