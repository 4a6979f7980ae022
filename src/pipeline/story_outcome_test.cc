#include "pipeline/story_outcome.h"

#include <string>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

// The shape ArticleToJson writes: id first, story_id and published before the text, the main
// event first in events[].
const std::string kUndated =
    R"({"id":"a1","title":"Curfew \"published\":null","published":null,"story_id":null,)"
    R"("text":"\"published\":null","events":[{"type":"Riots","date":"2021-03",)"
    R"("date_precision":"month","background":false},{"type":"Protests","date":null,)"
    R"("date_precision":null}]})";

StoryOutcome Outcome(const std::string& inferred, const std::string& day) {
  StoryOutcome o;
  o.story_id = "s_0123456789abcdef";
  if (!inferred.empty()) o.inferred_published = FuzzyDate::Parse(inferred);
  if (!day.empty()) o.event_day = FuzzyDate::Parse(day);
  return o;
}

TEST(StoryOutcomeTest, FillsStoryPublishedAndEventDay) {
  std::string line = kUndated;
  ApplyStoryOutcome(Outcome("2021-03", "2021-03-14"), /*with_story_id=*/true, &line);
  EXPECT_EQ(line, R"({"id":"a1","title":"Curfew \"published\":null",)"
                  R"("published":{"date":"2021-03","precision":"month","inferred":true},)"
                  R"("story_id":"s_0123456789abcdef","text":"\"published\":null",)"
                  R"("events":[{"type":"Riots","date":"2021-03-14","date_precision":"day",)"
                  R"("date_from_story":true,"background":false},{"type":"Protests","date":null,)"
                  R"("date_precision":null}]})");
  EXPECT_EQ(InferredPublished(line)->ToString(), "2021-03");
}

TEST(StoryOutcomeTest, WithoutStoryIdLeavesItNull) {
  std::string line = kUndated;
  ApplyStoryOutcome(Outcome("", "2021-03-14"), /*with_story_id=*/false, &line);
  EXPECT_NE(line.find(R"("story_id":null)"), std::string::npos);
  EXPECT_NE(line.find(R"("published":null,"story_id")"), std::string::npos);
  EXPECT_FALSE(InferredPublished(line));
}

TEST(StoryOutcomeTest, PatchingAgainReplacesWhatAnEarlierPatchWrote) {
  // A stored line patched in one run and again in a later one, when its story has grown.
  std::string once = kUndated;
  ApplyStoryOutcome(Outcome("2021-03", "2021-03-14"), false, &once);
  std::string twice = once;
  ApplyStoryOutcome(Outcome("2021-03", "2021-03-14"), false, &twice);
  EXPECT_EQ(twice, once);
  ApplyStoryOutcome(Outcome("2021-03-15", "2021-03-13"), false, &twice);
  std::string direct = kUndated;
  ApplyStoryOutcome(Outcome("2021-03-15", "2021-03-13"), false, &direct);
  EXPECT_EQ(twice, direct);
  EXPECT_EQ(InferredPublished(twice)->ToString(), "2021-03-15");
}

TEST(StoryOutcomeTest, OwnPublicationDateIsKept) {
  const std::string dated =
      R"({"id":"a2","published":{"date":"2021-03-15","precision":"day"},"story_id":null,)"
      R"("text":"x","events":[]})";
  std::string line = dated;
  ApplyStoryOutcome(Outcome("2021-03", ""), false, &line);
  EXPECT_EQ(line, dated);
  EXPECT_FALSE(InferredPublished(line));
}

TEST(StoryOutcomeTest, KeysInsideTheTextAreNeverPatched) {
  // The text comes before story_id and the facts: an article quoting JSON must keep its text.
  const std::string quoting =
      R"({"id":"a3","published":null,"text":"\"story_id\":null \"events\":[{\"date\":null,)"
      R"(\"date_precision\":null}] \"figures\":[]","story_id":null,"events":[{"type":"Riots",)"
      R"("date":null,"date_precision":null}],"figures":[{"kind":"killed"}]})";
  std::string line = quoting;
  StoryOutcome o = Outcome("2021-03", "2021-03-14");
  o.figures_json = "[]";
  ApplyStoryOutcome(o, /*with_story_id=*/true, &line);
  EXPECT_EQ(line,
            R"({"id":"a3","published":{"date":"2021-03","precision":"month","inferred":true},)"
            R"("text":"\"story_id\":null \"events\":[{\"date\":null,)"
            R"(\"date_precision\":null}] \"figures\":[]","story_id":"s_0123456789abcdef",)"
            R"("events":[{"type":"Riots","date":"2021-03-14","date_precision":"day",)"
            R"("date_from_story":true}],"figures":[]})");
}

TEST(StoryOutcomeTest, EventsAndFiguresReadAgainReplaceTheOldOnes) {
  std::string line = kUndated;
  StoryOutcome o = Outcome("2021-03-15", "2021-03-14");
  o.events_json = R"([{"type":"Protests","date":null,"date_precision":null,"background":false}])";
  ApplyStoryOutcome(o, /*with_story_id=*/false, &line);
  EXPECT_NE(line.find(R"("events":[{"type":"Protests","date":"2021-03-14","date_precision":"day",)"
                      R"("date_from_story":true,"background":false}]})"),
            std::string::npos)
      << line;
  EXPECT_TRUE(o.ChangesFacts());
  StoryOutcome only_figures;
  only_figures.figures_json = "[]";
  EXPECT_TRUE(only_figures.ChangesFacts());
}

TEST(StoryOutcomeTest, LineIds) {
  EXPECT_EQ(ArticleLineId(kUndated), "a1");
  EXPECT_EQ(ArticleLineId(R"({"id":"a\"b","text":""})"), "");
  EXPECT_EQ(ArticleLineId(R"({"title":"x"})"), "");
  EXPECT_EQ(ArticleLineId(R"({"id":"unterminated)"), "");
}

}  // namespace
}  // namespace newsloom
