#include "extract/event_lexicon.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <utility>

#include "core/strings.h"
#include "core/tsv.h"
#include "spdlog/spdlog.h"
#include "text/stemmer.h"

namespace newsloom {

extern const std::string_view kEventTriggersTsv;

namespace {

constexpr std::string_view kCueNames[kTriggerCueCount] = {
    "protest",   "protester",  "strike",       "hunger",      "occupy",    "riot",     "violent",
    "clash",     "storm",      "arson",        "loot",        "vandal",    "throw",    "barricade",
    "mob",       "teargas",    "rubberbullet", "watercannon", "disperse",  "beat",     "shoot",
    "kill",      "injure",     "police",       "curfew",      "emergency", "arrest",   "troops",
    "bomb",      "airstrike",  "shelling",     "suicide",     "grenade",   "landmine", "chemical",
    "battle",    "armedgroup", "capture",      "retake",      "abduct",    "sexual",   "massacre",
    "agreement", "nonevent"};

Status ParseMatch(std::string_view s, TriggerMatch* m) {
  if (s == "word") {
    *m = TriggerMatch::kWord;
  } else if (s == "prefix") {
    *m = TriggerMatch::kPrefix;
  } else if (s == "sub") {
    *m = TriggerMatch::kSub;
  } else {
    return absl::InvalidArgumentError("unknown match mode '" + std::string(s) + "'");
  }
  return Status();
}

Status ParseCue(std::string_view s, TriggerCue* cue) {
  for (int i = 0; i < kTriggerCueCount; ++i) {
    if (kCueNames[i] == s) {
      *cue = static_cast<TriggerCue>(i);
      return Status();
    }
  }
  return absl::InvalidArgumentError("unknown cue '" + std::string(s) + "'");
}

Status ParseWeight(std::string_view s, double* weight) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *weight);
  if (ec != std::errc() || end != s.data() + s.size() || !(*weight > 0) || *weight > 10) {
    return absl::InvalidArgumentError("weight must be a number in (0, 10]");
  }
  return Status();
}

// Fills `e` from the five columns of one line.
Status ParseColumns(const std::vector<std::string_view>& cols, TriggerEntry* e) {
  if (cols.size() != 5) return absl::InvalidArgumentError("expected 5 tab-separated columns");
  e->lang = std::string(cols[0]);
  if (e->lang.empty()) return absl::InvalidArgumentError("empty language");
  NL_RETURN_IF_ERROR(ParseMatch(cols[2], &e->match));
  NL_RETURN_IF_ERROR(ParseCue(cols[3], &e->cue));
  NL_RETURN_IF_ERROR(ParseWeight(cols[4], &e->weight));
  for (std::string_view w : SplitView(cols[1], ' ')) {
    if (w.empty()) return absl::InvalidArgumentError("empty word in phrase");
    e->words.push_back(extract_internal::FoldTrigger(w));
  }
  if (e->words.empty()) return absl::InvalidArgumentError("empty phrase");
  if (e->words.front() == "*" || e->words.back() == "*") {
    return absl::InvalidArgumentError("a phrase cannot begin or end with '*'");
  }
  if (e->match == TriggerMatch::kSub && e->words.front().size() < 2) {
    return absl::InvalidArgumentError("sub word '" + e->words.front() + "' shorter than 2 bytes");
  }
  if (e->match == TriggerMatch::kPrefix && e->words.front().size() < 4) {
    return absl::InvalidArgumentError("prefix '" + e->words.front() + "' shorter than 4 bytes");
  }
  return Status();
}

void Add(EventLexicon::LangIndex* index, const TriggerEntry* e) {
  const std::string& first = e->words.front();
  switch (e->match) {
    case TriggerMatch::kWord:
      index->by_word[first].push_back(e);
      index->word_keys.Add(first);
      if (e->stems.front() != first) {
        index->by_stem[e->stems.front()].push_back(e);
        index->stem_keys.Add(e->stems.front());
      }
      break;
    case TriggerMatch::kPrefix: {
      const uint32_t id = index->prefix_trie.Add(first);
      if (id >= index->by_prefix.size()) index->by_prefix.resize(id + 1);
      index->by_prefix[id].push_back(e);
    } break;
    case TriggerMatch::kSub:
      index->sub.push_back(e);
      {
        const uint16_t key = extract_internal::SubKey(first.data());
        index->sub_by_key[key].push_back(e);
        index->sub_key_bits[key >> 6] |= uint64_t{1} << (key & 63);
      }
      break;
  }
}

}  // namespace

namespace extract_internal {

std::string FoldTrigger(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace extract_internal

std::string_view TriggerCueName(TriggerCue cue) {
  const int i = static_cast<int>(cue);
  return i >= 0 && i < kTriggerCueCount ? kCueNames[i] : std::string_view("?");
}

StatusOr<std::unique_ptr<EventLexicon>> EventLexicon::Parse(std::string_view tsv,
                                                            std::string_view name) {
  std::unique_ptr<EventLexicon> lex(new EventLexicon());
  text_analysis::StemmerSet stemmers;
  size_t line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StripAsciiWhitespace(line).empty() || line[0] == '#') continue;
    auto e = std::make_unique<TriggerEntry>();
    e->line = static_cast<uint32_t>(line_no);
    Status s = ParseColumns(SplitView(line, '\t'), e.get());
    if (!s.ok()) return TsvLineError(name, line_no, StdView(s.message()));
    for (const std::string& w : e->words) {
      e->stems.push_back(e->match == TriggerMatch::kWord && w != "*" ? stemmers.Stem(e->lang, w)
                                                                     : w);
    }
    lex->entries_.push_back(std::move(e));
  }
  lex->Index();
  return lex;
}

const EventLexicon& EventLexicon::Default() {
  static const EventLexicon* lex = [] {
    auto parsed = Parse(kEventTriggersTsv, "data/lexicons/event_triggers.tsv");
    if (!parsed.ok()) {
      spdlog::critical("embedded event lexicon: {}", parsed.status().ToString());
      std::abort();
    }
    return parsed->release();
  }();
  return *lex;
}

void EventLexicon::Index() {
  for (const auto& e : entries_) {
    Add(&by_lang_[e->lang], e.get());
    Add(&all_, e.get());
  }
}

const EventLexicon::LangIndex* EventLexicon::IndexOf(std::string_view lang) const {
  if (lang == "nn" || lang == "no") lang = "nb";
  const auto it = by_lang_.find(AbslView(lang));
  return it == by_lang_.end() ? &all_ : &it->second;
}

bool EventLexicon::HasLanguage(std::string_view lang) const {
  return by_lang_.contains(AbslView(lang));
}

std::vector<const TriggerEntry*> EventLexicon::EntriesOf(std::string_view lang) const {
  std::vector<const TriggerEntry*> out;
  for (const auto& e : entries_) {
    if (e->lang == lang) out.push_back(e.get());
  }
  return out;
}

}  // namespace newsloom
