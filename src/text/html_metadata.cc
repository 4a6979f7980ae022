#include "text/html_metadata.h"

#include <array>
#include <cstring>

#include "core/strings.h"
#include "text/charset.h"
#include "text/html_dom.h"
#include "text/html_json_ld.h"

namespace newsloom {
namespace {

// Meta names (name=, property= or itemprop=) that carry the publication date, best first.
constexpr std::string_view kDateKeys[] = {
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "datepublished",
};
constexpr int kNoRank = static_cast<int>(std::size(kDateKeys));

int DateKeyRank(std::string_view key) {
  for (int i = 0; i < kNoRank; ++i) {
    if (EqualsIgnoreCase(key, kDateKeys[i])) return i;
  }
  return kNoRank;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

constexpr std::string_view kTitleSeparators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB "};

class MetadataReader {
 public:
  explicit MetadataReader(PageMetadata* out) : out_(out) {}

  bool Visit(const GumboNode* n) {
    switch (TagOf(n)) {
      case GUMBO_TAG_META:
        ReadMeta(n);
        return false;
      case GUMBO_TAG_LINK:
        if (out_->canonical_url.empty() && HasToken(AttrValue(n, "rel"), "canonical")) {
          out_->canonical_url = std::string(StripAsciiWhitespace(AttrValue(n, "href")));
        }
        return false;
      case GUMBO_TAG_TITLE:
        if (out_->title_tag.empty() && n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
          out_->title_tag = CollapsedText(n, 2048);
        }
        return false;
      case GUMBO_TAG_SCRIPT:
        if (!out_->json_ld_published &&
            EqualsIgnoreCase(StripAsciiWhitespace(AttrValue(n, "type")), "application/ld+json")) {
          ReadJsonLd(n);
        }
        return false;
      default:
        break;
    }
    if (date_rank_ == kNoRank && HasToken(AttrValue(n, "itemprop"), "datePublished")) {
      std::string_view value = AttrValue(n, "content");
      if (value.empty()) value = AttrValue(n, "datetime");
      const std::string text = value.empty() ? CollapsedText(n, 128) : std::string(value);
      OfferDate(DateKeyRank("datepublished"), text);
    }
    return true;
  }

  void Finish() {
    if (out_->canonical_url.empty()) out_->canonical_url = og_url_;
  }

 private:
  void ReadMeta(const GumboNode* n) {
    const std::string_view content = StripAsciiWhitespace(AttrValue(n, "content"));
    if (out_->declared_charset.empty()) {
      const std::string_view charset = AttrValue(n, "charset");
      if (!charset.empty()) {
        out_->declared_charset = CharsetFromContentType(charset);
      } else if (EqualsIgnoreCase(AttrValue(n, "http-equiv"), "content-type")) {
        out_->declared_charset = CharsetFromContentType(content);
      }
    }
    for (const char* attr : {"property", "name", "itemprop"}) {
      const std::string_view key = StripAsciiWhitespace(AttrValue(n, attr));
      if (key.empty()) continue;
      if (EqualsIgnoreCase(key, "og:title")) {
        if (out_->og_title.empty()) out_->og_title = CollapseSpaces(content);
      } else if (EqualsIgnoreCase(key, "og:site_name")) {
        if (out_->og_site_name.empty()) out_->og_site_name = CollapseSpaces(content);
      } else if (EqualsIgnoreCase(key, "og:url")) {
        if (og_url_.empty()) og_url_ = std::string(content);
      } else {
        OfferDate(DateKeyRank(key), content);
      }
    }
  }

  void ReadJsonLd(const GumboNode* n) {
    const GumboVector& children = ChildrenOf(n);
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (!IsTextLike(child)) continue;
      if (auto date = JsonLdPublished(child->v.text.text)) {
        out_->json_ld_published = date;
        return;
      }
    }
  }

  void OfferDate(int rank, std::string_view value) {
    if (rank >= date_rank_) return;
    if (auto date = ParseMetaDate(value)) {
      out_->meta_published = date;
      date_rank_ = rank;
    }
  }

  static std::string CollapseSpaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (IsAsciiSpace(c)) {
        space = true;
        continue;
      }
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
    return out;
  }

  PageMetadata* out_;
  std::string og_url_;
  int date_rank_ = kNoRank;
};

}  // namespace

