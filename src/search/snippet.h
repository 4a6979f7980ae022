// Snippets: a short passage of an article around the words a query matched, with the matched
// spans marked, for search results.
//
// Thread safety: pure functions.
#ifndef NEWSLOOM_SEARCH_SNIPPET_H_
#define NEWSLOOM_SEARCH_SNIPPET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "search/article_terms.h"

namespace newsloom::search {

struct SnippetOptions {
  // Target length of the passage in bytes (cut at spaces and UTF-8 boundaries). Default 240.
  size_t length = 240;
  // Bytes of context kept before the first match of the passage. Default 60.
  size_t lead = 60;
};

struct Snippet {
  std::string text;  // the passage, "…" where the text was cut
  // Byte ranges [begin, end) of matched words inside `text`, in order, not overlapping.
  std::vector<std::pair<uint32_t, uint32_t>> highlights;
};

// The passage of `text` holding the most distinct `matched` terms among `occurrences` (text
// occurrences only: in_title and span-less ones are ignored); the start of the text when none
// matched. Occurrence spans outside `text` are ignored.
Snippet MakeSnippet(std::string_view text, const std::vector<TermOccurrence>& occurrences,
                    const absl::flat_hash_set<std::string>& matched,
                    const SnippetOptions& options = {});

}  // namespace newsloom::search

#endif  // NEWSLOOM_SEARCH_SNIPPET_H_
