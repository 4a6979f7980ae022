#include "dedup/deduplicator.h"

#include <cctype>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

using ::testing::Optional;

// A ~270-word report by one outlet (fictional event, written for this test).
constexpr char kOriginal[] =
    "Floodwaters swept through the river town of Valdermoor on Tuesday night after three days "
    "of heavy rain, killing at least seven people and forcing more than two thousand residents "
    "from their homes, regional officials said on Wednesday. The Karsa river burst its banks "
    "shortly before midnight, and water rose to the first floor of houses in the old quarter "
    "within an hour. Rescue crews in rubber boats worked through the night to reach families "
    "stranded on rooftops. \"We heard the sirens, but the water was already at the door,\" said "
    "Mira Tolvanen, a baker who spent the night in the attic with her two children. The "
    "regional governor, Anders Hollick, declared a state of emergency and asked the national "
    "government to send army engineers to reinforce the dykes downstream. Four of the dead were "
    "found in a car that had been swept off the bridge near the railway station, police said. "
    "Two elderly residents drowned in their homes and a volunteer firefighter died when his "
    "boat capsized. At least nineteen people were treated in hospital for injuries and "
    "hypothermia. Schools across the district will stay closed until Friday, and the railway "
    "line to the capital has been suspended because a section of track was washed away. "
    "Meteorologists warned that more rain is expected over the weekend, and the water level at "
    "the dam upstream remains close to its limit. Residents of low-lying villages along the "
    "river have been told to prepare for evacuation. The town was last flooded in 1998, when "
    "the river rose almost as high and two people died.";

// Another outlet's own report of the same event: same names, figures and a few phrases.
constexpr char kOtherOutlet[] =
    "At least seven people have died in Valdermoor after the Karsa river overflowed late on "
    "Tuesday, authorities confirmed. Governor Anders Hollick declared a state of emergency on "
    "Wednesday morning and appealed for help from army engineers. More than two thousand people "
    "have been evacuated from the old quarter and nearby streets, where the water reached the "
    "first floor of many buildings. Police said four victims were found inside a car swept off "
    "the bridge near the railway station. A volunteer firefighter drowned when his boat "
    "overturned during the rescue, and two elderly people died in their homes. Nineteen people "
    "are in hospital. Mira Tolvanen, who runs a bakery in the town centre, told reporters she "
    "had sheltered in her attic with her children as the water rose. \"The sirens came too "
    "late,\" she said. Hospitals in the region said they were treating people for hypothermia "
    "and cuts. Train services to the capital were cancelled after part of the track was washed "
    "away, and schools in the district remain shut until Friday. Forecasters expect further "
    "heavy rain this weekend, raising fears for the dam upstream, which is close to capacity. "
    "Villages downstream have been warned that they may have to be evacuated. It is the worst "
    "flooding in the area since 1998.";

// Test tokenizer: ASCII letters and digits, lower-cased.
std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

std::optional<std::string> AddText(Deduplicator& dedup, std::string_view id,
                                   std::string_view text) {
  std::vector<std::string> words = Tokenize(text);
  return dedup.Add(id, Views(words));
}

double Estimate(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = Tokenize(a), wb = Tokenize(b);
  return Signature::Compute(Views(wa)).EstimateJaccard(Signature::Compute(Views(wb)));
}

