// Internal to the text module: what an HTML element means for main-text extraction — never
// text (script, svg, hidden), a paragraph boundary, page furniture by tag (nav, footer) or by
// its class/id/role/aria-label ("cookie-banner", "most-read", role=navigation), or a marker
// of the article itself (<article>, itemprop=articleBody, <main>).
#ifndef NEWSLOOM_TEXT_HTML_TAGS_H_
#define NEWSLOOM_TEXT_HTML_TAGS_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsloom {

// Elements whose content is never article text: scripts, styles, embedded media, form
// controls, buttons, dialogs, and anything hidden (hidden attribute, aria-hidden="true",
// style display:none or visibility:hidden).
bool IsSkippedElement(const GumboNode* n);

// Elements that end the current paragraph and start a new one (p, div, li, h1-h6, td, ...).
// Custom elements (unknown tags) count as blocks: they are usually components.
bool IsBlockTag(GumboTag tag);

// nav, header, footer, aside, form: page furniture unless they hold the article.
bool IsFurnitureTag(GumboTag tag);

// True if the element's class, id, role, aria-label or data-component says it is page
// furniture: navigation, menus, cookie/consent notices, banners, share/social tools,
// related/most-read/popular lists, newsletter/subscribe boxes, footers, breadcrumbs,
// comments, adverts, promos, skip links, accessibility links, screen-reader-only text,
// bylines and datelines.
bool HasFurnitureHint(const GumboNode* n);
// class/id/itemprop naming the summary paragraph under a headline ("standfirst", "dek",
// "lede", "summary", "intro", "teaser", "sapo", "chapo", itemprop=description/abstract).
// Such a paragraph is article text even inside a <header>.
bool HasStandfirstHint(const GumboNode* n);

// Lower-case words of a class/id/label value: split at non-alphanumerics and camelCase
// boundaries ("mostReadList" -> most, read, list). Exposed for tests.
std::vector<std::string> HintWords(std::string_view value);
// True if `words` (from HintWords) name page furniture.
bool IsFurnitureWords(const std::vector<std::string>& words);

enum class ArticleMarker : uint8_t {
  kNone = 0,
  kMain = 1,         // <main>, role=main
  kArticle = 2,      // <article>
  kArticleBody = 3,  // itemprop=articleBody
};
ArticleMarker MarkerOf(const GumboNode* n);

// Short paragraphs that are page furniture whatever their markup ("Advertisement",
// "Share this article", "Read more", "Image caption"), in a few languages.
bool IsJunkParagraph(std::string_view text);

}  // namespace newsloom

#endif  // NEWSLOOM_TEXT_HTML_TAGS_H_
