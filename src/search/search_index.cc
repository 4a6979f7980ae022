// SearchIndex (search_index.h): queries, story grouping, scores and snippets.
#include "search/search_index.h"

#include <xapian.h>

#include <algorithm>
#include <mutex>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "core/strings.h"
#include "fmt/format.h"
#include "search/article_terms.h"
#include "search/index_layout.h"
#include "search/query_expander.h"
#include "search/snippet.h"

namespace newsloom {
namespace {

constexpr double kCoverageShare = 0.8;  // of a score; the rest is relative BM25 weight

// One article hit with what ranking and display need.
struct ArticleHit {
  search::DocData data;
  double weight = 0;                         // BM25
  double score = 0;                          // [0, 1]
  absl::flat_hash_set<std::string> matched;  // matching terms
};

struct StoryHits {
  std::string id;
  double score = 0, weight = 0;
  std::vector<size_t> hits;  // indices into the article hits
};

// Share of the query's words `matched` covers, each word by its best matching alternative.
double Coverage(const search::ExpandedQuery& q, const absl::flat_hash_set<std::string>& matched) {
  double total = 0, covered = 0;
  for (const search::QueryWord& w : q.words) {
    total += w.importance;
    double best = 0;
    for (const search::ExpandedTerm& t : w.terms) {
      // A stem also matches as the word it is (query_expander.h).
      const bool hit = matched.contains(t.term) ||
                       (t.kind == search::ExpansionKind::kStem &&
                        matched.contains(AbslView(t.term).substr(search::kStemPrefix.size())));
      if (hit) best = std::max(best, t.weight);
    }
    covered += w.importance * std::min(1.0, best);
  }
  return total > 0 ? covered / total : 0;
}

}  // namespace

struct SearchIndex::Impl {
  std::string path;
  const search::SearchResources* resources = nullptr;
  std::mutex mu;
  Xapian::Database db;  // guarded by mu

  StatusOr<std::vector<ArticleHit>> Match(const search::ExpandedQuery& q,
                                          const SearchRequest& request, int64_t* estimate);
  // The story of an article hit ("" when none), cached per search.
  StatusOr<std::string> StoryOf(Store* store, const search::DocData& d,
                                absl::flat_hash_map<std::string, std::string>* cache);
  // Match() at the latest committed revision, retried when a sync overwrote it meanwhile.
  StatusOr<std::vector<ArticleHit>> MatchLatest(const search::ExpandedQuery& q,
                                                const SearchRequest& request, int64_t* estimate);
  // Stories of the hits, best first; each takes its best article's score. Hits in no story
  // are counted in *unclustered.
  StatusOr<std::vector<StoryHits>> GroupByStory(Store* store, const std::vector<ArticleHit>& hits,
                                                int64_t* unclustered);
  StatusOr<SearchMatch> MakeMatch(const ArticleHit& hit, const SearchRequest& request,
                                  Store* store);
};

StatusOr<std::vector<ArticleHit>> SearchIndex::Impl::Match(const search::ExpandedQuery& q,
                                                           const SearchRequest& request,
                                                           int64_t* estimate) {
  Xapian::Query query = q.ToXapian();
  if (!request.lang.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(std::string(search::kLangPrefix) + request.lang));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const size_t max_hits = request.max_article_hits == 0 ? 1000 : request.max_article_hits;
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(max_hits));
  *estimate = mset.get_matches_estimated();
  std::vector<ArticleHit> hits;
  const double top = mset.empty() ? 1.0 : std::max(1e-9, mset.begin().get_weight());
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    ArticleHit h;
    h.data = search::DecodeDocData(it.get_document().get_data());
    h.weight = it.get_weight();
    for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it);
         ++t) {
      h.matched.insert(*t);
    }
    h.score = kCoverageShare * Coverage(q, h.matched) + (1 - kCoverageShare) * h.weight / top;
    hits.push_back(std::move(h));
  }
  return hits;
}

StatusOr<std::string> SearchIndex::Impl::StoryOf(
    Store* store, const search::DocData& d, absl::flat_hash_map<std::string, std::string>* cache) {
  if (auto it = cache->find(d.id); it != cache->end()) return it->second;
  NL_ASSIGN_OR_RETURN(std::optional<std::string> story, store->StoryOfArticle(d.id));
  if (!story && !d.duplicate_of.empty()) {
    NL_ASSIGN_OR_RETURN(story, store->StoryOfArticle(d.duplicate_of));
  }
  std::string id = story.value_or("");
  cache->emplace(d.id, id);
  return id;
}

StatusOr<SearchMatch> SearchIndex::Impl::MakeMatch(const ArticleHit& hit,
                                                   const SearchRequest& request, Store* store) {
  SearchMatch m;
  m.article_id = hit.data.id;
  m.title = hit.data.headline;
  m.lang = hit.data.lang;
  m.score = hit.score;
  if (!request.snippets) return m;
  StatusOr<StoredArticle> a = store->GetArticle(hit.data.id);
  if (!a.ok()) {
    if (absl::IsNotFound(a.status())) return m;  // indexed but gone: no snippet
    return a.status();
  }
  NL_ASSIGN_OR_RETURN(std::vector<search::TermOccurrence> terms,
                      search::ExtractArticleTerms(*resources, *a, nullptr));
  search::Snippet s = search::MakeSnippet(a->text, terms, hit.matched);
  m.snippet = std::move(s.text);
  m.highlights = std::move(s.highlights);
  return m;
}

