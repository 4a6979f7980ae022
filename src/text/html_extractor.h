// HtmlExtractor: a news page's HTML -> its article text and metadata. Boilerplate (navigation,
// "Accessibility links", "Skip to content", cookie notices, share buttons, "Related stories",
// "Most read", bylines of other stories, footers) is dropped by structure (nav/header/footer/
// aside/form/script/style, class/id/role/aria hints) and by text density of blocks.
//
// Thread safety: Extract is const and safe to call concurrently.
#ifndef NEWSLOOM_TEXT_HTML_EXTRACTOR_H_
#define NEWSLOOM_TEXT_HTML_EXTRACTOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/fuzzy_date.h"
#include "core/status.h"
#include "text/offset_map.h"

namespace newsloom {

struct HtmlExtractorOptions {
  // Pages larger than this are rejected (FailedPrecondition) rather than parsed. Default 8 MiB.
  size_t max_html_bytes = 8u << 20;
  // A block (paragraph-like element) shorter than this many characters is kept only if it
  // sits inside the detected article container. Default 40.
  size_t min_block_chars = 40;
  // HTML5 parsing is quadratic in the nesting of block elements. Pages whose estimated
  // parsing work (the sum, over start tags of block containers such as div, ul, section, of
  // how many of them are already open) exceeds this are rejected (FailedPrecondition)
  // instead of taking minutes. Default 50 million: about 10,000 unclosed <div>s, or 0.2 s
  // of parsing; real pages stay under a million.
  uint64_t max_nesting_work = 50'000'000;
};

struct HtmlContent {
  std::string title;                   // og:title, else <h1> in the article, else <title>
  std::optional<FuzzyDate> published;  // article:published_time, other date metas
                                       // (pubdate, dc.date, ...), itemprop=datePublished,
                                       // JSON-LD datePublished, then <time datetime> in
                                       // the article; day precision when the page gives one
  std::string canonical_url;           // <link rel=canonical> or og:url
  std::string lang;                    // <html lang> primary subtag, lower case ("nl")
  std::string declared_charset;        // from <meta charset> / http-equiv, lower case
  // Article text as UTF-8: one paragraph per block, paragraphs separated by "\n\n", entities
  // decoded, whitespace collapsed. Does not include the title.
  std::string text;
  // Offsets in `text` -> byte offsets into the (UTF-8) HTML passed to Extract.
  OffsetMap text_to_html;
};

class HtmlExtractor {
 public:
  explicit HtmlExtractor(HtmlExtractorOptions options = {});

  // `html` must be UTF-8 (see text/charset.h for decoding). InvalidArgument when the page
  // has no text content at all (e.g. no <body>, only scripts), or only page furniture.
  // FailedPrecondition when it exceeds max_html_bytes or max_nesting_work. Invalid UTF-8 in
  // the page becomes U+FFFD in the output. Memory: the parse tree takes about 10-20 times
  // the page size while Extract runs.
  StatusOr<HtmlContent> Extract(std::string_view html) const;

 private:
  HtmlExtractorOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_EXTRACTOR_H_
