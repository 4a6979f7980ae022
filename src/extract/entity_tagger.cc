#include "extract/entity_tagger.h"

#include <utility>

#include "extract/entity_context.h"

namespace newsloom {

const EntityTagger& EntityTagger::Default() {
  static const EntityTagger* tagger = new EntityTagger(EntityLexicon::Default());
  return *tagger;
}

std::vector<NamedEntity> EntityTagger::Tag(const AnalyzedDocument& doc, const Geotag* geo) const {
  using namespace entity_internal;  // NOLINT(build/namespaces)
  if (doc.tokens.empty()) return {};
  DocContext ctx(doc, lexicon_);
  BuildContext(geo, &ctx);
  FindRoles(&ctx);
  std::vector<Candidate> cands;
  FindBodies(&ctx, &cands);
  FindUncased(&ctx, &cands);
  FindChains(&ctx, &cands);
  return GroupEntities(ctx, std::move(cands));
}

}  // namespace newsloom
