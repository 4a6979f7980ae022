// The nominative of a person's name written in an oblique case of Russian, Ukrainian,
// Belarusian or Polish, so that an article that only ever names someone in the genitive or
// the instrumental ("заявление Олександра Лукашенка", "rozmowa z Arsenijem Jaceniukiem") still
// gives the name as a reader would look it up ("Олександр Лукашенко", "Arsenij Jaceniuk").
//
// Method: the last word is the surname, the words before it given names (a Russian middle word
// in -вич/-вна is a patronymic). A reading is a gender and a case; under it, every word must end
// in one of that case's endings for its role, which maps it back to the nominative (-ського ->
// -ський, -енка -> -енко, -ією -> -ія, -skiego -> -ski, -iem -> "", -ę -> -a). Readings are
// scored: +4 when the given name they give is a known name of their gender
// (data/lexicons/given_names.tsv), +2 for the nominative, +1 for an ending only one gender has
// (-ом, -ського, "-ая" of Николая), +1 when every reading gives the same words, +3/-3 for the
// masculine/feminine reading when `other_mentions` hold a consonant-final shortening of the
// surname ("Песков" next to "Дмитрия Пескова"), and -4 for an oblique reading whose given name
// is unknown while the written one is a known name of the other gender ("Agata Duda" is no
// genitive). The best reading scoring 1 or more wins; ties go to the nominative, then masculine,
// then genitive, instrumental, dative, accusative, locative. So "Світлана Тихановська", "Andrzej
// Duda" and "Marta Lempart" stay; "Дмитрия Пескова" becomes "Дмитрий Песков" (Дмитрий is known,
// "Дмитрия" is no known woman's name). Ukrainian given names in -о (Михайла -> Михайло), the
// Polish fleeting e (Pawła -> Paweł, Marka -> Marek) and Polish apostrophe endings of foreign
// names (Charles'a -> Charles; such a name is never read as a nominative) are handled.
//
// Names in other languages, of one word or more than four, in capitals, or with words that fit
// no reading come back unchanged, and so do ambiguous ones ("Валерия Лапина", a woman's name or
// the genitive of Валерий Лапин, without a lone "Лапин" elsewhere): the safe side.
// Thread safety: a pure function.
#ifndef NEWSLOOM_EXTRACT_SLAVIC_NAMES_H_
#define NEWSLOOM_EXTRACT_SLAVIC_NAMES_H_

#include <span>
#include <string>
#include <string_view>

namespace newsloom {

// True for the languages NominativePersonName changes names in: ru, uk, be, pl.
bool DeclinesPersonNames(std::string_view lang);

// `name` ("Given [Given|Patronymic] Surname", words separated by single spaces) in the
// nominative; `lang` is the article's language. `other_mentions` are other texts that name the
// same person in the article (lone surnames), used only as evidence of gender.
std::string NominativePersonName(std::string_view name, std::string_view lang,
                                 std::span<const std::string> other_mentions = {});

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_SLAVIC_NAMES_H_
