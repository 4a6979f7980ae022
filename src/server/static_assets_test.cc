#include "server/static_assets.h"

#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

void Write(const std::string& path, const std::string& data) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << data;
}

TEST(StaticAssetsTest, LoadsTheDirectoryIntoMemory) {
  const std::string root = ::testing::TempDir() + "/newsloom_static_assets";
  std::filesystem::remove_all(root);
  Write(root + "/web/index.html", "<html>");
  Write(root + "/web/assets/app.js", "js");
  Write(root + "/web/assets/vendor/world.json", "{}");
  Write(root + "/web/.hidden", "secret");
  Write(root + "/secret.txt", "outside");
  auto assets = StaticAssets::Load(Env::Default(), root + "/web");
  ASSERT_TRUE(assets.ok()) << assets.status();
  EXPECT_EQ((*assets)->size(), 3u);
  ASSERT_NE((*assets)->Find("/"), nullptr);
  EXPECT_EQ((*assets)->Find("/")->body, "<html>");
  EXPECT_EQ((*assets)->Find("/assets/app.js")->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ((*assets)->Find("/assets/vendor/world.json")->cache_control, "public, max-age=86400");
  EXPECT_EQ((*assets)->Find("/.hidden"), nullptr);
  EXPECT_EQ((*assets)->Find("/../secret.txt"), nullptr);
  // Files changed on disk after loading are not seen: nothing is read per request.
  Write(root + "/web/assets/late.js", "late");
  EXPECT_EQ((*assets)->Find("/assets/late.js"), nullptr);

  StaticAssetsOptions tiny;
  tiny.max_files = 2;
  EXPECT_FALSE(StaticAssets::Load(Env::Default(), root + "/web", tiny).ok());
  tiny = StaticAssetsOptions();
  tiny.max_bytes = 4;
  EXPECT_FALSE(StaticAssets::Load(Env::Default(), root + "/web", tiny).ok());
  EXPECT_FALSE(StaticAssets::Load(Env::Default(), root + "/missing").ok());
}

TEST(StaticAssetsTest, DeepLinksGetTheIndex) {
  auto assets = StaticAssets::FromMap({{"/index.html", "i"}, {"/assets/a.css", "c"}});
  EXPECT_EQ(assets->Find("/story/s_1")->body, "i");
  EXPECT_EQ(assets->Find("/entity/p:1")->body, "i");
  EXPECT_EQ(assets->Find("/story/x.png"), nullptr);
  EXPECT_EQ(assets->Find("/assets/b.css"), nullptr);
  EXPECT_EQ(assets->Find("/assets/sub"), nullptr);
  EXPECT_EQ(assets->Find("/api/x"), nullptr);
  EXPECT_EQ(StaticAssets::FromMap({})->Find("/story/1"), nullptr);
}

TEST(StaticAssetsTest, ContentTypes) {
  EXPECT_EQ(ContentTypeForPath("/a/b.CSS"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeForPath("/a.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeForPath("/a.tar.gz"), "application/octet-stream");
  EXPECT_EQ(ContentTypeForPath("/a.b/c"), "application/octet-stream");
}

}  // namespace
}  // namespace newsloom
