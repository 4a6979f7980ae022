// Per-language abbreviations that end with a period but rarely end a sentence ("o.a.", "Dr.",
// "z.B.", "f.eks.", "т.е."), used to refine ICU's sentence breaks. The lists are deliberately
// short: words that often end sentences too ("etc.", "Inc.", "usw.") are left out.
//
// Thread safety: pure functions over static tables.
#ifndef NEWSLOOM_TEXT_ABBREVIATIONS_H_
#define NEWSLOOM_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace newsloom::text_analysis {

// True if `lower` (lower-cased, including the final ".") is an abbreviation in `lang` (a
// normalized tag). A few Latin-script titles ("dr.", "prof.", "st.") count in every language.
bool IsAbbreviation(std::string_view lang, std::string_view lower);

// True if `lang` writes ordinal numbers and day-of-month dates with a period ("3. Oktober").
bool WritesOrdinalDot(std::string_view lang);

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_ABBREVIATIONS_H_
