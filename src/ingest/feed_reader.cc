#include "ingest/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>
#include <mutex>
#include <vector>

#include "absl/strings/str_cat.h"
#include "core/hash.h"
#include "core/strings.h"
#include "ingest/feed_text.h"
#include "ingest/source_names.h"
#include "text/charset.h"

namespace newsloom {
namespace {

struct Item {
  std::string title, link, guid, published, updated, lang;
  std::string content, summary;  // already reduced to text
};

bool IsElement(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST name) == 0;
}

// Attribute value from its text children only (entity references are not expanded).
std::string Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (xmlStrcmp(a->name, BAD_CAST name) != 0) continue;
    std::string out;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content) out += reinterpret_cast<const char*>(c->content);
    }
    return std::string(StripAsciiWhitespace(out));
  }
  return "";
}

std::string Trimmed(const xmlNode* n) { return std::string(StripAsciiWhitespace(NodeText(n))); }

bool LooksLikeHtml(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const char next = s[i + 1];
    const bool letter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
    if (s[i] == '<' && (letter || next == '/' || next == '!')) return true;
    if (s[i] == '&' && (letter || next == '#')) return true;
  }
  return false;
}

std::string PlainTextParagraphs(std::string_view s) {
  std::string out, para;
  for (std::string_view line : SplitView(s, '\n')) {
    if (StripAsciiWhitespace(line).empty()) {
      if (!para.empty()) out += (out.empty() ? "" : "\n\n") + CollapseWhitespace(para);
      para.clear();
    } else {
      para += ' ';
      para.append(line);
    }
  }
  if (!para.empty()) out += (out.empty() ? "" : "\n\n") + CollapseWhitespace(para);
  return out;
}

// Text of a description/summary/content element; `atom` selects Atom's type attribute rules
// (RSS elements are always HTML).
std::string ContentText(const xmlNode* n, bool atom) {
  const std::string type = AsciiLower(Attr(n, "type"));
  if (atom && (type == "xhtml" || type == "application/xhtml+xml")) return XmlChildrenToText(n);
  const std::string raw = NodeText(n);
  const bool html = !atom || type == "html" || type == "text/html" ||
                    ((type.empty() || type == "text") && LooksLikeHtml(raw));
  return html ? HtmlFragmentToText(raw) : PlainTextParagraphs(raw);
}

std::string TitleText(const xmlNode* n) {
  const std::string raw = NodeText(n);
  return CollapseWhitespace(LooksLikeHtml(raw) ? HtmlFragmentToText(raw) : raw);
}

std::string XmlLang(const xmlNode* n) {
  xmlChar* lang = xmlNodeGetLang(n);
  if (lang == nullptr) return "";
  std::string out = PrimaryLanguageSubtag(reinterpret_cast<const char*>(lang));
  xmlFree(lang);
  return out;
}

Item ParseItem(const xmlNode* item, bool atom) {
  Item out;
  out.lang = XmlLang(item);
  for (const xmlNode* n = item->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = reinterpret_cast<const char*>(n->name);
    if (name == "title" && out.title.empty()) {
      out.title = TitleText(n);
    } else if (name == "link") {
      const std::string href = Attr(n, "href");
      const std::string rel = Attr(n, "rel");
      if (!href.empty() && (rel.empty() || rel == "alternate") && out.link.empty()) {
        out.link = href;
      } else if (href.empty() && out.link.empty()) {
        out.link = Trimmed(n);
      }
    } else if ((name == "guid" || name == "id") && out.guid.empty()) {
      out.guid = Trimmed(n);
    } else if (name == "pubDate" || name == "date" || name == "published" || name == "issued") {
      if (out.published.empty()) out.published = Trimmed(n);
    } else if (name == "updated" || name == "modified") {
      if (out.updated.empty()) out.updated = Trimmed(n);
    } else if ((name == "encoded" || name == "content") && out.content.empty()) {
      if (Attr(n, "src").empty()) out.content = ContentText(n, atom && name == "content");
    } else if ((name == "description" || name == "summary") && out.summary.empty()) {
      out.summary = ContentText(n, atom);
    } else if (name == "language" && out.lang.empty()) {
      out.lang = PrimaryLanguageSubtag(Trimmed(n));
    }
  }
  return out;
}

