#include "extract/figure_sentence.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/strings.h"

namespace newsloom::extract_internal {
namespace {

bool IsSecurity(std::string_view role) {
  return role == "police" || role == "security forces" || role == "military" ||
         role == "foreign troops";
}

bool IsCrowdRole(std::string_view role) { return role == "protesters" || role == "rioters"; }

// Punctuation a noun phrase may contain: quotes, apostrophes, hyphens.
bool IsInnerPunct(std::string_view s) {
  static constexpr std::string_view kInner[] = {"\"", "'", "«", "»", "“",  "”",  "„",  "‘",
                                                "’",  "-", "‐", "‚", "「", "」", "『", "』"};
  return std::find(std::begin(kInner), std::end(kInner), s) != std::end(kInner);
}

}  // namespace

FigureSentence::FigureSentence(const AnalyzedDocument& doc, uint32_t sentence,
                               const FigureLexicon& words, const ActorFinder& actors,
                               const NumberParser& numbers, const FigureExtractorOptions& options)
    : doc_(doc), sentence_(sentence), words_(words), actors_(actors), options_(options) {
  const Sentence& s = doc.sentences[sentence];
  first_ = s.first_token;
  end_ = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
  quantities_ = numbers.FindAll(doc, sentence);
  const size_t n = end_ > first_ ? end_ - first_ : 0;
  if (n == 0) return;
  if (quantities_.empty() && !MayHoldSingular()) return;
  word_matches_ = words.Find(doc, first_, end_);
  actor_matches_ = actors.FindIn(doc, first_, end_);
  AddSingulars();
  if (quantities_.empty()) return;
  q_at_.assign(n, -1);
  word_at_.assign(n, -1);
  actor_at_.assign(n, -1);
  for (size_t q = 0; q < quantities_.size(); ++q) {
    uint32_t t = first_;
    while (t < end_ && doc.tokens[t].end <= quantities_[q].begin) ++t;
    const uint32_t qf = t;
    while (t < end_ && doc.tokens[t].begin < quantities_[q].end) q_at_[t++ - first_] = q;
    q_first_.push_back(qf);
    q_end_.push_back(t);
  }
  q_skip_.assign(quantities_.size(), 0);
  auto mark = [&](const std::vector<PhraseMatch>& ms, std::vector<int>* at) {
    for (size_t i = 0; i < ms.size(); ++i) {
      for (uint32_t t = ms[i].first_token; t < ms[i].end_token; ++t) {
        if (t >= first_ && t < end_ && q_at_[t - first_] < 0) (*at)[t - first_] = i;
      }
    }
  };
  mark(actor_matches_, &actor_at_);
  mark(word_matches_, &word_at_);
}

// Without digits or number words only "ein Demonstrant"-style counts are possible: a "one" word
// with an actor phrase starting right after it (or after one more word: "a single protester").
// Checked on small windows first, since articles are in almost every sentence.
bool FigureSentence::MayHoldSingular() const {
  constexpr uint32_t kWindow = 6;  // longer than any actor phrase after its first word
  const absl::flat_hash_set<std::string>& ones = words_.OneWords(doc_.lang);
  if (ones.empty()) return false;
  for (uint32_t t = first_; t + 1 < end_; ++t) {
    const std::string& lower = doc_.tokens[t].lower;
    if (!words_.MayBeOneWord(lower) || !ones.contains(AbslView(lower))) continue;
    for (const PhraseMatch& m : actors_.FindIn(doc_, t + 1, std::min(end_, t + 2 + kWindow))) {
      if (m.first_token <= t + 2) return true;
    }
  }
  return false;
}

// "ein Demonstrant", "bir sivil", "un manifestante": an indefinite article or "one" right
// before an actor noun is a count of 1 (NumberParser leaves articles alone).
void FigureSentence::AddSingulars() {
  size_t a = 0;
  bool added = false;
  for (const PhraseMatch& m : word_matches_) {
    if (!words_.Find(m.payload, FigureWordClass::kOne)) continue;
    while (a < actor_matches_.size() && actor_matches_[a].first_token < m.end_token) ++a;
    if (a == actor_matches_.size() || actor_matches_[a].first_token != m.end_token) continue;
    if (actors_.RoleOf(actor_matches_[a].payload) == "people" && m.end - m.begin < 3) continue;
    const bool taken = std::any_of(quantities_.begin(), quantities_.end(), [&](const Quantity& q) {
      return q.begin < m.end && m.begin < q.end;
    });
    if (taken) continue;
    Quantity q;
    q.value = 1;
    q.begin = m.begin;
    q.end = m.end;
    quantities_.push_back(q);
    added = true;
  }
  if (added) {
    std::sort(quantities_.begin(), quantities_.end(),
              [](const Quantity& x, const Quantity& y) { return x.begin < y.begin; });
  }
}

const FigureWord* FigureSentence::WordAt(uint32_t t) const {
  if (t < first_ || t >= end_) return nullptr;
  const int m = word_at_[t - first_];
  if (m < 0) return nullptr;
  const std::vector<int>& rows = words_.RowsOf(word_matches_[m].payload);
  return &words_.words()[rows.front()];
}

bool FigureSentence::IsConjunction(uint32_t t) const {
  const int m = t >= first_ && t < end_ ? word_at_[t - first_] : -1;
  return m >= 0 && words_.Find(word_matches_[m].payload, FigureWordClass::kAnd) != nullptr;
}

bool FigureSentence::VerbFinal() const {
  const std::string& lang = doc_.lang;
  return lang == "de" || lang == "nl" || lang == "tr" || lang == "zh";
}

bool FigureSentence::IsClauseBreak(uint32_t t) const {
  const Token& tok = doc_.tokens[t];
  if (tok.kind != TokenKind::kPunct) return false;
  return !IsInnerPunct(tok.lower) && tok.lower != "." && tok.lower != "/";
}

// A unit word right after the number ("11 years", "23-year-old"), or a currency/age word
// right before it.
bool FigureSentence::IsBlocked(size_t q) const {
  uint32_t t = q_end_[q];
  while (t < end_ && doc_.tokens[t].kind == TokenKind::kPunct && IsInnerPunct(doc_.tokens[t].lower))
    ++t;
  if (t < end_ && word_at_[t - first_] >= 0 &&
      words_.Find(word_matches_[word_at_[t - first_]].payload, FigureWordClass::kNot)) {
    return true;
  }
  if (t < end_ && doc_.tokens[t].kind == TokenKind::kSymbol) return true;  // "5 %", "5 $"
  const uint32_t before = q_first_[q];
  if (before > first_) {
    const uint32_t p = before - 1;
    if (doc_.tokens[p].kind == TokenKind::kSymbol) return true;  // "$ 5", "€5"
    const int m = word_at_[p - first_];
    if (m >= 0 && words_.Find(word_matches_[m].payload, FigureWordClass::kNotBefore)) return true;
  }
  const Quantity& qty = quantities_[q];
  const std::string_view text = doc_.text;
  // "Covid-19", "G-20": a number glued to a word by a hyphen.
  if (qty.begin >= 2 && text[qty.begin - 1] == '-' &&
      (static_cast<unsigned char>(text[qty.begin - 2]) >= 0x80 ||
       std::isalpha(static_cast<unsigned char>(text[qty.begin - 2])))) {
    return true;
  }
  // "2014 death toll": a bare year-like number not followed by an actor noun.
  const std::string_view surface = text.substr(qty.begin, qty.end - qty.begin);
  if (qty.value >= 1900 && qty.value <= 2099 && !qty.vague && surface.size() == 4 &&
      (t >= end_ || actor_at_[t - first_] < 0)) {
    return true;
  }
  return qty.value <= 0 || qty.value > options_.max_value;
}

// "300 to 400": marks the second number as part of the first; returns the token after the
// range (q_end_[q] when there is none).
uint32_t FigureSentence::RangeEnd(size_t q) {
  const uint32_t t = q_end_[q];
  if (q + 1 >= quantities_.size() || t >= end_ || q_first_[q + 1] != t + 1) return t;
  const int m = word_at_[t - first_];
  const bool dash = doc_.tokens[t].lower == "-" || doc_.tokens[t].lower == "–";
  if (!dash && (m < 0 || !words_.Find(word_matches_[m].payload, FigureWordClass::kRange))) {
    return t;
  }
  if (quantities_[q + 1].value <= quantities_[q].value) return t;
  q_skip_[q + 1] = 1;
  return q_end_[q + 1];
}

bool FigureSentence::CombineActors(uint32_t conj, ActorHit* hit) const {
  if (conj + 1 >= end_ || !IsConjunction(conj)) return false;
  const int other = actor_at_[conj + 1 - first_];
  if (other < 0) return false;
  const PhraseMatch& m = actor_matches_[other];
  const std::string& role = actors_.RoleOf(m.payload);
  if (role == hit->role) {
  } else if (IsSecurity(role) && IsSecurity(hit->role)) {
    hit->role = "security forces";
  } else {
    hit->role = "people";
  }
  hit->end_token = m.end_token;
  hit->end = m.end;
  return true;
}

// The actor noun after the number: skips up to two unknown words, inner punctuation, a
// partitive ("of them") and a trigger right after the number ("18 getötete Sicherheitskräfte",
// which is also returned in `pre`).
FigureSentence::ActorHit FigureSentence::ScanActor(uint32_t from, KindHit* pre, bool* share) const {
  ActorHit hit;
  int unknown = 0;
  bool skipped_han = false;
  int pre_links = 0;
  uint32_t first_named = 0;
  for (uint32_t t = from; t < end_ && t < from + 6; ++t) {
    const Token& tok = doc_.tokens[t];
    if (q_at_[t - first_] >= 0) break;
    const int a = actor_at_[t - first_];
    if (a >= 0) {
      const PhraseMatch& m = actor_matches_[a];
      hit.match = a;
      hit.role = actors_.RoleOf(m.payload);
      hit.end_token = m.end_token;
      hit.begin = m.begin;
      hit.end = m.end;
      hit.name_begin = first_named;
      while (CombineActors(hit.end_token, &hit)) {
      }
      return hit;
    }
    const int w = word_at_[t - first_];
    if (w >= 0) {
      const PhraseMatch& m = word_matches_[w];
      if (const FigureWord* fw = words_.TriggerOf(m.payload)) {
        // Only right after the number ("18 wounded", "33名伤者"); a trigger after other
        // words ("190 were detained") is the clause's verb, found by ScanRight.
        if (unknown > (skipped_han ? 1 : 0) || !pre->kind.empty()) break;
        pre->kind = fw->kind;
        pre->protest = fw->cls == FigureWordClass::kProtest;
        pre->distance = 0;
        pre->pre_actor = true;
        pre->begin = m.begin;
        pre->end = m.end;
        pre->end_token = m.end_token;
        t = m.end_token - 1;
        continue;
      }
      if (words_.Find(m.payload, FigureWordClass::kPartitive)) {
        *share = true;
        t = m.end_token - 1;
        continue;
      }
      if (words_.Find(m.payload, FigureWordClass::kOf)) {
        // "thousands of protesters"; "748 gewonden onder de ordediensten": the link and an
        // article may follow a counted noun.
        if (!pre->kind.empty()) pre_links = 2;
        t = m.end_token - 1;
        continue;
      }
      break;
    }
    // After a counted noun ("18 wounded police") only the actor or a link may follow.
    if (!pre->kind.empty() && tok.kind == TokenKind::kWord && --pre_links < 1) break;
    if (tok.kind == TokenKind::kPunct) {
      if (IsInnerPunct(tok.lower)) continue;
      break;
    }
    if (tok.kind != TokenKind::kWord || ++unknown > 2) break;
    skipped_han = unknown == 1 && tok.script == Script::kHan;  // a measure word: "33名伤者"
    if (first_named == 0 && tok.capitalized && doc_.lang != "de") first_named = tok.begin;
  }
  return hit;
}

// The nearest trigger after token `from` in the clause. A number coordinated by "and" is
// passed over with its noun ("39 police officers and 50 civilians were injured").
// The token after an attribution set off by commas that starts at comma `t` (", según la
// Guardia Urbana," / ", according to police,"): a break word right after the comma and the
// closing comma within kMaxAside tokens, with no number between. 0 when there is none.
uint32_t FigureSentence::AfterAside(uint32_t t) const {
  constexpr uint32_t kMaxAside = 8;
  if (doc_.tokens[t].lower != "," || t + 1 >= end_) return 0;
  const int w = word_at_[t + 1 - first_];
  if (w < 0 || !words_.Find(word_matches_[w].payload, FigureWordClass::kBreak)) return 0;
  for (uint32_t u = t + 2; u < end_ && u <= t + 1 + kMaxAside; ++u) {
    if (q_at_[u - first_] >= 0) return 0;
    if (doc_.tokens[u].lower == ",") return u + 1;
    if (IsClauseBreak(u)) return 0;
  }
  return 0;
}

void FigureSentence::ScanRight(uint32_t from, bool coordinate, KindHit* best) const {
  int penalty = 0;
  bool after_and = false;
  const int window = VerbFinal() ? options_.verb_final_window : options_.right_window;
  for (uint32_t t = from, steps = 0; t < end_ && steps < uint32_t(window); ++t) {
    if (IsClauseBreak(t)) {
      // "525.000 personas, según la Guardia Urbana, habían llenado el centro".
      const uint32_t next = AfterAside(t);
      if (next == 0) return;
      t = next - 1;
      continue;
    }
    const int q = q_at_[t - first_];
    if (q >= 0) {
      if (!after_and) return;
      t = q_end_[q] - 1;
      while (t + 1 < end_ && actor_at_[t + 1 - first_] >= 0) ++t;
      after_and = false;
      continue;
    }
    ++steps;
    const int w = word_at_[t - first_];
    if (w < 0) {
      if (actor_at_[t - first_] < 0) after_and = false;
      continue;
    }
    const PhraseMatch& m = word_matches_[w];
    if (words_.Find(m.payload, FigureWordClass::kBreak)) return;
    if (words_.Find(m.payload, FigureWordClass::kAnd)) {
      penalty += 3;
      after_and = coordinate;
      continue;
    }
    after_and = false;
    const FigureWord* fw = words_.TriggerOf(m.payload);
    if (fw == nullptr || actor_at_[t - first_] >= 0) {
      t = std::max(t, m.end_token - 1);
      continue;
    }
    int d = static_cast<int>(steps) - 1 + penalty;
    // Arabic "وأصيب": a trigger with a leading wa- starts the next clause.
    if (doc_.lang == "ar" && doc_.tokens[t].lower.rfind("\u0648", 0) == 0) d += 3;
    if (d < best->distance) {
      *best = {fw->kind, d, false, fw->cls == FigureWordClass::kProtest, m.begin, m.end};
    }
    return;
  }
}

// The nearest trigger before token `before` in the clause (toll words reach further).
void FigureSentence::ScanLeft(uint32_t before, KindHit* best) const {
  // "killed in 21 provinces", "gathered at three": not the count; but "put the toll at 10".
  bool toll_only = false;
  if (before > first_) {
    const int m = word_at_[before - 1 - first_];
    toll_only = m >= 0 && words_.Find(word_matches_[m].payload, FigureWordClass::kPrep);
  }
  int passed_actor = -1;  // the actor noun nearest the number, between it and the trigger
  for (uint32_t t = before, steps = 0; t > first_ && steps < uint32_t(options_.toll_window);
       ++steps) {
    --t;
    if (q_at_[t - first_] >= 0 || IsClauseBreak(t)) return;
    if (passed_actor < 0) passed_actor = actor_at_[t - first_];
    const int w = word_at_[t - first_];
    if (w < 0) continue;
    const PhraseMatch& m = word_matches_[w];
    if (words_.Find(m.payload, FigureWordClass::kAnd) ||
        words_.Find(m.payload, FigureWordClass::kBreak)) {
      return;  // "were killed and 731 banks", "hospital said dozens"
    }
    const FigureWord* fw = words_.TriggerOf(m.payload);
    const FigureWord* toll = words_.Find(m.payload, FigureWordClass::kToll);
    if (actor_at_[t - first_] >= 0 || toll_only) fw = nullptr;
    if (fw == nullptr && toll == nullptr) {
      t = std::min(t, m.first_token + 0);
      continue;
    }
    if (toll == nullptr && steps >= uint32_t(options_.left_window)) {
      t = std::min(t, m.first_token + 0);
      continue;
    }
    // A trigger right after another number is that number's noun: "двенадцати задержанных
    // двое детей" (two children among the twelve detained) gives the two no kind.
    if (toll == nullptr && m.first_token > first_ && q_at_[m.first_token - 1 - first_] >= 0) {
      return;
    }
    const int d = static_cast<int>(steps);
    const std::string& kind = toll ? toll->kind : fw->kind;
    if (d < best->distance) {
      *best = {kind,    d,    false, fw != nullptr && fw->cls == FigureWordClass::kProtest,
               m.begin, m.end};
      best->actor = passed_actor;  // "the number of dead police officers rose to 18"
    }
    return;
  }
}

// True when a comma, a conjunction or a "more" word ("another", "ещё": ", ещё 748 получили
// ранения") comes right before the number.
bool FigureSentence::AfterListMark(size_t q) const {
  const uint32_t before = q_first_[q];
  if (before <= first_) return false;
  const std::string& p = doc_.tokens[before - 1].lower;
  // A dash stands for the verb left out: "затримали понад 2 000 людей, а першої ночі — близько
  // 3 000".
  if (p == "," || p == "，" || p == "、" || p == "،" || p == "—" || p == "–") return true;
  const int b = word_at_[before - 1 - first_];
  return b >= 0 && (words_.Find(word_matches_[b].payload, FigureWordClass::kAnd) != nullptr ||
                    words_.Find(word_matches_[b].payload, FigureWordClass::kMore) != nullptr);
}

// True when the number continues the previous figure of the sentence: "among them" right
// before it, or nothing after it but a preposition or the end of the clause.
bool FigureSentence::SharesPrevious(size_t q, uint32_t after, bool has_actor) const {
  if (figures_.empty()) return false;
  bool among = false;
  for (uint32_t t = q_first_[q], k = 0; t > first_ && k < 6 && !among; ++k) {
    --t;
    if (q_at_[t - first_] >= 0 || IsClauseBreak(t)) break;
    const int m = word_at_[t - first_];
    if (m < 0) continue;
    // "686 people sought medical help, up from 590": an earlier count of the same figure.
    if (k == 0 && words_.Find(word_matches_[m].payload, FigureWordClass::kEarlier)) return true;
    among = words_.Find(word_matches_[m].payload, FigureWordClass::kAmong) != nullptr;
  }
  if (among && has_actor) return true;
  // A bare number continues a list only right after a comma or "and".
  if (!among && !AfterListMark(q)) return false;
  if (after >= end_ || IsClauseBreak(after)) return true;
  // The sentence's final stop ("." is no clause break inside a sentence: abbreviations).
  if (after + 1 == end_ && doc_.tokens[after].kind == TokenKind::kPunct) return true;
  const int m = word_at_[after - first_];
  return m >= 0 && (words_.Find(word_matches_[m].payload, FigureWordClass::kPrep) ||
                    words_.Find(word_matches_[m].payload, FigureWordClass::kAnd));
}

// Finds the actor and the kind trigger of quantity `q`; false when it is no figure.
bool FigureSentence::Classify(size_t q, Reading* r) {
  if (q_skip_[q] || IsBlocked(q)) return false;
  const Quantity& qty = quantities_[q];
  r->range = RangeEnd(q) != q_end_[q];
  r->after_number = r->range ? q_end_[q + 1] : q_end_[q];
  KindHit& best = r->kind;
  ActorHit& actor = r->actor;
  actor = ScanActor(r->after_number, &best, &r->share);
  if (actor.match < 0 && doc_.lang == "ar" && q_first_[q] > first_) {
    SetActor(actor_at_[q_first_[q] - 1 - first_], &actor);  // Arabic "مدني واحد": noun first
  }
  uint32_t np_end = actor.match >= 0 ? std::max(actor.end_token, r->after_number) : r->after_number;
  if (best.pre_actor) np_end = std::max(np_end, best.end_token);
  if (best.kind == "crowd" && actor.match < 0) return false;  // "400 protests": events
  r->np_end = np_end;
  KindHit found;
  // "39 police officers and 50 civilians were injured" — but not "240,000 infections and
  // 9,000 deaths": only a number with an actor noun (or none at all) is coordinated.
  const bool coordinate = actor.match >= 0 || IsConjunction(r->after_number);
  ScanRight(np_end, coordinate, &found);
  ScanLeft(q_first_[q], &found);
  r->confidence = 0.9 - 0.05 * std::min(found.distance, 6);
  if (!best.kind.empty()) {
    r->confidence = 0.9;
    if (best.kind == "injured" && found.kind == "hospitalized") best = found;
    // "Один пострадавший скончался": one of the injured died.
    if (best.kind == "injured" && found.kind == "killed" && found.distance <= 1) best = found;
    if (best.kind == "crowd" && found.kind == "crowd") best.protest |= found.protest;
  } else {
    best = found;
  }
  if (actor.match < 0 && best.actor >= 0 && best.begin < qty.begin) SetActor(best.actor, &actor);
  if (best.kind == "deployed" && actor.match >= 0 && !IsSecurity(actor.role)) {
    best = KindHit();  // "a water cannon was deployed against 1,500 protesters"
  }
  r->actor_role = actor.match >= 0 ? FigureActorOf(actor.role) : "";
  return true;
}

// A kind for a number without a trigger: the previous figure's ("among them"), or a crowd or
// deployment from the actor noun alone. False when there is none.
bool FigureSentence::Fallback(size_t q, Reading* r) const {
  const Quantity& qty = quantities_[q];
  const ActorHit& actor = r->actor;
  // "23 of them members of the security forces", "dont 13 à Suez"; not "dont deux
  // grièvement", "two of them in serious condition" (a subset, not a new figure).
  const bool shares = r->share ? actor.match >= 0 : SharesPrevious(q, r->np_end, actor.match >= 0);
  const bool large = qty.vague || qty.value >= options_.min_untriggered;
  if (shares && !figures_.empty()) {
    r->kind.kind = figures_.back().kind;
    if (r->actor_role.empty()) r->actor_role = figures_.back().actor;
    r->confidence = 0.55;
  } else if (large && IsCrowdRole(actor.role)) {
    r->kind.kind = "crowd";
    r->confidence = 0.45;
  } else if (large && IsSecurity(actor.role)) {
    r->kind.kind = "deployed";
    r->confidence = 0.4;
  } else if (qty.vague && qty.value >= 1000 && actor.role == "people") {
    r->kind.kind = "crowd";  // "Zehntausende Menschen", "thousands of people": a crowd
    r->confidence = 0.4;
  } else {
    return false;
  }
  return true;
}

// Settles the actor and checks kind/actor agreement; false when the reading is dropped.
bool FigureSentence::Settle(size_t q, Reading* r) const {
  const Quantity& qty = quantities_[q];
  KindHit& best = r->kind;
  std::string& actor_role = r->actor_role;
  if (r->share && r->actor.match < 0 && !figures_.empty() && figures_.back().kind == best.kind) {
    return false;  // "72 were injured, two of them seriously": a subset of the previous figure
  }
  if (actor_role.empty() && !figures_.empty() && AfterListMark(q)) {
    actor_role = figures_.back().actor;  // "18 soldiers were killed and 748 injured"
  }
  if (actor_role.empty()) actor_role = "people";
  if (best.kind == "crowd" && best.protest && actor_role == "people") actor_role = "protesters";
  const bool security =
      actor_role == "police" || actor_role == "security forces" || actor_role == "troops";
  if (best.kind == "crowd" && security) {
    if (!qty.vague && qty.value < options_.min_untriggered) return false;  // "three officers"
    best.kind = "deployed";
  }
  if (best.kind == "deployed" && !security) return false;
  if (best.kind == "crowd" && qty.value < options_.min_crowd) return false;  // "one of them"
  return true;
}

void FigureSentence::Emit(size_t q, const Reading& r, std::vector<Figure>* out) {
  const Quantity& qty = quantities_[q];
  Figure f;
  f.kind = r.kind.kind;
  f.actor = r.actor_role;
  f.value = qty.value;
  f.approx = qty.approx || r.range;
  f.qualifier = qty.qualifier;
  f.sentence = sentence_;
  f.begin = qty.begin;
  f.end = std::max<uint32_t>(qty.end, doc_.tokens[r.after_number - 1].end);
  if (r.actor.match >= 0) {
    f.begin = std::min(f.begin, r.actor.begin);
    f.end = std::max(f.end, r.actor.end);
    if (r.actor.name_begin > 0) {
      f.actor_name = doc_.text.substr(r.actor.name_begin, r.actor.end - r.actor.name_begin);
    }
  }
  if (r.kind.end > r.kind.begin) {
    f.begin = std::min(f.begin, r.kind.begin);
    f.end = std::max(f.end, r.kind.end);
  }
  f.text = doc_.text.substr(f.begin, f.end - f.begin);
  f.confidence = std::clamp(r.confidence, 0.0, 1.0);
  for (const Figure& g : figures_) {
    if (g.kind == f.kind && g.actor == f.actor && g.value == f.value && g.begin < f.end &&
        f.begin < g.end) {
      return;
    }
  }
  figures_.push_back(f);
  out->push_back(std::move(f));
}

void FigureSentence::SetActor(int match, ActorHit* actor) const {
  if (match < 0) return;
  actor->match = match;
  actor->role = actors_.RoleOf(actor_matches_[match].payload);
  actor->begin = actor_matches_[match].begin;
  actor->end = actor_matches_[match].end;
}

// A disease word within kDiseaseWindow tokens of quantity q: "more than 13,000 deaths from
// Covid-19", "mehr als 13.000 Menschen nach einer Corona-Infektion", "hit hard by the pandemic
// and has recorded more than 130,000 deaths".
bool FigureSentence::NearDisease(size_t q) const {
  constexpr uint32_t kDiseaseWindow = 8;
  const uint32_t lo = q_first_[q] > first_ + kDiseaseWindow ? q_first_[q] - kDiseaseWindow : first_;
  const uint32_t hi = std::min(end_, q_end_[q] + kDiseaseWindow);
  for (uint32_t t = lo; t < hi; ++t) {
    const int m = word_at_[t - first_];
    if (m >= 0 && words_.Find(word_matches_[m].payload, FigureWordClass::kDisease)) return true;
  }
  return false;
}

void FigureSentence::ReadQuantity(size_t q, std::vector<Figure>* out) {
  Reading r;
  if (!Classify(q, &r)) return;
  if (r.kind.kind.empty() && !Fallback(q, &r)) return;
  if (!Settle(q, &r)) return;
  // Deaths and hospital cases of an illness are no casualties of the event.
  if ((r.kind.kind == "killed" || r.kind.kind == "hospitalized") && NearDisease(q)) return;
  Emit(q, r, out);
}

void FigureSentence::Read(std::vector<Figure>* out) {
  for (size_t q = 0; q < quantities_.size(); ++q) ReadQuantity(q, out);
}

}  // namespace newsloom::extract_internal
