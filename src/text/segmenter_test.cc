#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsloom::text_analysis {
namespace {

class SegmenterTest : public testing::Test {
 protected:
  void SetUp() override { segmenter_ = Segmenter::Create().value(); }

  void Run(const std::string& text, const std::string& lang) {
    text_ = text;
    ASSERT_TRUE(segmenter_->Segment(text_, lang, &sentences_, &tokens_).ok());
  }

  // Sentences as "p<paragraph>:<text>".
  std::vector<std::string> Sentences() const {
    std::vector<std::string> out;
    for (const Sentence& s : sentences_) {
      out.push_back("p" + std::to_string(s.paragraph) + ":" +
                    text_.substr(s.begin, s.end - s.begin));
    }
    return out;
  }

  // Tokens joined by "|", numbers marked "#", punctuation "^", symbols "$".
  std::string Tokens() const {
    std::string out;
    for (const Token& t : tokens_) {
      if (!out.empty()) out += "|";
      out += text_.substr(t.begin, t.end - t.begin);
      if (t.kind == TokenKind::kNumber) out += "#";
      if (t.kind == TokenKind::kPunct) out += "^";
      if (t.kind == TokenKind::kSymbol) out += "$";
    }
    return out;
  }

  // Every token belongs to exactly one sentence, in order, and lies inside it.
  void CheckStructure() const {
    uint32_t next = 0;
    for (const Sentence& s : sentences_) {
      ASSERT_EQ(s.first_token, next);
      ASSERT_GT(s.token_count, 0u);
      next += s.token_count;
      EXPECT_EQ(tokens_[s.first_token].begin, s.begin);
      EXPECT_EQ(tokens_[s.first_token + s.token_count - 1].end, s.end);
    }
    EXPECT_EQ(next, tokens_.size());
  }

  std::unique_ptr<Segmenter> segmenter_;
  std::string text_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
};

TEST_F(SegmenterTest, DutchAbbreviations) {
  Run("Er waren o.a. demonstranten. Daar was o.a. Rutte bij, zei dhr. Jansen. Einde.", "nl");
  EXPECT_EQ(Sentences(), (std::vector<std::string>{"p0:Er waren o.a. demonstranten.",
                                                   "p0:Daar was o.a. Rutte bij, zei dhr. Jansen.",
                                                   "p0:Einde."}));
  EXPECT_EQ(Tokens(),
            "Er|waren|o.a|.^|demonstranten|.^|Daar|was|o.a|.^|Rutte|bij|,^|zei|dhr|.^|Jansen|.^|"
            "Einde|.^");
  CheckStructure();
}

TEST_F(SegmenterTest, ChineseWordsFromTheDictionary) {
  Run("警方周四表示，多名抗议者被逮捕。北京大学的学生也参加了。", "zh");
  EXPECT_EQ(Sentences(), (std::vector<std::string>{"p0:警方周四表示，多名抗议者被逮捕。",
                                                   "p0:北京大学的学生也参加了。"}));
  EXPECT_EQ(Tokens(),
            "警方|周四|表示|，^|多|名|抗议|者|被|逮捕|。^|北京|大学|的|学生|也|参加|了|。^");
  EXPECT_EQ(tokens_[0].begin, 0u);
  EXPECT_EQ(tokens_[0].end, 6u);  // two 3-byte characters
  CheckStructure();
}

TEST_F(SegmenterTest, JapaneseWords) {
  Run("東京では雨が降った。", "ja");
  EXPECT_EQ(Tokens(), "東京|では|雨|が|降|っ|た|。^");
  CheckStructure();
}

TEST_F(SegmenterTest, RussianWithAbbreviations) {
  Run("Жээнбеков заявил, т.е. Иванов ушёл. Проф. Петров не согласен! Что дальше?", "ru");
  EXPECT_EQ(Sentences(),
            (std::vector<std::string>{"p0:Жээнбеков заявил, т.е. Иванов ушёл.",
                                      "p0:Проф. Петров не согласен!", "p0:Что дальше?"}));
  CheckStructure();
}

TEST_F(SegmenterTest, ParagraphsAndLineBreaks) {
  Run("Title without a stop\nFirst sentence here. Second one\ncontinues on a wrapped line.\n"
      "\n  \r\nNew paragraph. Last.\n\n\n\nThird paragraph",
      "en");
  EXPECT_EQ(Sentences(),
            (std::vector<std::string>{"p0:Title without a stop", "p0:First sentence here.",
                                      "p0:Second one\ncontinues on a wrapped line.",
                                      "p1:New paragraph.", "p1:Last.", "p2:Third paragraph"}));
  CheckStructure();
}

TEST_F(SegmenterTest, InitialsAndOrdinalDates) {
  Run("Er kam am 3. Oktober mit J. Smith. Dann ging er.", "de");
  EXPECT_EQ(Sentences(), (std::vector<std::string>{"p0:Er kam am 3. Oktober mit J. Smith.",
                                                   "p0:Dann ging er."}));
  // English does not write ordinals with a dot.
  Run("They counted 3. Then they left.", "en");
  EXPECT_EQ(Sentences().size(), 2u);
}

TEST_F(SegmenterTest, TokenKinds) {
  Run("Op 5 jan. 2022 waren 3.000 mensen (12,5%) in Den Haag: don't e-mail COVID-19 😀 $5", "nl");
  EXPECT_EQ(Tokens(),
            "Op|5#|jan|.^|2022#|waren|3.000#|mensen|(^|12,5#|%^|)^|in|Den|Haag|:^|don't|e|-^|"
            "mail|COVID|-^|19#|😀$|$$|5#");
  CheckStructure();
}

TEST_F(SegmenterTest, EmptyAndWhitespaceOnly) {
  Run("", "en");
  EXPECT_TRUE(sentences_.empty());
  EXPECT_TRUE(tokens_.empty());
  Run(" \n\n \t ", "en");
  EXPECT_TRUE(sentences_.empty());
  EXPECT_TRUE(tokens_.empty());
}

TEST_F(SegmenterTest, OffsetsAreByteOffsets) {
  Run("Ölüm: Бишкек 😀.", "tr");
  ASSERT_EQ(tokens_.size(), 5u);
  EXPECT_EQ(tokens_[0].begin, 0u);
  EXPECT_EQ(tokens_[0].end, 6u);  // Ö ü are two bytes each
  EXPECT_EQ(tokens_[2].begin, 8u);
  EXPECT_EQ(tokens_[2].end, 20u);  // six Cyrillic letters
  EXPECT_EQ(tokens_[3].end, 25u);  // a 4-byte emoji
}

}  // namespace
}  // namespace newsloom::text_analysis
