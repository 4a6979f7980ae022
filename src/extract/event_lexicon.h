// The event trigger lexicon (data/lexicons/event_triggers.tsv, embedded as kEventTriggersTsv):
// per language, the words and phrases that signal a kind of event evidence ("cue"): protest,
// riot, tear gas, shooting, curfew, arrest, airstrike, election result, ...
//
// Each entry is matched against the tokens of an AnalyzedDocument (event_trigger_matcher.h) in
// one of three modes:
//   word    token lower == the word, or token stem == the word's stem in the entry language
//   prefix  token lower starts with the word (a first word of at least 4 bytes): inflections
//           and compounds that begin with the word ("demonstrant" -> demonstranten, demonstrantów)
//   sub     the word occurs inside a token (German/Dutch compound heads: "krawall" in
//           Corona-Krawalle); in Chinese documents, anywhere in the sentence text
// A phrase is several words separated by spaces, matched on consecutive tokens with the same
// mode; the word "*" skips zero to three tokens ("set * fire").
//
// Thread safety: immutable after Parse; const methods are safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_EVENT_LEXICON_H_
#define NEWSLOOM_EXTRACT_EVENT_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/instance_id.h"
#include "core/status.h"
#include "extract/event_byte_trie.h"
#include "extract/event_key_filter.h"

namespace newsloom {

// Kinds of event evidence. The TSV names are the lower-case names in kTriggerCueNames order.
enum class TriggerCue : uint8_t {
  kProtest,       // protest, demonstration, rally, march (the act)
  kProtester,     // protesters, demonstrators, marchers (the people)
  kStrike,        // labour strike, walkout, general strike
  kHunger,        // hunger strike
  kOccupy,        // sit-in, occupation, blockade, encampment
  kRiot,          // riot, rioters, unrest, disturbances, Krawalle, беспорядки
  kViolent,       // violent, turned violent (qualifies a protest)
  kClash,         // clash, skirmish, street battle
  kStorm,         // storm a building, break into, seize a building
  kArson,         // set fire, torch, burn, ablaze, molotov
  kLoot,          // loot, plunder, ransack
  kVandal,        // smash, vandalize, damage property
  kThrow,         // throw stones, bottles, fireworks
  kBarricade,     // barricades
  kMob,           // mob, lynching, vigilantes
  kTeargas,       // tear gas, pepper spray
  kRubberBullet,  // rubber bullets, plastic bullets, pellets
  kWaterCannon,   // water cannon
  kDisperse,      // disperse, break up, crack down
  kBeat,          // beat, batons, truncheons
  kShoot,         // shoot, open fire, live ammunition, gunfire
  kKill,          // killed, dead, death toll
  kInjure,        // injured, wounded
  kPolice,        // police, security forces, riot police (actor words)
  kCurfew,        // curfew
  kEmergency,     // state of emergency, martial law
  kArrest,        // arrest, detain, custody
  kTroops,        // troops, army deployed, soldiers
  kBomb,          // bomb, explosion, blast, IED
  kAirstrike,     // airstrike, drone strike, bombing raid
  kShelling,      // shelling, artillery, rocket, missile
  kSuicide,       // suicide bomber
  kGrenade,       // grenade
  kLandmine,      // landmine, roadside bomb
  kChemical,      // chemical weapon, gas attack
  kBattle,        // battle, fighting, offensive, gunbattle
  kArmedGroup,    // rebels, militants, insurgents, militia
  kCapture,       // capture/seize territory, take control of a town
  kRetake,        // recapture, regain, liberate
  kAbduct,        // abduct, kidnap, disappear
  kSexual,        // rape, sexual assault
  kMassacre,      // massacre, attack on civilians, gunmen killed villagers
  kAgreement,     // ceasefire, peace deal, agreement signed
  kNonEvent,      // election result, won the vote, appointed, sworn in (calm political news)
  kCount          // number of cues (not a cue)
};
constexpr int kTriggerCueCount = static_cast<int>(TriggerCue::kCount);

// "protest", "teargas", ... (the TSV names).
std::string_view TriggerCueName(TriggerCue cue);

enum class TriggerMatch : uint8_t { kWord, kPrefix, kSub };

struct TriggerEntry {
  std::string lang;
  std::vector<std::string> words;  // ICU case-folded; "*" = skip 0..3 tokens
  std::vector<std::string> stems;  // word mode: stem of each word in `lang` (== word if none)
  TriggerMatch match = TriggerMatch::kWord;
  TriggerCue cue = TriggerCue::kProtest;
  double weight = 1.0;  // (0, 10]
  uint32_t line = 0;    // line in the TSV, for diagnostics
};

class EventLexicon {
 public:
  // Entries of one language, indexed by how their first word is matched.
  struct LangIndex {
    absl::flat_hash_map<std::string, std::vector<const TriggerEntry*>> by_word;  // lower
    absl::flat_hash_map<std::string, std::vector<const TriggerEntry*>> by_stem;  // stem
    // Prefix entries by their first word: the trie finds the words that begin a token in one
    // walk over its bytes; by_prefix[id] are the entries of trie key `id`.
    extract_internal::ByteTrie prefix_trie;
    std::vector<std::vector<const TriggerEntry*>> by_prefix;
    std::vector<const TriggerEntry*> sub;
    // Sub entries by extract_internal::SubKey of their first word, and one bit per key
    // present: text is scanned byte by byte, and the bit test skips almost every position.
    absl::flat_hash_map<uint16_t, std::vector<const TriggerEntry*>> sub_by_key;
    std::vector<uint64_t> sub_key_bits = std::vector<uint64_t>(65536 / 64);
    bool HasSubKey(uint16_t key) const { return sub_key_bits[key >> 6] >> (key & 63) & 1; }
    // Pre-tests of the keys of by_word and by_stem (no false negatives): the matcher tries
    // the maps only for tokens that pass.
    extract_internal::KeyFilter word_keys, stem_keys;
  };

