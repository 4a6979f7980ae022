// Event-date quality on the bundled sample corpus (data/samples) and, when present, the seeds
// (../shared/seeds): every gold article is read with the project's readers, analysed, and
// its event date picked with no event sentences (before the event stage is wired in). Set
// NEWSLOOM_DATES_VERBOSE=1 to print every article's answer.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "core/env.h"
#include "eval/gold.h"
#include "extract/date_extractor.h"
#include "extract/event_date.h"
#include "gtest/gtest.h"
#include "ingest/collecting_sink.h"
#include "ingest/ingest.h"
#include "text/analyzer.h"

namespace newsloom {
namespace {

struct Score {
  int total = 0;
  int correct = 0;
  int day_published = 0;  // articles whose publication date has a day
  int day_published_correct = 0;
  // Informative: with each gold story's most frequent day-precision answer given back to the
  // story's month-precision answers whose article names that day (FindMentionOfDay), as a
  // story stage could.
  int story_refined_correct = 0;
  double accuracy() const { return total == 0 ? 0 : static_cast<double>(correct) / total; }
};

Score ScoreCorpus(const std::string& dir) {
  auto gold = eval::LoadGold(Env::Default(), dir + "/gold.jsonl");
  EXPECT_TRUE(gold.ok()) << gold.status();
  if (!gold.ok()) return {};
  CollectingSink sink;
  EXPECT_TRUE(IngestPaths(Env::Default(), {dir}, IngestOptions(), &sink).ok());
  std::map<std::string, RawDocument> docs;
  for (RawDocument& d : sink.documents()) docs.emplace(d.id, d);
  auto analyzer = Analyzer::Create();
  EXPECT_TRUE(analyzer.ok());
  const bool verbose = std::getenv("NEWSLOOM_DATES_VERBOSE") != nullptr;
  const DateExtractor& extractor = DateExtractor::Default();
  Score score;
  struct Answer {
    std::string gold;
    std::string story;
    std::optional<DateMention> date;
    DateFacts facts;
  };
  std::vector<Answer> answers;
  for (const eval::GoldArticle& g : *gold) {
    if (!g.event_date) continue;
    const auto it = docs.find(g.id);
    if (it == docs.end()) {
      ADD_FAILURE() << "gold article " << g.id << " not read";
      continue;
    }
    const RawDocument& raw = it->second;
    auto doc = (*analyzer)->Analyze(raw.text, raw.lang_hint);
    EXPECT_TRUE(doc.ok());
    if (!doc.ok()) continue;
    const DateFacts facts = extractor.Extract(*doc, raw.published);
    const std::optional<DateMention> date = extractor.EventDate(*doc, facts, {}, raw.published);
    const std::string got = date ? date->date.ToString() : "-";
    const bool ok = date && date->precision == "day" && got == *g.event_date;
    ++score.total;
    score.correct += ok;
    answers.push_back({*g.event_date, g.event.value_or(g.id), date, facts});
    if (raw.published && raw.published->precision() == DatePrecision::kDay) {
      ++score.day_published;
      score.day_published_correct += ok;
    }
    if (verbose) {
      int bg = 0;
      for (uint8_t b : facts.flags.background) bg += b;
      std::printf("%s %-22s pub=%-10s gold=%s got=%s/%s via \"%s\" (bg %d/%zu)\n",
                  ok ? "OK  " : "MISS", g.id.c_str(),
                  raw.published ? raw.published->ToString().c_str() : "-", g.event_date->c_str(),
                  got.c_str(), date ? date->precision.c_str() : "",
                  date ? date->span.surface.c_str() : "", bg, facts.flags.background.size());
      if (std::getenv("NEWSLOOM_DATES_VERBOSE")[0] == '3') {
        for (size_t i = 0; i < doc->sentences.size(); ++i) {
          if (!facts.flags.background[i]) continue;
          const Sentence& st = doc->sentences[i];
          std::printf("      BG s%zu: %s\n", i,
                      doc->text.substr(st.begin, st.end - st.begin).c_str());
        }
      }
      if (std::getenv("NEWSLOOM_DATES_VERBOSE")[0] == '2') {
        for (const DateMention& m : facts.dates) {
          static constexpr const char* kRoles[] = {"",       " statement", " context",
                                                   " onset", " anterior",  " timestamp"};
          std::printf("      s%u%s %s/%s \"%s\"%s%s\n", m.span.sentence,
                      facts.flags.background[m.span.sentence] ? "bg" : "",
                      m.date.ToString().c_str(), m.precision.c_str(), m.span.surface.c_str(),
                      kRoles[static_cast<int>(m.role)], m.period_start ? " period" : "");
        }
      }
    }
  }
  std::map<std::string, std::map<std::string, int>> story_days;
  for (const Answer& a : answers) {
    if (a.date && a.date->precision == "day") ++story_days[a.story][a.date->date.ToString()];
  }
  for (const Answer& a : answers) {
    std::optional<DateMention> d = a.date;
    const auto& days = story_days[a.story];
    if (d && d->precision == "month" && !days.empty()) {
      const auto top = std::max_element(days.begin(), days.end(), [](const auto& x, const auto& y) {
        return x.second < y.second;
      });
      if (auto found = FindMentionOfDay(a.facts, *FuzzyDate::Parse(top->first))) d = found;
    }
    score.story_refined_correct += d && d->precision == "day" && d->date.ToString() == a.gold;
  }
  return score;
}

TEST(EventDateSamplesTest, ExactDayAccuracyOnSamples) {
  const Score s = ScoreCorpus(std::string(NEWSLOOM_SOURCE_DIR) + "/data/samples");
  std::printf("data/samples: event date exact day %d/%d = %.3f (published with a day: %d/%d)\n",
              s.correct, s.total, s.accuracy(), s.day_published_correct, s.day_published);
  std::printf("data/samples: with story days given back to weekday months: %d/%d\n",
              s.story_refined_correct, s.total);
  EXPECT_GE(s.total, 80);
  // Most sample articles carry a publication month only and name the event's day by its
  // weekday, which cannot give a day (date_extractor.h); the articles published with a day
  // are the measure of the resolution and ranking rules.
  // Without event sentences (the pipeline gives them) and story days, 0.33 and 25/29 when
  // written (statements, elections, a movement's first day ranked after the event's days).
  EXPECT_GE(s.accuracy(), 0.3);
  EXPECT_GE(s.day_published, 25);
  EXPECT_GE(static_cast<double>(s.day_published_correct) / s.day_published, 0.8);
}

TEST(EventDateSamplesTest, ExactDayAccuracyOnSeeds) {
  const std::string seeds = std::string(NEWSLOOM_SOURCE_DIR) + "/../shared/seeds";
  if (!Env::Default()->FileExists(seeds + "/gold.jsonl")) {
    GTEST_SKIP() << "no seeds at " << seeds;
  }
  const Score s = ScoreCorpus(seeds);
  std::printf("seeds: event date exact day %d/%d = %.3f\n", s.correct, s.total, s.accuracy());
  EXPECT_GT(s.total, 0);
}

}  // namespace
}  // namespace newsloom
