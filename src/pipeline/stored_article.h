// Conversion of a finished Article into the store's row type.
#ifndef NEWSLOOM_PIPELINE_STORED_ARTICLE_H_
#define NEWSLOOM_PIPELINE_STORED_ARTICLE_H_

#include <string>

#include "pipeline/article.h"
#include "store/store.h"

namespace newsloom {

// `json` is the article's articles.jsonl line (article_json.h), stored verbatim.
StoredArticle ToStoredArticle(const Article& article, std::string json);

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_STORED_ARTICLE_H_
