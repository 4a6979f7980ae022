// Internal to FigureExtractor (figure_extractor.h): reads the figures of one sentence from
// its quantities, figure-word matches and actor matches. Not a public API.
#ifndef NEWSLOOM_EXTRACT_FIGURE_SENTENCE_H_
#define NEWSLOOM_EXTRACT_FIGURE_SENTENCE_H_

#include <string>
#include <vector>

#include "extract/actor_lexicon.h"
#include "extract/facts.h"
#include "extract/figure_extractor.h"
#include "extract/figure_lexicon.h"
#include "extract/number_parser.h"

namespace newsloom::extract_internal {

class FigureSentence {
 public:
  FigureSentence(const AnalyzedDocument& doc, uint32_t sentence, const FigureLexicon& words,
                 const ActorFinder& actors, const NumberParser& numbers,
                 const FigureExtractorOptions& options);
  // Appends the sentence's figures (background=false) to `out`.
  void Read(std::vector<Figure>* out);

 private:
  struct ActorHit {
    int match = -1;    // index into actor_matches_, -1 = none
    std::string role;  // role after combining ("security forces" for police + troops)
    uint32_t end_token = 0;
    uint32_t begin = 0, end = 0;  // byte span of the actor phrase(s)
    uint32_t name_begin = 0;      // start of a named modifier ("CSTO troops"), 0 = none
  };
  struct KindHit {
    std::string kind;
    int distance = 1 << 20;
    bool pre_actor = false;       // the trigger is the counted noun itself ("94 Verletzte")
    bool protest = false;         // a crowd trigger naming a protest
    uint32_t begin = 0, end = 0;  // byte span of the trigger
    uint32_t end_token = 0;       // token after the trigger (pre_actor only)
    int actor = -1;               // actor match between a left trigger and the number
  };

  // What is known about one quantity while it is read.
  struct Reading {
    ActorHit actor;
    KindHit kind;
    std::string actor_role;                 // the Figure::actor
    bool share = false;                     // "of them" after the number
    bool range = false;                     // "300 to 400"
    uint32_t after_number = 0, np_end = 0;  // tokens after the number / its noun phrase
    double confidence = 0;
  };

  bool MayHoldSingular() const;
  void AddSingulars();
  bool IsBlocked(size_t q) const;
  uint32_t RangeEnd(size_t q);
  ActorHit ScanActor(uint32_t from, KindHit* pre, bool* share) const;
  bool CombineActors(uint32_t conj, ActorHit* hit) const;
  void ScanRight(uint32_t from, bool coordinate, KindHit* best) const;
  uint32_t AfterAside(uint32_t t) const;
  void ScanLeft(uint32_t before, KindHit* best) const;
  bool AfterListMark(size_t q) const;
  bool SharesPrevious(size_t q, uint32_t after, bool has_actor) const;
  bool Classify(size_t q, Reading* r);
  bool Fallback(size_t q, Reading* r) const;
  bool Settle(size_t q, Reading* r) const;
  void Emit(size_t q, const Reading& r, std::vector<Figure>* out);
  void SetActor(int match, ActorHit* actor) const;
  void ReadQuantity(size_t q, std::vector<Figure>* out);

  const FigureWord* WordAt(uint32_t t) const;
  bool IsConjunction(uint32_t t) const;
  bool IsClauseBreak(uint32_t t) const;
  bool NearDisease(size_t q) const;
  bool VerbFinal() const;

  const AnalyzedDocument& doc_;
  const uint32_t sentence_;
  const FigureLexicon& words_;
  const ActorFinder& actors_;
  const FigureExtractorOptions& options_;
  uint32_t first_ = 0, end_ = 0;  // token range of the sentence
  std::vector<Quantity> quantities_;
  std::vector<uint32_t> q_first_, q_end_;  // token range per quantity
  std::vector<uint8_t> q_skip_;            // second half of a range
  std::vector<PhraseMatch> word_matches_, actor_matches_;
  // Per token of the sentence (index t - first_): quantity / word match / actor match or -1.
  std::vector<int> q_at_, word_at_, actor_at_;
  std::vector<Figure> figures_;  // this sentence's figures so far
};

}  // namespace newsloom::extract_internal

#endif  // NEWSLOOM_EXTRACT_FIGURE_SENTENCE_H_