StatusOr<std::vector<ArticleHit>> SearchIndex::Impl::MatchLatest(const search::ExpandedQuery& q,
                                                                 const SearchRequest& request,
                                                                 int64_t* estimate) {
  std::lock_guard<std::mutex> lock(mu);
  for (int attempt = 0;; ++attempt) {
    try {
      db.reopen();
      return Match(q, request, estimate);
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == 2) return search::XapianStatus(e, path);
    } catch (const Xapian::Error& e) {
      return search::XapianStatus(e, path);
    }
  }
}

StatusOr<std::vector<StoryHits>> SearchIndex::Impl::GroupByStory(
    Store* store, const std::vector<ArticleHit>& hits, int64_t* unclustered) {
  absl::flat_hash_map<std::string, std::string> cache;
  absl::flat_hash_map<std::string, size_t> story_index;
  std::vector<StoryHits> stories;
  for (size_t i = 0; i < hits.size(); ++i) {
    NL_ASSIGN_OR_RETURN(std::string story, StoryOf(store, hits[i].data, &cache));
    if (story.empty()) {
      ++*unclustered;
      continue;
    }
    auto [it, inserted] = story_index.try_emplace(story, stories.size());
    if (inserted) stories.push_back({story, 0, 0, {}});
    StoryHits& s = stories[it->second];
    s.hits.push_back(i);
    if (hits[i].score > s.score || (hits[i].score == s.score && hits[i].weight > s.weight)) {
      s.score = hits[i].score;
      s.weight = hits[i].weight;
    }
  }
  std::sort(stories.begin(), stories.end(), [](const StoryHits& a, const StoryHits& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.weight != b.weight) return a.weight > b.weight;
    return a.id < b.id;
  });
  return stories;
}

SearchIndex::SearchIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SearchIndex::~SearchIndex() = default;

const std::string& SearchIndex::path() const { return impl_->path; }

StatusOr<std::unique_ptr<SearchIndex>> SearchIndex::Open(const std::string& index_path,
                                                         const search::SearchResources* resources) {
  auto impl = std::make_unique<Impl>();
  impl->path = index_path;
  impl->resources = resources;
  if (impl->resources == nullptr) {
    NL_ASSIGN_OR_RETURN(impl->resources, search::SearchResources::Default());
  }
  try {
    impl->db = Xapian::Database(index_path);
  } catch (const Xapian::DatabaseOpeningError& e) {
    return absl::NotFoundError(fmt::format(
        "no search index at {} ({}); `newsloom analyze` or `newsloom search` with --db builds it",
        index_path, e.get_msg()));
  } catch (const Xapian::Error& e) {
    return search::XapianStatus(e, index_path);
  }
  const std::string format = impl->db.get_metadata(search::kFormatKey);
  if (format != std::to_string(kSearchIndexFormat)) {
    return absl::FailedPreconditionError(
        fmt::format("search index {} has format \"{}\", this build reads {}; sync it to rebuild",
                    index_path, format, kSearchIndexFormat));
  }
  return std::unique_ptr<SearchIndex>(new SearchIndex(std::move(impl)));
}

StatusOr<int64_t> SearchIndex::DocumentCount() {
  std::lock_guard<std::mutex> lock(impl_->mu);
  try {
    impl_->db.reopen();
    return static_cast<int64_t>(impl_->db.get_doccount());
  } catch (const Xapian::Error& e) {
    return search::XapianStatus(e, impl_->path);
  }
}

StatusOr<SearchResponse> SearchIndex::Search(const SearchRequest& request, Store* store) {
  if (request.offset < 0 || request.limit < 0) {
    return absl::InvalidArgumentError("search: offset and limit must be >= 0");
  }
  search::QueryExpander expander(impl_->resources);
  NL_ASSIGN_OR_RETURN(search::ExpandedQuery q, expander.Expand(request.query));
  SearchResponse response;
  if (q.empty()) return response;
  NL_ASSIGN_OR_RETURN(std::vector<ArticleHit> hits,
                      impl_->MatchLatest(q, request, &response.matched_articles));
  NL_ASSIGN_OR_RETURN(std::vector<StoryHits> stories,
                      impl_->GroupByStory(store, hits, &response.unclustered_articles));
  response.total = static_cast<int64_t>(stories.size());
  const size_t begin = std::min(stories.size(), static_cast<size_t>(request.offset));
  const size_t end = request.limit == 0
                         ? stories.size()
                         : std::min(stories.size(), begin + static_cast<size_t>(request.limit));
  for (size_t s = begin; s < end; ++s) {
    StoryHits& story = stories[s];
    std::stable_sort(story.hits.begin(), story.hits.end(),
                     [&](size_t a, size_t b) { return hits[a].score > hits[b].score; });
    StoryMatch out;
    out.story_id = story.id;
    out.score = story.score;
    out.matched_articles = static_cast<int64_t>(story.hits.size());
    for (size_t k = 0; k < story.hits.size() && k < request.matches_per_story; ++k) {
      NL_ASSIGN_OR_RETURN(SearchMatch m, impl_->MakeMatch(hits[story.hits[k]], request, store));
      out.matches.push_back(std::move(m));
    }
    response.items.push_back(std::move(out));
  }
  return response;
}

}  // namespace newsloom