  // Parses the TSV described in data/lexicons/event_triggers.tsv. `name` (a path) prefixes
  // errors: InvalidArgument "name:line: what is wrong" for a bad column count, unknown match
  // mode or cue, bad weight, empty word, a prefix entry whose first word is shorter than
  // 4 bytes, or a sub entry whose first word is shorter than 2 bytes.
  static StatusOr<std::unique_ptr<EventLexicon>> Parse(std::string_view tsv, std::string_view name);

  // The embedded lexicon; aborts (it is reviewed data, tested) if it does not parse.
  static const EventLexicon& Default();

  // The index of `lang` ("nn" falls back to "nb"); for a language without entries ("und"),
  // the union of all languages. Never null.
  const LangIndex* IndexOf(std::string_view lang) const;
  bool HasLanguage(std::string_view lang) const;
  std::vector<const TriggerEntry*> EntriesOf(std::string_view lang) const;
  size_t size() const { return entries_.size(); }
  // Names the lexicon's contents (core/instance_id.h) for the matcher's per-thread memos.
  uint64_t instance_id() const { return instance_.value(); }

 private:
  EventLexicon() = default;
  void Index();

  std::vector<std::unique_ptr<TriggerEntry>> entries_;
  absl::flat_hash_map<std::string, LangIndex> by_lang_;
  LangIndex all_;
  InstanceId instance_;
};

namespace extract_internal {
// The sub-index key: the first two bytes at `p` (which must have two readable bytes).
inline uint16_t SubKey(const char* p) {
  return static_cast<uint16_t>(static_cast<unsigned char>(p[0]) << 8 |
                               static_cast<unsigned char>(p[1]));
}
// ICU full case folding of UTF-8 `s`.
std::string FoldTrigger(std::string_view s);
}  // namespace extract_internal

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_EVENT_LEXICON_H_
