// Text of the markup inside feed items: HTML fragments (RSS description, content:encoded,
// Atom type="html"), XHTML subtrees (Atom type="xhtml") and plain text, as UTF-8 with one
// paragraph per block element, paragraphs separated by "\n\n", <br> as "\n", runs of
// whitespace collapsed, and script/style/embedded content dropped.
//
// Entity references are never expanded from DTDs (so no entity amplification); HTML named
// entities (&nbsp;) are decoded by libxml2's HTML parser.
//
// Thread safety: all functions are safe to call concurrently.
#ifndef NEWSLOOM_INGEST_FEED_TEXT_H_
#define NEWSLOOM_INGEST_FEED_TEXT_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace newsloom {

// Parses `html` (UTF-8) leniently with libxml2's HTML parser (no network) and returns its text.
std::string HtmlFragmentToText(std::string_view html);

// Text of the children of `node`, laid out as HtmlFragmentToText does.
std::string XmlChildrenToText(const xmlNode* node);

// Text and CDATA content below `node`, concatenated without layout (entity references are
// skipped, never expanded).
std::string NodeText(const xmlNode* node);

// Collapses runs of whitespace (ASCII, U+00A0) to one space and trims both ends.
std::string CollapseWhitespace(std::string_view s);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_FEED_TEXT_H_
