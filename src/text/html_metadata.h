// Internal to the text module: page metadata from <head> and microdata — titles, dates
// (meta tags, JSON-LD, <time>), canonical URL, language and declared charset.
#ifndef NEWSLOOM_TEXT_HTML_METADATA_H_
#define NEWSLOOM_TEXT_HTML_METADATA_H_

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/fuzzy_date.h"

namespace newsloom {

struct PageMetadata {
  std::string og_title;          // <meta property="og:title">
  std::string og_site_name;      // <meta property="og:site_name">
  std::string title_tag;         // <title>, whitespace collapsed
  std::string canonical_url;     // <link rel=canonical>, else og:url
  std::string lang;              // Primary subtag of <html lang>, lower case
  std::string declared_charset;  // <meta charset> or http-equiv Content-Type, lower case
  // Publication date from meta tags and microdata (article:published_time first, then
  // pubdate, publishdate, date, dc.date, dc.date.issued, sailthru.date, parsely-pub-date,
  // then itemprop=datePublished), and from JSON-LD.
  std::optional<FuzzyDate> meta_published;
  std::optional<FuzzyDate> json_ld_published;
};

// Reads the metadata of the document under `root` (the <html> element).
PageMetadata ReadPageMetadata(const GumboNode* root);

// Date in a meta tag or datetime attribute: ISO 8601 ("2020-10-06T08:00:00Z"), RFC 822,
// "2020/10/06", "20201006".
std::optional<FuzzyDate> ParseMetaDate(std::string_view value);

// The date of the first <time datetime="..."> (or <time> with a date as its text) under
// `subtree`.
std::optional<FuzzyDate> FirstTimeElementDate(const GumboNode* subtree);

// A page title without the site name: "Protests in Bishkek - World news | The Site" ->
// "Protests in Bishkek - World news" when `site_name` is "The Site"; with `guess_suffix`,
// also a trailing " | Site", " - Site", " – Site" or " — Site" part that is shorter than
// what precedes it.
std::string CleanTitle(std::string_view title, std::string_view site_name, bool guess_suffix);

// "nl-NL" -> "nl", "EN_us" -> "en"; "" when not a language tag.
std::string PrimaryLanguage(std::string_view lang);

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_METADATA_H_
