#include "text/html_tags.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "core/strings.h"
#include "text/html_dom.h"

namespace newsloom {
namespace {

using TagTable = std::array<bool, GUMBO_TAG_LAST + 1>;

TagTable MakeTable(std::initializer_list<GumboTag> tags) {
  TagTable table{};
  for (GumboTag t : tags) table[t] = true;
  return table;
}

bool InTable(const TagTable& table, GumboTag tag) {
  return tag >= 0 && tag <= GUMBO_TAG_LAST && table[tag];
}

const TagTable& SkippedTags() {
  static const TagTable table = MakeTable({
      GUMBO_TAG_HEAD,     GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_NOSCRIPT,
      GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG,      GUMBO_TAG_MATH,     GUMBO_TAG_BUTTON,
      GUMBO_TAG_IFRAME,   GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,    GUMBO_TAG_APPLET,
      GUMBO_TAG_CANVAS,   GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,    GUMBO_TAG_MAP,
      GUMBO_TAG_SELECT,   GUMBO_TAG_OPTION,   GUMBO_TAG_OPTGROUP, GUMBO_TAG_DATALIST,
      GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT,    GUMBO_TAG_LABEL,    GUMBO_TAG_MENU,
      GUMBO_TAG_MENUITEM, GUMBO_TAG_FRAMESET, GUMBO_TAG_FRAME,    GUMBO_TAG_NOFRAMES,
      GUMBO_TAG_NOEMBED,  GUMBO_TAG_TITLE,    GUMBO_TAG_META,     GUMBO_TAG_LINK,
      GUMBO_TAG_BASE,
  });
  return table;
}

const TagTable& BlockTags() {
  static const TagTable table = MakeTable({
      GUMBO_TAG_HTML,    GUMBO_TAG_BODY,    GUMBO_TAG_ARTICLE, GUMBO_TAG_SECTION,
      GUMBO_TAG_NAV,     GUMBO_TAG_ASIDE,   GUMBO_TAG_H1,      GUMBO_TAG_H2,
      GUMBO_TAG_H3,      GUMBO_TAG_H4,      GUMBO_TAG_H5,      GUMBO_TAG_H6,
      GUMBO_TAG_HGROUP,  GUMBO_TAG_HEADER,  GUMBO_TAG_FOOTER,  GUMBO_TAG_ADDRESS,
      GUMBO_TAG_P,       GUMBO_TAG_HR,      GUMBO_TAG_PRE,     GUMBO_TAG_BLOCKQUOTE,
      GUMBO_TAG_OL,      GUMBO_TAG_UL,      GUMBO_TAG_LI,      GUMBO_TAG_DL,
      GUMBO_TAG_DT,      GUMBO_TAG_DD,      GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION,
      GUMBO_TAG_MAIN,    GUMBO_TAG_DIV,     GUMBO_TAG_TABLE,   GUMBO_TAG_CAPTION,
      GUMBO_TAG_TBODY,   GUMBO_TAG_THEAD,   GUMBO_TAG_TFOOT,   GUMBO_TAG_TR,
      GUMBO_TAG_TD,      GUMBO_TAG_TH,      GUMBO_TAG_FORM,    GUMBO_TAG_FIELDSET,
      GUMBO_TAG_LEGEND,  GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_CENTER,
      GUMBO_TAG_DIR,     GUMBO_TAG_LISTING, GUMBO_TAG_XMP,     GUMBO_TAG_PLAINTEXT,
      GUMBO_TAG_UNKNOWN,
  });
  return table;
}

const TagTable& FurnitureTags() {
  static const TagTable table = MakeTable(
      {GUMBO_TAG_NAV, GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE, GUMBO_TAG_FORM});
  return table;
}

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }

bool StyleHides(std::string_view style) {
  std::string compact;
  for (char c : style) {
    if (!IsAsciiSpace(c)) compact += (IsUpperAscii(c) ? static_cast<char>(c + 32) : c);
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Words that name page furniture on their own.
constexpr std::string_view kFurnitureWords[] = {
    "a11y",       "accessibility", "ad",          "ads",      "advert",  "adverts",   "banner",
    "breadcrumb", "breadcrumbs",   "byline",      "bylines",  "comment", "comments",  "consent",
    "dateline",   "timestamp",     "cookie",      "cookies",  "disqus",  "footer",    "gdpr",
    "links",      "masthead",      "menu",        "menubar",  "menus",   "modal",     "nav",
    "navbar",     "navigation",    "newsletter",  "outbrain", "popular", "popup",     "promo",
    "promos",     "recirculation", "recommended", "related",  "share",   "sharing",   "sidebar",
    "signup",     "skip",          "skiplink",    "social",   "sponsor", "sponsored", "subscribe",
    "taboola",    "tags",          "toolbar",     "trending", "widget",
};

// Word prefixes that name page furniture ("advertisement", "relatedstories", "navlinks").
constexpr std::string_view kFurniturePrefixes[] = {
    "advert",  "breadcrumb", "consent",    "cookie",   "footer",    "mostpopular", "mostread",
    "navbar",  "navigation", "newsletter", "outbrain", "promo",     "related",     "sharebar",
    "sharing", "sidebar",    "social",     "sponsor",  "subscribe", "taboola",
};

// Adjacent word pairs that name page furniture ("most-read", "sr-only").
constexpr std::pair<std::string_view, std::string_view> kFurniturePairs[] = {
    {"most", "read"},     {"most", "popular"}, {"most", "viewed"}, {"most", "shared"},
    {"skip", "link"},     {"skip", "to"},      {"sr", "only"},     {"visually", "hidden"},
    {"screen", "reader"}, {"more", "stories"}, {"see", "also"},    {"read", "more"},
};

constexpr std::string_view kFurnitureRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search",  "menu",
    "menubar",    "dialog", "alertdialog", "toolbar",       "tablist",
};

constexpr std::string_view kJunkParagraphs[] = {
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "skip to content",
    "skip to main content",
    "accessibility links",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "read more",
    "continue reading",
    "related stories",
    "related articles",
    "related topics",
    "more on this story",
    "most read",
    "top stories",
    "image source",
    "image caption",
    "media caption",
    "anzeige",
    "advertentie",
    "annonse",
    "reklame",
    "publicité",
    "publicidad",
    "pubblicità",
    "реклама",
    "Реклама",
};

}  // namespace

bool IsSkippedElement(const GumboNode* n) {
  if (InTable(SkippedTags(), TagOf(n))) return true;
  if (n->v.element.attributes.length == 0) return false;
  if (HasAttr(n, "hidden")) return true;
  if (EqualsIgnoreCase(AttrValue(n, "aria-hidden"), "true")) return true;
  const std::string_view style = AttrValue(n, "style");
  return !style.empty() && StyleHides(style);
}

bool IsBlockTag(GumboTag tag) { return InTable(BlockTags(), tag); }

bool IsFurnitureTag(GumboTag tag) { return InTable(FurnitureTags(), tag); }

std::vector<std::string> HintWords(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (IsUpperAscii(c)) {
      // "mostRead" splits before R; "HTMLBody" keeps runs of capitals together.
      if (i > 0 && (IsLowerAscii(value[i - 1]) || IsDigitAscii(value[i - 1]))) flush();
      word += static_cast<char>(c + 32);
    } else if (IsLowerAscii(c) || IsDigitAscii(c)) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool IsFurnitureWords(const std::vector<std::string>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    for (std::string_view f : kFurnitureWords) {
      if (w == f) return true;
    }
    for (std::string_view p : kFurniturePrefixes) {
      if (w.size() >= p.size() && std::string_view(w).substr(0, p.size()) == p) return true;
    }
    if (i + 1 < words.size()) {
      for (const auto& [a, b] : kFurniturePairs) {
        if (w == a && words[i + 1] == b) return true;
      }
    }
  }
  return false;
}

bool HasFurnitureHint(const GumboNode* n) {
  if (n->v.element.attributes.length == 0) return false;
  const std::string_view role = AttrValue(n, "role");
  for (std::string_view r : kFurnitureRoles) {
    if (HasToken(role, r)) return true;
  }
  for (const char* attr : {"class", "id", "aria-label", "data-component"}) {
    const std::string_view value = AttrValue(n, attr);
    if (!value.empty() && value.size() < 1024 && IsFurnitureWords(HintWords(value))) {
      return true;
    }
  }
  return false;
}

bool HasStandfirstHint(const GumboNode* n) {
  if (n->v.element.attributes.length == 0) return false;
  static constexpr std::string_view kWords[] = {
      "standfirst", "dek",   "deck",    "lede",     "intro",       "summary",        "teaser",
      "sapo",       "chapo", "chapeau", "subtitle", "subheadline", "article-summary"};
  for (const char* attr : {"class", "id"}) {
    const std::string_view value = AttrValue(n, attr);
    if (value.empty() || value.size() >= 1024) continue;
    for (const auto& w : HintWords(value)) {
      for (std::string_view k : kWords) {
        if (w == k) return true;
      }
    }
  }
  const std::string_view itemprop = AttrValue(n, "itemprop");
  return HasToken(itemprop, "description") || HasToken(itemprop, "abstract");
}

ArticleMarker MarkerOf(const GumboNode* n) {
  if (HasToken(AttrValue(n, "itemprop"), "articleBody")) return ArticleMarker::kArticleBody;
  const GumboTag tag = TagOf(n);
  if (tag == GUMBO_TAG_ARTICLE) return ArticleMarker::kArticle;
  if (tag == GUMBO_TAG_MAIN || HasToken(AttrValue(n, "role"), "main")) {
    return ArticleMarker::kMain;
  }
  return ArticleMarker::kNone;
}

bool IsJunkParagraph(std::string_view text) {
  if (text.size() > 40) return false;
  std::string lower = AsciiLower(StripAsciiWhitespace(text));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.' || lower.back() == ',')) {
    lower.pop_back();
  }
  for (std::string_view junk : kJunkParagraphs) {
    if (lower == junk) return true;
  }
  return false;
}

}  // namespace newsloom
