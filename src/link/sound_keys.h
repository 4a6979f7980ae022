// Sound keys: coarse consonant skeletons on which a person's name written in an abjad (Arabic,
// Hebrew) or in Chinese characters meets its spellings in alphabets, where transliteration
// alone does not reach:
//   - an abjad leaves out short vowels, so ICU's "حسني مبارك" is "hsny mbark" where English
//     writes "Hosni Mubarak": both have the abjad skeleton "hsn mbrk";
//   - Chinese writes a foreign name syllable by syllable, so "托卡耶夫" is the pinyin
//     "tuo ka ye fu" where English writes "Tokayev": both have the Han skeleton "TKF".
// The keys are lossy on purpose ("Hassan" and "Hussein" share "hsn"); the linker uses them
// only between names of different writing systems, and only for names with enough consonants
// (kMinAbjadSurname, kMinHanKey).
//
// Input is the ASCII Latin key of a word (text/transliterator.h LatinKeyer: lower case, may
// hold spaces between pinyin syllables and stray marks such as "ʿ").
//
// Thread safety: every function here is pure and thread-safe.
#ifndef NEWSLOOM_LINK_SOUND_KEYS_H_
#define NEWSLOOM_LINK_SOUND_KEYS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsloom::link {

// The writing system a name is written in, as far as cross-script matching cares.
enum class Writing : unsigned char {
  kAlphabet,  // Latin, Cyrillic, Greek, ...: vowels written, one letter per sound or so
  kAbjad,     // Arabic, Hebrew: short vowels left out
  kHan,       // Chinese characters: a foreign name is a string of syllables
};

// The writing of a name from the ISO 15924 code of its script (name_folding.h ScriptOf):
// "Arab", "Hebr", "Syrc", "Thaa" -> kAbjad; "Hani" -> kHan; anything else -> kAlphabet.
Writing WritingOf(std::string_view script);

inline constexpr size_t kMinAbjadSurname = 3;  // consonants of a surname's abjad skeleton
// Consonants of all the words' skeletons, for names of 3+ words with a shorter surname.
inline constexpr size_t kMinAbjadFullName = 7;
inline constexpr size_t kMinHanKey = 3;  // classes of a Han skeleton

// The abjad skeleton of one word's key, the same whichever side it comes from:
//   1. letters only; German dsch/tsch/sch -> j/ch/sh ("Dschamil", "Schammari"); a leading
//      article "al"/"el" is dropped from a word of 5+ letters ("albradʿy", "elbaradei" ->
//      "brady", "baradei");
//   2. kh -> h, gh -> g, sh/ch -> s, th -> t, dh -> d, ph -> f, dj -> j, q/c -> k, x -> ks,
//      v -> f, p -> b, g -> j (Arabic has no p, v or hard g);
//   3. vowels, y and w are dropped (an abjad writes long vowels with y/w, short ones not at
//      all); doubled letters collapse.
// "mubarak", "mbark" -> "mbrk"; "hosni", "hsny" -> "hsn"; "rouhani", "rwhany" -> "rhn".
// "" for an article ("al", "el") or a word without consonants.
std::string AbjadSkeleton(std::string_view ascii_word);

// The Han skeleton of a word spelled in an alphabet (its ASCII key), in sound classes shared
// with HanSkeletonOfPinyin: b/p -> B, d/t -> T, g/k/q/c (before a, o, u or a consonant) -> K,
// f/v/w (not first) -> F, s/z/c (before e, i, y)/sh/ch/zh/j/x (as ks: K then S) -> S,
// l/r -> L, m -> M, n -> N, h/kh -> H; vowels and y are dropped, a first w too; repeated
// classes collapse. "tokayev" -> "TKF", "nazarbayev" -> "NSLBF", "pashinyan" -> "BSN".
std::string HanSkeletonOfLatin(std::string_view ascii_word);

// The Han skeleton of a Chinese transcription's pinyin key ("tuo ka ye fu" -> "TKF"):
// syllable initials b/p -> B, d/t -> T, g/k -> K, f/w (not first) -> F, s/z/c/sh/zh/ch/j/q/x/r
// -> S, l -> L, m -> M, n -> N, h -> H, y and a first w dropped; the syllable "er" -> L; a
// final n or ng -> N. Repeated classes collapse.
std::string HanSkeletonOfPinyin(std::string_view pinyin);

// True for a name in Chinese characters that reads as a Chinese name rather than a
// transcription of a foreign one: 2 or 3 characters, the first a common Chinese surname
// (text/chinese_names.h; "习近平"; "林鄭月娥" is 4 and so not). Such names are matched as
// they are (pinyin keys).
bool LooksLikeChineseName(std::string_view han);

}  // namespace newsloom::link

#endif  // NEWSLOOM_LINK_SOUND_KEYS_H_