std::string Replace(std::string text, std::string_view from, std::string_view to) {
  size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

constexpr char kRescueSentence[] =
    "Rescue crews in rubber boats worked through the night to reach families stranded on "
    "rooftops.";
constexpr char kRescueEdited[] =
    "Through the night, rescue teams using inflatable boats tried to reach families trapped on "
    "their roofs.";
constexpr char kExtraSentence[] =
    " Volunteers from neighbouring towns arrived on Wednesday morning with food, blankets, "
    "drinking water and dry clothes for the evacuated families.";

TEST(DeduplicatorTest, RepublishedCopiesAreDuplicatesOtherReportsAreNot) {
  const std::string original = kOriginal;
  const std::string headline =
      "Deadly floods hit Valdermoor as the Karsa bursts its banks\n\n" + original;
  const std::string extra = Replace(original, "stranded on rooftops.",
                                    std::string("stranded on rooftops.") + kExtraSentence);
  const std::string edited = Replace(original, kRescueSentence, kRescueEdited);
  const std::string all_three =
      "Seven dead in Valdermoor floods\n\n" + Replace(extra, kRescueSentence, kRescueEdited);

  for (const std::string* copy : {&headline, &extra, &edited, &all_three}) {
    EXPECT_GT(Estimate(original, *copy), 0.75);
  }
  EXPECT_LT(Estimate(original, kOtherOutlet), 0.1);
  std::printf(
      "estimated Jaccard: headline %.2f, extra sentence %.2f, edited sentence %.2f, "
      "all three %.2f, other outlet %.2f\n",
      Estimate(original, headline), Estimate(original, extra), Estimate(original, edited),
      Estimate(original, all_three), Estimate(original, kOtherOutlet));

  Deduplicator dedup;
  EXPECT_EQ(AddText(dedup, "a", original), std::nullopt);
  EXPECT_EQ(AddText(dedup, "other-outlet", kOtherOutlet), std::nullopt);
  EXPECT_THAT(AddText(dedup, "headline", headline), Optional(std::string("a")));
  EXPECT_THAT(AddText(dedup, "extra", extra), Optional(std::string("a")));
  EXPECT_THAT(AddText(dedup, "edited", edited), Optional(std::string("a")));
  EXPECT_THAT(AddText(dedup, "all-three", all_three), Optional(std::string("a")));
  EXPECT_EQ(dedup.size(), 6u);
}

TEST(DeduplicatorTest, ExactCopyIsReportedAsExact) {
  Deduplicator dedup;
  AddText(dedup, "a", kOriginal);
  // Punctuation and case do not matter: the tokens are the same.
  std::string shouting = kOriginal;
  for (char& c : shouting) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::vector<std::string> words = Tokenize(shouting + "!!!");
  std::vector<DedupMatch> matches = dedup.FindMatches(Signature::Compute(Views(words)));
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].id, "a");
  EXPECT_TRUE(matches[0].exact);
  EXPECT_EQ(matches[0].jaccard, 1.0);
  EXPECT_THAT(dedup.Add("b", Views(words)), Optional(std::string("a")));
}

// Random words, so that overlapping windows of one list give controlled similarities.
std::vector<std::string> RandomWords(size_t n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) out.push_back("w" + std::to_string(rng() % 100000));
  return out;
}

std::vector<std::string_view> Window(const std::vector<std::string>& words, size_t begin,
                                     size_t end) {
  return std::vector<std::string_view>(words.begin() + begin, words.begin() + end);
}

TEST(DeduplicatorTest, ChainsResolveToTheRoot) {
  const std::vector<std::string> w = RandomWords(600, 1);
  Deduplicator dedup;
  // Each window shifts by 40 words: neighbours have Jaccard 0.82, a and d only 0.54.
  EXPECT_EQ(dedup.Add("a", Window(w, 0, 400)), std::nullopt);
  EXPECT_THAT(dedup.Add("b", Window(w, 40, 440)), Optional(std::string("a")));
  EXPECT_THAT(dedup.Add("c", Window(w, 80, 480)), Optional(std::string("a")));
  EXPECT_THAT(dedup.Add("d", Window(w, 120, 520)), Optional(std::string("a")));
  EXPECT_LT(Signature::Compute(Window(w, 0, 400))
                .EstimateJaccard(Signature::Compute(Window(w, 120, 520))),
            0.6);
  EXPECT_THAT(dedup.DuplicateOf("c").value(), Optional(std::string("a")));
  EXPECT_EQ(dedup.DuplicateOf("a").value(), std::nullopt);
  EXPECT_EQ(dedup.DuplicateOf("zzz").status().code(), absl::StatusCode::kNotFound);
}

TEST(DeduplicatorTest, ReturnsTheEarliestRootAndDependsOnOrder) {
  const std::vector<std::string> w = RandomWords(600, 2);
  // x and y overlap too little (0.48) to be duplicates; z overlaps both by 0.70.
  auto x = Window(w, 0, 400), y = Window(w, 140, 540), z = Window(w, 70, 470);
  {
    Deduplicator dedup;
    EXPECT_EQ(dedup.Add("x", x), std::nullopt);
    EXPECT_EQ(dedup.Add("y", y), std::nullopt);
    EXPECT_THAT(dedup.Add("z", z), Optional(std::string("x")));
    EXPECT_EQ(dedup.FindMatches(Signature::Compute(z)).size(), 3u);
  }
  {
    Deduplicator dedup;
    EXPECT_EQ(dedup.Add("y", y), std::nullopt);
    EXPECT_EQ(dedup.Add("x", x), std::nullopt);
    EXPECT_THAT(dedup.Add("z", z), Optional(std::string("y")));
  }
}

