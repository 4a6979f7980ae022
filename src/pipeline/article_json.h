// The articles.jsonl contract (DESIGN.md "Contracts"): one JSON object per input article.
// Keys are written in contract order; a key whose stage has not produced anything is
// written as null or [] only when the stage exists, so consumers can tell "not built" (key
// absent) from "found nothing" (empty).
#ifndef NEWSLOOM_PIPELINE_ARTICLE_JSON_H_
#define NEWSLOOM_PIPELINE_ARTICLE_JSON_H_

#include <string>

#include "pipeline/article.h"

namespace newsloom {

// One line of articles.jsonl, without the trailing newline.
std::string ArticleToJson(const Article& article);

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_ARTICLE_JSON_H_