std::optional<FuzzyDate> ParseMetaDate(std::string_view value) {
  value = StripAsciiWhitespace(value);
  if (value.size() < 4 || value.size() > 64) return std::nullopt;
  if (auto date = FuzzyDate::Parse(value)) return date;
  // "2020/10/06" and "2020.10.06", optionally followed by a time.
  if (value.size() >= 10 && (value[4] == '/' || value[4] == '.') && value[7] == value[4]) {
    std::string iso(value.substr(0, 10));
    iso[4] = iso[7] = '-';
    if (auto date = FuzzyDate::Parse(iso)) return date;
  }
  if (value.size() >= 8 && AllDigits(value.substr(0, 8)) &&
      (value.size() == 8 || !AllDigits(value.substr(8, 1)))) {
    const std::string iso = std::string(value.substr(0, 4)) + "-" +
                            std::string(value.substr(4, 2)) + "-" + std::string(value.substr(6, 2));
    if (auto date = FuzzyDate::Parse(iso)) return date;
  }
  // FuzzyDate::ParseRfc822 does not bound its numbers; no RFC 822 date has a run of more
  // than four digits.
  size_t run = 0;
  for (char c : value) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run > 4) return std::nullopt;
  }
  return FuzzyDate::ParseRfc822(value);
}

std::optional<FuzzyDate> FirstTimeElementDate(const GumboNode* subtree) {
  std::optional<FuzzyDate> found;
  WalkElements(subtree, [&](const GumboNode* n) {
    if (found) return false;
    if (TagOf(n) != GUMBO_TAG_TIME) return true;
    const std::string_view datetime = AttrValue(n, "datetime");
    found = datetime.empty() ? ParseMetaDate(CollapsedText(n, 64)) : ParseMetaDate(datetime);
    return false;
  });
  return found;
}

std::string CleanTitle(std::string_view title, std::string_view site_name, bool guess_suffix) {
  std::string_view t = StripAsciiWhitespace(title);
  site_name = StripAsciiWhitespace(site_name);
  if (!site_name.empty() && site_name.size() < t.size()) {
    for (std::string_view sep : kTitleSeparators) {
      const size_t tail = sep.size() + site_name.size();
      if (t.size() > tail && EqualsIgnoreCase(t.substr(t.size() - site_name.size()), site_name) &&
          t.substr(t.size() - tail, sep.size()) == sep) {
        return std::string(StripAsciiWhitespace(t.substr(0, t.size() - tail)));
      }
      if (t.size() > tail && StartsWithIgnoreCase(t, site_name) &&
          t.substr(site_name.size(), sep.size()) == sep) {
        return std::string(StripAsciiWhitespace(t.substr(tail)));
      }
    }
  }
  if (!guess_suffix) return std::string(t);
  size_t cut = std::string_view::npos, cut_len = 0;
  for (std::string_view sep : kTitleSeparators) {
    const size_t pos = t.rfind(sep);
    if (pos != std::string_view::npos && (cut == std::string_view::npos || pos > cut)) {
      cut = pos;
      cut_len = sep.size();
    }
  }
  if (cut == std::string_view::npos) return std::string(t);
  const std::string_view suffix = t.substr(cut + cut_len);
  if (suffix.size() < cut && suffix.size() <= 48) {
    return std::string(StripAsciiWhitespace(t.substr(0, cut)));
  }
  return std::string(t);
}

std::string PrimaryLanguage(std::string_view lang) {
  lang = StripAsciiWhitespace(lang);
  const size_t end = lang.find_first_of("-_");
  const std::string_view primary = lang.substr(0, end);
  if (primary.size() < 2 || primary.size() > 3) return "";
  for (char c : primary) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return "";
  }
  return AsciiLower(primary);
}

PageMetadata ReadPageMetadata(const GumboNode* root) {
  PageMetadata out;
  if (root == nullptr || !IsElement(root)) return out;
  std::string_view lang = AttrValue(root, "lang");
  if (lang.empty()) lang = AttrValue(root, "xml:lang");
  out.lang = PrimaryLanguage(lang);
  MetadataReader reader(&out);
  WalkElements(root, [&](const GumboNode* n) { return reader.Visit(n); });
  reader.Finish();
  return out;
}

}  // namespace newsloom
