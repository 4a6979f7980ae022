#include "pipeline/article_json.h"

#include "core/json_writer.h"
#include "pipeline/facts_json.h"

namespace newsloom {
namespace {

void StringOrNull(JsonWriter& w, std::string_view key, std::string_view value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    w.String(value);
  }
}

}  // namespace

std::string ArticleToJson(const Article& a) {
  JsonWriter w;
  // The text, escaped, and the facts (about as long again when extracted) are most of it.
  w.Reserve(a.doc.text.size() * (a.extracted ? 2 : 1) + 1024);
  w.BeginObject();
  w.Key("id").String(a.raw.id);
  w.Key("source").String(a.raw.source);
  if (a.raw.record > 0) w.Key("record").Int(a.raw.record);
  w.Key("format").String(SourceFormatName(a.raw.format));
  StringOrNull(w, "url", a.raw.url);
  StringOrNull(w, "title", a.raw.title);
  w.Key("lang").String(a.doc.lang);
  w.Key("lang_confidence").Double(a.doc.lang_confidence, 3);
  w.Key("published");
  if (a.raw.published) {
    w.BeginObject()
        .Key("date")
        .String(a.raw.published->ToString())
        .Key("precision")
        .String(a.raw.published->PrecisionName())
        .EndObject();
  } else {
    w.Null();
  }
  w.Key("text").String(a.doc.text);
  StringOrNull(w, "duplicate_of", a.duplicate_of);
  StringOrNull(w, "story_id", a.story_id);
  if (a.extracted) WriteFactsJson(a.facts, w);
  w.Key("stats")
      .BeginObject()
      .Key("bytes")
      .Int(static_cast<int64_t>(a.doc.text.size()))
      .Key("sentences")
      .Int(static_cast<int64_t>(a.doc.sentences.size()))
      .Key("tokens")
      .Int(static_cast<int64_t>(a.doc.tokens.size()))
      .Key("mojibake_repaired")
      .Bool(a.doc.mojibake_repaired)
      .EndObject();
  w.EndObject();
  return w.Release();
}

}  // namespace newsloom
