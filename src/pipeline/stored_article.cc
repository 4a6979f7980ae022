#include "pipeline/stored_article.h"

namespace newsloom {

StoredArticle ToStoredArticle(const Article& a, std::string json) {
  StoredArticle s;
  s.id = a.raw.id;
  s.source = a.raw.source;
  s.record = a.raw.record;
  s.url = a.raw.url;
  s.title = a.raw.title;
  s.lang = a.doc.lang;
  s.lang_confidence = a.doc.lang_confidence;
  if (a.raw.published) {
    s.published = a.raw.published->ToString();
    s.published_precision = std::string(a.raw.published->PrecisionName());
  }
  s.text = a.doc.text;
  s.duplicate_of = a.duplicate_of;
  s.story_id = a.story_id;
  s.content_hash = a.content_hash;
  s.json = std::move(json);
  return s;
}

}  // namespace newsloom
