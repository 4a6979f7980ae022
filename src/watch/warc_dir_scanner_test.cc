// WarcDirScanner over a MemEnv with a fake stat: new, unchanged, growing and changed files.
#include "watch/warc_dir_scanner.h"

#include <cstdio>
#include <fstream>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

constexpr int64_t kSecond = 1'000'000;
constexpr int64_t kNow = 1'700'000'000 * kSecond;

class WarcDirScannerTest : public testing::Test {
 protected:
  void Put(const std::string& path, int64_t size, int64_t mtime) {
    env_.AddFile(path, std::string(static_cast<size_t>(size), 'w'));
    stamps_[path] = {size, mtime};
  }
  WarcDirScanner Make() {
    return WarcDirScanner(&env_, WarcDirScannerOptions{10 * kSecond},
                          [this](const std::string& path) -> StatusOr<FileStamp> {
                            auto it = stamps_.find(path);
                            if (it == stamps_.end()) return absl::NotFoundError(path);
                            return it->second;
                          });
  }
  static std::vector<std::string> Paths(const WarcDirLook& look) {
    std::vector<std::string> out;
    for (const auto& [path, stamp] : look.ready) out.push_back(path);
    return out;
  }
  MemEnv env_;
  std::map<std::string, FileStamp> stamps_;
};

TEST_F(WarcDirScannerTest, OldFilesAreReadyAtOnceNewOnesAfterASecondLook) {
  Put("/in/a.warc", 100, kNow - 60 * kSecond);
  Put("/in/sub/b.WARC.GZ", 200, kNow - 60 * kSecond);
  Put("/in/c.warc.gz", 300, kNow - 2 * kSecond);  // just written
  Put("/in/notes.txt", 5, kNow - 60 * kSecond);   // not a WARC file
  WarcDirScanner scanner = Make();
  StatusOr<WarcDirLook> look = scanner.Look("/in", {}, kNow);
  ASSERT_TRUE(look.ok()) << look.status();
  EXPECT_EQ(Paths(*look), (std::vector<std::string>{"/in/a.warc", "/in/sub/b.WARC.GZ"}));
  EXPECT_EQ(look->growing, 1);
  // A second look: c did not change, so it is complete now.
  look = scanner.Look("/in", {}, kNow + kSecond);
  ASSERT_TRUE(look.ok());
  EXPECT_EQ(Paths(*look),
            (std::vector<std::string>{"/in/a.warc", "/in/c.warc.gz", "/in/sub/b.WARC.GZ"}));
  EXPECT_EQ(look->ready[1].second, (FileStamp{300, kNow - 2 * kSecond}));
}

TEST_F(WarcDirScannerTest, SkipsIngestedFilesAndFilesStillGrowing) {
  Put("/in/a.warc", 100, kNow - 60 * kSecond);
  Put("/in/b.warc", 50, kNow - 60 * kSecond);
  WarcDirScanner scanner = Make();
  std::map<std::string, FileStamp> ingested = {{"/in/a.warc", {100, kNow - 60 * kSecond}}};
  ASSERT_TRUE(scanner.Look("/in", ingested, kNow).ok());
  Put("/in/b.warc", 80, kNow);  // grew since the last look
  StatusOr<WarcDirLook> look = scanner.Look("/in", ingested, kNow + kSecond);
  ASSERT_TRUE(look.ok());
  EXPECT_TRUE(look->ready.empty());
  EXPECT_EQ(look->growing, 1);
  EXPECT_EQ(look->unchanged, 1);
  look = scanner.Look("/in", ingested, kNow + 2 * kSecond);  // stopped growing
  ASSERT_TRUE(look.ok());
  EXPECT_EQ(Paths(*look), std::vector<std::string>{"/in/b.warc"});
  // An ingested file that changes is ready again once stable.
  Put("/in/a.warc", 120, kNow + 2 * kSecond);
  look = scanner.Look("/in", ingested, kNow + 3 * kSecond);
  ASSERT_TRUE(look.ok());
  EXPECT_EQ(look->growing, 1);
  look = scanner.Look("/in", ingested, kNow + 4 * kSecond);
  ASSERT_TRUE(look.ok());
  EXPECT_EQ(Paths(*look), (std::vector<std::string>{"/in/a.warc", "/in/b.warc"}));
}

TEST_F(WarcDirScannerTest, MissingDirectoryIsNotFoundNamingIt) {
  WarcDirScanner scanner = Make();
  StatusOr<WarcDirLook> look = scanner.Look("/nowhere", {}, kNow);
  ASSERT_FALSE(look.ok());
  EXPECT_TRUE(absl::IsNotFound(look.status()));
  EXPECT_NE(look.status().message().find("/nowhere"), std::string::npos);
}

TEST(WarcFileNameTest, Suffixes) {
  EXPECT_TRUE(IsWarcFileName("a.warc"));
  EXPECT_TRUE(IsWarcFileName("x/A.Warc.Gz"));
  EXPECT_FALSE(IsWarcFileName("a.warc.tmp"));
  EXPECT_FALSE(IsWarcFileName("a.gz"));
  EXPECT_FALSE(IsWarcFileName("warc"));
}

TEST(StatPosixFileTest, SizeAndMissingFile) {
  const std::string path = testing::TempDir() + "/newsloom_stat_test.warc";
  std::ofstream(path) << "12345";
  StatusOr<FileStamp> s = StatPosixFile(path);
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->size, 5);
  EXPECT_GT(s->mtime_micros, 0);
  std::remove(path.c_str());
  EXPECT_TRUE(absl::IsNotFound(StatPosixFile(path).status()));
}

}  // namespace
}  // namespace newsloom
