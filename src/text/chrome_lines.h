// Site chrome in plain text saved from web pages: lines such as "Accessibility links",
// "Skip to content", "Breaking News", "Share this article" or "Advertentie" that pages put
// before and after the article. The multilingual list is data/lexicons/chrome_lines.tsv,
// compiled into the binary.
//
// Only whole lines at the start and the end of the text are removed, and only when they are
// exactly a listed phrase (case-insensitive, ignoring surrounding spaces and a trailing ':'
// or '|') or a copyright line ("© 2020 ...", "Copyright ..."): a sentence that merely
// mentions breaking news is never touched.
//
// Thread safety: safe to call concurrently.
#ifndef NEWSLOOM_TEXT_CHROME_LINES_H_
#define NEWSLOOM_TEXT_CHROME_LINES_H_

#include <cstddef>
#include <string_view>

namespace newsloom {

struct ArticleSpan {
  size_t begin = 0;  // byte offset of the first article byte
  size_t end = 0;    // one past the last article byte
};

// The part of `text` left after removing leading and trailing chrome lines (and the blank
// lines around them). {0, text.size()} when there is none; an empty span when every line is
// chrome.
ArticleSpan FindArticleSpan(std::string_view text);

// True if `line` (one line, without its newline) is a chrome line.
bool IsChromeLine(std::string_view line);

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_CHROME_LINES_H_
