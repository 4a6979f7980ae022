// Internal to the text module: reads the publication date of a news article from a page's
// JSON-LD (<script type="application/ld+json">), schema.org style.
#ifndef NEWSLOOM_TEXT_HTML_JSON_LD_H_
#define NEWSLOOM_TEXT_HTML_JSON_LD_H_

#include <optional>
#include <string_view>

#include "core/fuzzy_date.h"

namespace newsloom {

// datePublished of an object whose @type is an article type (NewsArticle, Article,
// ReportageNewsArticle, BlogPosting, ...), searched through arrays, @graph and nested
// objects; else the first datePublished of any object (a WebPage). Invalid JSON (trailing
// commas, raw newlines in strings, HTML comment wrappers) falls back to a tolerant scan for
// the first "datePublished": "..." pair. nullopt when there is none or it is not a date.
std::optional<FuzzyDate> JsonLdPublished(std::string_view json);

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_JSON_LD_H_