TEST(DeduplicatorTest, ReAddingAnIdReturnsTheRecordedAnswer) {
  Deduplicator dedup;
  AddText(dedup, "a", kOriginal);
  EXPECT_THAT(AddText(dedup, "b", kOriginal), Optional(std::string("a")));
  // Same id, other text: the first signature stays.
  EXPECT_THAT(AddText(dedup, "b", kOtherOutlet), Optional(std::string("a")));
  EXPECT_EQ(AddText(dedup, "a", kOtherOutlet), std::nullopt);
  EXPECT_EQ(dedup.size(), 2u);
  EXPECT_EQ(AddText(dedup, "c", kOtherOutlet), std::nullopt);
}

TEST(DeduplicatorTest, ArticlesWithoutTokensAreNeverDuplicates) {
  Deduplicator dedup;
  EXPECT_EQ(dedup.Add("a", std::vector<std::string_view>{}), std::nullopt);
  EXPECT_EQ(dedup.Add("b", std::vector<std::string_view>{}), std::nullopt);
  EXPECT_TRUE(dedup.FindMatches(Signature()).empty());
}

TEST(DeduplicatorTest, ReloadedSignaturesGiveTheSameAnswers) {
  const std::vector<std::string> w = RandomWords(5000, 3);
  std::vector<std::vector<std::string_view>> docs;
  for (size_t i = 0; i < 40; ++i) {
    const size_t begin = (i % 2 == 0) ? i * 100 : (i - 1) * 100 + 20;  // odd: copies previous
    docs.push_back(Window(w, begin, begin + 300));
  }
  Deduplicator first;
  std::vector<std::string> stored;
  std::vector<std::optional<std::string>> answers;
  for (size_t i = 0; i < 30; ++i) {
    Signature sig = Signature::Compute(docs[i]);
    stored.push_back(sig.Serialize());
    answers.push_back(first.AddSignature("doc" + std::to_string(i), sig));
  }
  Deduplicator reloaded;
  for (size_t i = 0; i < stored.size(); ++i) {
    auto sig = Signature::Parse(stored[i]);
    ASSERT_TRUE(sig.ok());
    EXPECT_EQ(reloaded.AddSignature("doc" + std::to_string(i), *sig), answers[i]);
  }
  for (size_t i = 30; i < docs.size(); ++i) {
    const std::string id = "doc" + std::to_string(i);
    EXPECT_EQ(reloaded.Add(id, docs[i]), first.Add(id, docs[i]));
  }
  int duplicates = 0;
  for (const auto& a : answers) duplicates += a.has_value();
  EXPECT_EQ(duplicates, 15);
}

TEST(DeduplicatorTest, OptionsAreValidated) {
  DedupOptions bad;
  bad.threshold = 0;
  EXPECT_EQ(Deduplicator::Create(bad).status().code(), absl::StatusCode::kInvalidArgument);
  bad = DedupOptions();
  bad.bands = 40;  // 40 x 4 > 128
  EXPECT_EQ(Deduplicator::Create(bad).status().code(), absl::StatusCode::kInvalidArgument);
  bad = DedupOptions();
  bad.max_candidates = 0;
  EXPECT_EQ(Deduplicator::Create(bad).status().code(), absl::StatusCode::kInvalidArgument);
  DedupOptions strict;
  strict.threshold = 0.99;
  auto dedup = Deduplicator::Create(strict);
  ASSERT_TRUE(dedup.ok());
  AddText(**dedup, "a", kOriginal);
  const std::string edited = Replace(kOriginal, kRescueSentence, kRescueEdited);
  EXPECT_EQ(AddText(**dedup, "b", edited), std::nullopt);
  EXPECT_THAT(AddText(**dedup, "c", kOriginal), Optional(std::string("a")));  // exact
}

TEST(DeduplicatorTest, MemoryPerArticleIsBounded) {
  const std::vector<std::string> w = RandomWords(200000, 4);
  Deduplicator dedup;
  for (size_t i = 0; i < 400; ++i) {
    dedup.Add("article-" + std::to_string(i), Window(w, i * 500, i * 500 + 500));
  }
  const size_t per_article = dedup.MemoryUsage() / dedup.size();
  EXPECT_GT(per_article, 600u);
  EXPECT_LT(per_article, 3000u);
}

}  // namespace
}  // namespace newsloom
