// EntityTagger: the persons and organizations an analysed article names (facts.h NamedEntity),
// in any of the corpus languages (en nl nb da sv de fr es it pl ru uk tr ar zh).
//
// Method (rule-based, deterministic, one pass over the tokens plus grouping):
//   1. Known bodies and news agencies (data/lexicons/organizations.tsv, agencies.tsv) are
//      matched first, in every form the lexicon lists ("OSCE", "ОБСЕ", "AGİT", "联合国"); their
//      NamedEntity::name is the lexicon's canonical English name (mentions keep the text).
//      Forms also match with a Polish or Cyrillic case ending ("Biełsatu", "Мемориала"), after
//      an elided article ("l'OSCE") or an Arabic clitic ("للحزب", "والوكالة"), and all-capital
//      forms of 4+ letters written as a word ("Cgil", "Isna"). A one-word form is skipped where
//      it is a common word (sentence-initial, also written in lower case: "Podemos hablar"), a
//      surname after a given name ("Peter Tesla") or the complement of a capitalised head
//      ("Ministry of Labour"). Han forms are found leftmost-longest, one hash lookup per
//      character.
//      National institutions (entity_institutions.tsv: "МВД", "Innenministerium", "health
//      ministry") are named by an English pattern and their country: a demonym before the
//      mention, a place of the geotag next to it, else the article's main country
//      ("Kazakh Interior Ministry", "Security Council of Kazakhstan").
//   2. Capitalised chains (cased scripts): runs of capitalised words, joined by name particles
//      ("van", "al-", "de") and, for organizations, by "of"/"de"/"für"... A chain that holds an
//      organization head word (entity_words.tsv: Ministry, Party, партия, ministerie...) is an
//      organization ("Bishkek City Hall" too, even though it starts with a place). Otherwise
//      leading role words (roles.tsv: "President", "oud-premier", "президент") fill the role,
//      place mentions from `geo`, months, weekdays, nationalities, function words and
//      sentence-initial words that also occur in lower case are cut off, and what is left is a
//      person when it has 2-4 name words, or one word after a role word. All-caps words of 2-6
//      letters that are not places or Roman numerals are acronym organizations. Name
//      boundaries: a Slavic genitive after the head stays in ("Strajk Rolników"), Romance names
//      keep the words after a leading head ("Policlinico Gemelli"), a regnal or channel number
//      ends a name ("Umberto I", "Radio 1"); a lone compound noun with a head is a common noun
//      in German ("Übergangsregierung").
//   3. Uncased scripts: Arabic names after a role word ("الرئيس حسني مبارك"); Chinese names
//      before or after a role word ("总统托卡耶夫", "托卡耶夫总统") and transliterated names
//      joined by "·".
//   4. Grouping: an acronym in parentheses after an organization ("Peace and Democracy Party
//      (BDP)") joins it, and so do its later mentions. Mentions of one person are grouped by
//      surname, so "Jeenbekov" joins
//      "Sooronbay Jeenbekov" and inflected forms ("Атамбаева", "Erdoğan'ın") join their base
//      form. The entity's name is its fullest mention.
//   5. Sources: an agency or broadcaster cited as the source ("(Reuters)", "according to AP",
//      "сообщает ТАСС", "Foto: X / AFP") gets source=true, as do persons named in a byline
//      ("By John Smith") or photo credit.
// Output: entities in order of first mention; entity_id and display_name are left empty.
//
// Cost (entity_tagger_benchmark, Release, one core, 3 KB article): ~60 µs English, ~35 µs
// Russian, ~170 µs Chinese CPU time, with 600+ known bodies (their number hardly matters: every
// lookup is a hash lookup).
// Thread safety: Tag is const and safe to call concurrently; Default() is built once
// (thread-safe static) and never deleted. Offsets are byte offsets into AnalyzedDocument::text.
#ifndef NEWSLOOM_EXTRACT_ENTITY_TAGGER_H_
#define NEWSLOOM_EXTRACT_ENTITY_TAGGER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/entity_lexicon.h"
#include "extract/facts.h"
#include "extract/geotagger.h"
#include "text/analyzed_document.h"

namespace newsloom {

class EntityTagger {
 public:
  // The tagger over the lexicons compiled into the binary (data/lexicons/roles.tsv,
  // organizations.tsv, agencies.tsv, entity_words.tsv, entity_institutions.tsv,
  // entity_demonyms.tsv). Never deleted.
  static const EntityTagger& Default();

  explicit EntityTagger(EntityLexicon lexicon) : lexicon_(std::move(lexicon)) {}

  // Persons and organizations of `doc` (entity_id/display_name left empty). `geo` (may be
  // null) gives the place mentions found by the geotagger so a place is not taken for a
  // person or organization (but "Bishkek City Hall" is an organization).
  std::vector<NamedEntity> Tag(const AnalyzedDocument& doc, const Geotag* geo) const;

  const EntityLexicon& lexicon() const { return lexicon_; }

 private:
  EntityLexicon lexicon_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_EXTRACT_ENTITY_TAGGER_H_