std::optional<FuzzyDate> ParseFeedDate(std::string_view s) {
  if (s.empty()) return std::nullopt;
  if (auto d = FuzzyDate::Parse(s)) return d;
  return FuzzyDate::ParseRfc822(s);
}

// The item elements of the feed rooted at `root`, and the feed's language.
bool FindItems(const xmlNode* root, std::vector<const xmlNode*>* items, bool* atom,
               std::string* lang) {
  *atom = IsElement(root, "feed");
  const bool rdf = IsElement(root, "RDF");
  if (!*atom && !rdf && !IsElement(root, "rss")) return false;
  *lang = XmlLang(root);
  const char* item_name = *atom ? "entry" : "item";
  for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
    if (IsElement(n, item_name)) items->push_back(n);
    if (!IsElement(n, "channel")) continue;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (IsElement(c, item_name)) items->push_back(c);
      if (lang->empty() && IsElement(c, "language")) *lang = PrimaryLanguageSubtag(Trimmed(c));
    }
    if (lang->empty()) *lang = XmlLang(n);
  }
  return true;
}

bool DeclaresEncoding(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.substr(0, 5) != "<?xml") return false;
  const size_t end = bytes.find("?>");
  return end != std::string_view::npos &&
         bytes.substr(0, end).find("encoding") != std::string::npos;
}

StatusOr<RawDocument> ItemDocument(Item* item, const std::string& feed_lang,
                                   size_t max_document_bytes) {
  std::string& text = !IsBlank(item->content) ? item->content : item->summary;
  if (IsBlank(text)) return absl::InvalidArgumentError("item has no description or content");
  NL_RETURN_IF_ERROR(CheckDocumentSize(text.size(), max_document_bytes));
  RawDocument d;
  d.title = std::move(item->title);
  d.url = std::move(item->link);
  d.published = ParseFeedDate(item->published);
  if (!d.published) d.published = ParseFeedDate(item->updated);
  d.lang_hint = item->lang.empty() ? feed_lang : item->lang;
  d.original_bytes = text.size();
  d.text = std::move(text);
  return d;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

FeedReader::FeedReader(FeedReaderOptions options) : options_(options) {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

Status FeedReader::Read(const std::string& source, std::string_view bytes, DocumentSink* sink,
                        std::string_view http_charset) const {
  if (bytes.size() > options_.max_feed_bytes || bytes.size() > INT_MAX) {
    RejectInput(sink, source, 0,
                absl::InvalidArgumentError(
                    absl::StrCat("feed of ", bytes.size(), " bytes is over max_feed_bytes")));
    return absl::OkStatus();
  }
  std::string decoded;
  const char* encoding = nullptr;
  if (!IsValidUtf8(bytes) && !DeclaresEncoding(bytes)) {
    decoded = DecodeToUtf8(bytes, http_charset, nullptr);
    bytes = decoded;
    encoding = "UTF-8";
  }
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                    XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                        XML_PARSE_COMPACT));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  std::vector<const xmlNode*> items;
  bool atom = false;
  std::string feed_lang;
  if (root == nullptr || !FindItems(root, &items, &atom, &feed_lang)) {
    RejectInput(
        sink, source, 0,
        absl::InvalidArgumentError(
            root == nullptr ? "not XML"
                            : absl::StrCat("not an RSS or Atom feed (root element <",
                                           reinterpret_cast<const char*>(root->name), ">)")));
    return absl::OkStatus();
  }
  const bool from_url = IsHttpUrl(source);
  const std::string prefix = SourceStem(source);
  for (size_t i = 0; i < items.size(); ++i) {
    const int64_t k = static_cast<int64_t>(i) + 1;
    Item item = ParseItem(items[i], atom);
    std::string id;
    if (from_url) {
      // Stable across fetches: the guid, else the link, else what the item says.
      const std::string key = !item.guid.empty() ? item.guid
                              : !item.link.empty()
                                  ? item.link
                                  : item.title + "\n" + item.content + item.summary;
      id = absl::StrCat(prefix, ":", HexHash64(Hash64(key)));
    } else {
      id = absl::StrCat(prefix, ":", k);
    }
    Deliver(ItemDocument(&item, feed_lang, options_.max_document_bytes), id, source,
            SourceFormat::kFeed, k, sink);
  }
  return absl::OkStatus();
}

}  // namespace newsloom
