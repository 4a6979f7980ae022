// Entity names as they stand at the end of a run. An article's line gives each person and
// organization the entity's display name when the article was linked; a later article may
// change it: a Latin spelling of a person first seen in Arabic script or Chinese characters,
// or a spelling that overtakes another by count. At the end of a run the pipeline takes the
// entities renamed since the run began (EntityLinker::TakeRenamed) and writes their final
// names into articles.jsonl (analysis_run.cc), into the stored lines of every article linked
// to them (pipeline.cc), and into the story items of the run (story_stage.h).
#ifndef NEWSLOOM_PIPELINE_ENTITY_NAMES_H_
#define NEWSLOOM_PIPELINE_ENTITY_NAMES_H_

#include <string>

#include "absl/container/flat_hash_map.h"

namespace newsloom {

// Entity id -> its display name now.
using EntityNames = absl::flat_hash_map<std::string, std::string>;

// Rewrites the persons and organizations of an articles.jsonl line (as facts_json.cc writes
// them: {"name": N, ["written": W,] "entity_id": ID, ...}) whose entity is in `names`: "name"
// becomes the entity's name, and "written" the name as the article wrote it (W, or the old N
// when there was no W), left out when the two are equal. Objects not written that way are left
// alone. Returns true when the line changed; a second call changes nothing.
bool RefreshEntityNames(const EntityNames& names, std::string* line);

}  // namespace newsloom

#endif  // NEWSLOOM_PIPELINE_ENTITY_NAMES_H_
