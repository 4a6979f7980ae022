// Finds the event triggers of an EventLexicon in an analysed document: every token (or, for
// Chinese, every sentence substring) that matches an entry of the document's language.
//
// Arabic tokens are also tried without their proclitics (و ف ب ل ك + ال), so "والمتظاهرين"
// matches the entry "متظاهر" (prefix).
//
// Cost: per word token a few bit tests (event_key_filter.h), a hash lookup only for tokens that
// may be keys, and one walk of the prefix-entry trie (event_byte_trie.h); only entries whose
// first word is found in the token are tried on the sentence. What a token's form gives (the
// entries whose first word it matches) is memoized per thread by Token::form_id
// (text/form_memo.h), so a word repeated across a thread's documents is looked up once.
//
// Thread safety: a pure function of its arguments; any number of threads may call it.
#ifndef NEWSLOOM_EXTRACT_EVENT_TRIGGER_MATCHER_H_
#define NEWSLOOM_EXTRACT_EVENT_TRIGGER_MATCHER_H_

#include <cstdint>
#include <vector>

#include "extract/event_lexicon.h"
#include "text/analyzed_document.h"

namespace newsloom {

struct TriggerHit {
  TriggerCue cue = TriggerCue::kProtest;
  double weight = 1.0;  // the entry weight
  uint32_t sentence = 0;
  uint32_t begin = 0;  // byte span in doc.text of the matched tokens
  uint32_t end = 0;
  // The entry that matched, owned by the lexicon (when entries of one cue match the same span
  // with the same weight, one of them).
  const TriggerEntry* entry = nullptr;
};

// Hits in text order (by begin, then cue). One token may give several hits of different cues
// ("avondklokrellen": curfew and riot); the same cue is reported once per start token; a hit
// strictly inside a longer hit of another cue is dropped ("riot police" is police, not riot).
std::vector<TriggerHit> FindTriggers(const AnalyzedDocument& doc, const EventLexicon& lexicon);

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_EVENT_TRIGGER_MATCHER_H_
