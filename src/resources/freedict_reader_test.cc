#include "resources/freedict_reader.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsloom {
namespace {

using testing::ElementsAre;

TEST(FreeDict, DecodesBase64Numbers) {
  EXPECT_EQ(DecodeDictdNumber("A"), 0u);
  EXPECT_EQ(DecodeDictdNumber("b"), 27u);
  EXPECT_EQ(DecodeDictdNumber("8m"), 60u * 64 + 38);
  EXPECT_FALSE(DecodeDictdNumber("a$").has_value());
  EXPECT_FALSE(DecodeDictdNumber("").has_value());
}

TEST(FreeDict, DefinitionFormats) {
  EXPECT_THAT(ParseFreeDictDefinition("opstand /op/ <n>\nrevolt, uprising <n> [Am.]\n"),
              ElementsAre("revolt", "uprising"));
  // Numbered senses with glosses between them (pol-eng style).
  EXPECT_THAT(ParseFreeDictDefinition("burza /b/ <n>\n1. storm\n(meteo) gloss in polish\n"
                                      "2. tempest, gale\nanother gloss\n"),
              ElementsAre("storm", "tempest", "gale"));
  // A gloss after a single translation line is not a translation (eng-nor style).
  EXPECT_THAT(ParseFreeDictDefinition("riot /r/ <n>\nopptøyer\nviolent disturbance\n"),
              ElementsAre("opptøyer"));
  // Indented notes end an unnumbered definition.
  EXPECT_THAT(ParseFreeDictDefinition("Aufruhr <m>\nriot (n); tumult\n   Synonym: {Krawall}\n"),
              ElementsAre("riot", "tumult"));
  EXPECT_TRUE(ParseFreeDictDefinition("lonely header").empty());
}

TEST(FreeDict, ParsesIndexAgainstDict) {
  std::string dict = "00-database-info\nxx\nstorm /s/\nburza\nvuur /v/\nfire, blaze\n";
  // "storm" entry starts at byte 20 (U), length 16 (Q); "vuur" at 36 (k), length 21 (V).
  std::string index = "00databaseinfo\tA\tU\nstorm\tU\tQ\nvuur\tk\tV\n";
  auto entries = ParseFreeDict(index, dict, "t.index");
  ASSERT_TRUE(entries.ok()) << entries.status();
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].headword, "storm");
  EXPECT_THAT((*entries)[0].translations, ElementsAre("burza"));
  EXPECT_THAT((*entries)[1].translations, ElementsAre("fire", "blaze"));

  auto outside = ParseFreeDict("x\tA\t//\n", dict, "t.index");
  ASSERT_FALSE(outside.ok());
  EXPECT_THAT(std::string(outside.status().message()), testing::HasSubstr("t.index:1:"));
  EXPECT_FALSE(ParseFreeDict("x\tA\n", dict, "t.index").ok());
}

}  // namespace
}  // namespace newsloom
