// ActorFinder: actor nouns by role — protesters, rioters, police, security forces, military,
// foreign troops, government, opposition, civilians, journalists, people — in the 15
// languages of data/lexicons/actors.tsv (embedded as kActorsTsv), matched on the token's
// case-folded form, its stem, or a prefix (see figure_phrase_matcher.h); English entries are
// not stemmed (its stems merge "protesters" with "protesting"), so they list their forms. Used by
// the figure stage (who a figure counts) and the event stage (who acted).
//
// Thread safety: immutable; Default() is built once; Find is const and safe to call
// concurrently.
#ifndef NEWSLOOM_EXTRACT_ACTOR_LEXICON_H_
#define NEWSLOOM_EXTRACT_ACTOR_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/facts.h"
#include "extract/figure_phrase_matcher.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct ActorMention {
  std::string role;  // one of the roles above
  TextSpan span;     // the actor noun phrase as written ("police officers", "Нацгвардии")
};

class ActorFinder {
 public:
  // The finder over the embedded actors.tsv (tests check that it parses).
  static const ActorFinder& Default();
  // A finder over TSV text as in actors.tsv. Errors: InvalidArgument "name:line: what"
  // (column count, empty phrase, unknown role).
  static StatusOr<std::unique_ptr<ActorFinder>> FromTsv(std::string_view tsv,
                                                        std::string_view name);

  // Every actor noun of `doc`, in text order, non-overlapping (the longest phrase wins).
  std::vector<ActorMention> Find(const AnalyzedDocument& doc) const;
  // The same for the listed sentences only (indices into doc.sentences, ascending; others
  // are skipped), in that order.
  std::vector<ActorMention> FindInSentences(const AnalyzedDocument& doc,
                                            const std::vector<uint32_t>& sentences) const;
  // Matches in tokens [first, end) of `doc`; RoleOf(match.payload) is the role.
  std::vector<PhraseMatch> FindIn(const AnalyzedDocument& doc, uint32_t first, uint32_t end) const {
    return matcher_->Find(doc, first, end);
  }
  const std::string& RoleOf(int payload) const { return roles_[payload]; }

 private:
  ActorFinder() = default;
  std::vector<std::string> roles_;  // per lexicon row
  std::unique_ptr<FigurePhraseMatcher> matcher_;
};

// The Figure::actor a role counts as: military and foreign troops -> "troops", government
// and opposition -> "people", every other role itself.
std::string FigureActorOf(std::string_view role);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_ACTOR_LEXICON_H_
