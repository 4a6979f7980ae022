// Api: the read endpoints (docs/api.md "Read").
#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "core/fuzzy_date.h"
#include "core/json_writer.h"
#include "core/strings.h"
#include "export/export_story.h"
#include "export/story_exporter.h"
#include "export/story_json.h"
#include "fmt/format.h"
#include "pipeline/story_outcome.h"
#include "server/api.h"
#include "server/api_util.h"

namespace newsloom {
namespace {

Status CheckDate(std::string_view name, const std::string& value) {
  if (value.empty()) return absl::OkStatus();
  std::optional<FuzzyDate> d = FuzzyDate::Parse(value);
  if (!d || d->ToString() != value) {
    return absl::InvalidArgumentError(
        fmt::format("{}={} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", name, value));
  }
  return absl::OkStatus();
}

// The filters shared by /api/stories and /api/export (not `q`, not paging).
StatusOr<StoryQuery> FiltersFrom(const QueryParams& params) {
  StoryQuery q;
  q.country = params.GetOr("country");
  for (char& c : q.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  q.event_type = params.GetOr("type");
  q.from = params.GetOr("from");
  q.to = params.GetOr("to");
  NL_RETURN_IF_ERROR(CheckDate("from", q.from));
  NL_RETURN_IF_ERROR(CheckDate("to", q.to));
  q.lang = AsciiLower(params.GetOr("lang"));
  q.entity_id = params.GetOr("entity");
  return q;
}

struct Paging {
  int64_t page = 1;
  int64_t per_page = 50;
  int64_t offset() const { return (page - 1) * per_page; }
};

StatusOr<Paging> PagingFrom(const QueryParams& params, const ApiOptions& o) {
  Paging p;
  NL_ASSIGN_OR_RETURN(p.per_page, params.GetInt("per_page", o.default_per_page, 1, o.max_per_page));
  NL_ASSIGN_OR_RETURN(p.page, params.GetInt("page", 1, 1, 1'000'000'000 / p.per_page + 1));
  return p;
}

void WritePage(JsonWriter* w, int64_t total, const Paging& p) {
  w->Key("total").Int(total).Key("page").Int(p.page).Key("per_page").Int(p.per_page);
}

}  // namespace

ApiResponse Api::Health() {
  StatusOr<StorePool::Lease> store = pool_.Acquire();
  if (!store.ok()) return ErrorFromStatus(store.status());
  StatusOr<int64_t> articles = (*store)->CountArticles();
  if (!articles.ok()) return ErrorFromStatus(articles.status());
  StoryQuery all;
  all.limit = 1;
  StatusOr<StoryPage> stories = (*store)->QueryStories(all);
  if (!stories.ok()) return ErrorFromStatus(stories.status());
  JsonWriter w;
  w.BeginObject().Key("status").String("ok").Key("version").String(options_.version);
  w.Key("schema").Int((*store)->schema_version());
  w.Key("articles").Int(*articles).Key("stories").Int(stories->total);
  w.Key("search").Bool(options_.searcher != nullptr).EndObject();
  return JsonOk(w.Release());
}

ApiResponse Api::ListStories(const QueryParams& params) {
  StatusOr<StoryQuery> filters = FiltersFrom(params);
  if (!filters.ok()) return ErrorFromStatus(filters.status());
  StatusOr<Paging> paging = PagingFrom(params, options_);
  if (!paging.ok()) return ErrorFromStatus(paging.status());
  StoryQuery query = std::move(*filters);
  const std::string q = std::string(StripAsciiWhitespace(params.GetOr("q")));
  const std::string sort = params.GetOr("sort", q.empty() ? "latest" : "relevance");
  if (sort == "oldest") {
    query.sort = StoryQuery::Sort::kOldest;
  } else if (sort == "size") {
    query.sort = StoryQuery::Sort::kSize;
  } else if (sort != "latest" && sort != "relevance") {
    return JsonError(400, "sort must be latest, oldest, size or relevance");
  } else if (sort == "relevance" && q.empty()) {
    return JsonError(400, "sort=relevance needs a text query q");
  }
  const bool by_relevance = sort == "relevance";
  if (!q.empty() && options_.searcher == nullptr) {
    return JsonError(503, "search index not available");
  }
  StatusOr<StorePool::Lease> store = pool_.Acquire();
  if (!store.ok()) return ErrorFromStatus(store.status());
  absl::flat_hash_map<std::string, size_t> rank;
  if (!q.empty()) {
    StatusOr<StorySearchResults> hits =
        options_.searcher->Search(q, 0, options_.max_search_stories, store->get(), false);
    if (!hits.ok()) return ErrorFromStatus(hits.status());
    query.restrict_to_ids = true;
    for (const StoryHit& h : hits->hits) {
      rank.emplace(h.story_id, rank.size());
      query.ids.push_back(h.story_id);
    }
  }
  if (!by_relevance) {
    query.limit = paging->per_page;
    query.offset = paging->offset();
  }
  StatusOr<StoryPage> page = (*store)->QueryStories(query);
  if (!page.ok()) return ErrorFromStatus(page.status());
  std::vector<StoredStory>& stories = page->stories;
  if (by_relevance) {
    std::stable_sort(
        stories.begin(), stories.end(),
        [&](const StoredStory& a, const StoredStory& b) { return rank[a.id] < rank[b.id]; });
    const size_t begin = std::min<size_t>(stories.size(), paging->offset());
    const size_t end = std::min<size_t>(stories.size(), begin + paging->per_page);
    stories = std::vector<StoredStory>(std::make_move_iterator(stories.begin() + begin),
                                       std::make_move_iterator(stories.begin() + end));
  }
  JsonWriter w;
  w.BeginObject();
  WritePage(&w, page->total, *paging);
  w.Key("items").BeginArray();
  for (const StoredStory& s : stories) {
    StatusOr<std::string> json = StoryJson(s, StoryView::kSummary, geo());
    if (json.ok()) w.Raw(*json);
  }
  w.EndArray().EndObject();
  return JsonOk(w.Release());
}

ApiResponse Api::GetStory(std::string_view id) {
  StatusOr<StorePool::Lease> store = pool_.Acquire();
  if (!store.ok()) return ErrorFromStatus(store.status());
  StatusOr<std::optional<StoredStory>> story = (*store)->GetStory(id);
  if (!story.ok()) return ErrorFromStatus(story.status());
  if (!story->has_value()) return JsonError(404, fmt::format("no story {}", id));
  StatusOr<std::string> json = StoryJson(**story, StoryView::kFull, geo());
  if (!json.ok()) return ErrorFromStatus(json.status());
  JsonWriter w;
  w.BeginObject().Key("story").Raw(*json).Key("articles").BeginArray();
  for (const std::string& article_id : StoryArticleIds(**story)) {
    StatusOr<StoredArticle> a = (*store)->GetArticle(article_id);
    if (absl::IsNotFound(a.status())) continue;
    if (!a.ok()) return ErrorFromStatus(a.status());
    w.Raw(ArticleJsonWithStory(store->get(), *a));
  }
  w.EndArray().EndObject();
  return JsonOk(w.Release());
}

ApiResponse Api::GetArticle(std::string_view id) {
  StatusOr<StorePool::Lease> store = pool_.Acquire();
  if (!store.ok()) return ErrorFromStatus(store.status());
  StatusOr<StoredArticle> a = (*store)->GetArticle(id);
  if (absl::IsNotFound(a.status())) return JsonError(404, fmt::format("no article {}", id));
  if (!a.ok()) return ErrorFromStatus(a.status());
  return JsonOk(ArticleJsonWithStory(store->get(), *a));
}

namespace {

void WriteEntity(const StoredEntity& e, JsonWriter* w) {
  auto date = [&](std::string_view key, const std::string& v) {
    w->Key(key);
    if (v.empty()) {
      w->Null();
    } else {
      w->String(v);
    }
  };
  w->BeginObject().Key("id").String(e.id).Key("kind").String(e.kind);
  w->Key("display_name").String(e.display_name);
  w->Key("mention_count").Int(e.mention_count).Key("article_count").Int(e.article_count);
  date("first_seen", e.first_seen);
  date("last_seen", e.last_seen);
  w->Key("variants").BeginArray();
  for (const StoredEntityVariant& v : e.variants) {
    w->BeginObject().Key("text").String(v.text).Key("script").String(v.script);
    w->Key("count").Int(v.count).EndObject();
  }
  w->EndArray().EndObject();
}

}  // namespace

ApiResponse Api::GetEntity(std::string_view id) {
  StatusOr<StorePool::Lease> store = pool_.Acquire();
  if (!store.ok()) return ErrorFromStatus(store.status());
  StatusOr<std::optional<StoredEntity>> entity = (*store)->GetEntity(id);
  if (!entity.ok()) return ErrorFromStatus(entity.status());
  if (!entity->has_value()) return JsonError(404, fmt::format("no entity {}", id));
  StoryQuery sq;
  sq.entity_id = std::string(id);
  sq.limit = options_.entity_list_limit;
  StatusOr<StoryPage> stories = (*store)->QueryStories(sq);
  if (!stories.ok()) return ErrorFromStatus(stories.status());
  StatusOr<std::vector<StoredEntityLink>> links =
      (*store)->ListEntityArticles(id, options_.entity_list_limit);
  if (!links.ok()) return ErrorFromStatus(links.status());
  JsonWriter w;
  w.BeginObject().Key("entity");
  WriteEntity(**entity, &w);
  w.Key("story_total").Int(stories->total).Key("stories").BeginArray();
  for (const StoredStory& s : stories->stories) {
    StatusOr<std::string> json = StoryJson(s, StoryView::kSummary, geo());
    if (json.ok()) w.Raw(*json);
  }
  w.EndArray().Key("articles").BeginArray();
  for (const StoredEntityLink& link : *links) {
    StatusOr<StoredArticle> a = (*store)->GetArticle(link.article_id);
    if (absl::IsNotFound(a.status())) continue;
    if (!a.ok()) return ErrorFromStatus(a.status());
    w.BeginObject().Key("id").String(a->id).Key("title");
    if (a->title.empty()) {
      w.Null();  // as in articles.jsonl
    } else {
      w.String(a->title);
    }
    w.Key("lang").String(a->lang).Key("published");
    std::optional<FuzzyDate> inferred;
    if (a->published.empty()) inferred = InferredPublished(a->json);
    if (!a->published.empty()) {
      w.String(a->published);
    } else if (inferred) {
      w.String(inferred->ToString()).Key("published_inferred").Bool(true);
    } else {
      w.Null();
    }
    const std::string story = StoryIdOf(store->get(), *a);
    w.Key("story_id");
    if (story.empty()) {
      w.Null();
    } else {
      w.String(story);
    }
    w.Key("mentions").Int(link.mentions).EndObject();
  }
  w.EndArray().EndObject();
  return JsonOk(w.Release());
}

ApiResponse Api::Search(const QueryParams& params) {
  const std::string q = std::string(StripAsciiWhitespace(params.GetOr("q")));
  if (q.empty()) return JsonError(400, "missing text query q");
  StatusOr<Paging> paging = PagingFrom(params, options_);
  if (!paging.ok()) return ErrorFromStatus(paging.status());
  if (options_.searcher == nullptr) return JsonError(503, "search index not available");
  StatusOr<StorePool::Lease> store = pool_.Acquire();
  if (!store.ok()) return ErrorFromStatus(store.status());
  StatusOr<StorySearchResults> results =
      options_.searcher->Search(q, paging->offset(), paging->per_page, store->get(), true);
  if (!results.ok()) return ErrorFromStatus(results.status());
  JsonWriter w;
  w.BeginObject().Key("query").String(q);
  WritePage(&w, results->total, *paging);
  w.Key("items").BeginArray();
  for (const StoryHit& hit : results->hits) {
    StatusOr<std::optional<StoredStory>> story = (*store)->GetStory(hit.story_id);
    if (!story.ok()) return ErrorFromStatus(story.status());
    if (!story->has_value()) continue;  // the index is ahead of this reader, or stale
    StatusOr<std::string> json = StoryJson(**story, StoryView::kSummary, geo());
    if (!json.ok()) continue;
    w.BeginObject().Key("story").Raw(*json).Key("score").Double(hit.score);
    w.Key("matches").BeginArray();
    for (const StorySearchMatch& m : hit.matches) {
      w.BeginObject().Key("article").String(m.article).Key("lang").String(m.lang);
      w.Key("title").String(m.title).Key("snippet").String(m.snippet).EndObject();
    }
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
  return JsonOk(w.Release());
}

ApiResponse Api::Export(const QueryParams& params) {
  const std::string name = params.GetOr("format");
  std::optional<ExportFormat> format = ParseExportFormat(name);
  if (!format) return JsonError(400, "format must be jsonl, csv or geojson");
  StatusOr<StoryQuery> filters = FiltersFrom(params);
  if (!filters.ok()) return ErrorFromStatus(filters.status());
  StoryQuery query = std::move(*filters);
  const std::string q = std::string(StripAsciiWhitespace(params.GetOr("q")));
  if (!q.empty() && options_.searcher == nullptr) {
    return JsonError(503, "search index not available");
  }
  // Check the database before answering 200; the rows stream afterwards.
  StatusOr<StorePool::Lease> lease = pool_.Acquire();
  if (!lease.ok()) return ErrorFromStatus(lease.status());
  if (!q.empty()) {
    StatusOr<StorySearchResults> hits =
        options_.searcher->Search(q, 0, options_.max_search_stories, lease->get(), false);
    if (!hits.ok()) return ErrorFromStatus(hits.status());
    query.restrict_to_ids = true;
    for (const StoryHit& h : hits->hits) query.ids.push_back(h.story_id);
  }
  ApiResponse r;
  r.content_type = std::string(ExportContentType(*format));
  r.headers.emplace_back("Cache-Control", "no-store");
  r.headers.emplace_back(
      "Content-Disposition",
      fmt::format("attachment; filename=\"newsloom-stories.{}\"", ExportExtension(*format)));
  auto held = std::make_shared<StorePool::Lease>(std::move(*lease));
  const GeoLookup* g = &geo();
  r.stream = [held, query, format = *format, g](const ChunkSink& sink) {
    return ExportStories(held->get(), query, format, *g, sink);
  };
  return r;
}

}  // namespace newsloom
