#include "core/env.h"

#include <filesystem>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(MemEnvTest, ReadsListsAndLimits) {
  MemEnv env;
  env.AddFile("/d/b.txt", "bb");
  env.AddFile("/d/sub/a.txt", "a");
  std::string out;
  ASSERT_TRUE(env.ReadFile("/d/b.txt", &out, 100).ok());
  EXPECT_EQ(out, "bb");
  EXPECT_TRUE(absl::IsNotFound(env.ReadFile("/nope", &out, 100)));
  EXPECT_TRUE(absl::IsFailedPrecondition(env.ReadFile("/d/b.txt", &out, 1)));
  std::vector<std::string> files;
  ASSERT_TRUE(env.ListFilesRecursive("/d", &files).ok());
  EXPECT_EQ(files, (std::vector<std::string>{"/d/b.txt", "/d/sub/a.txt"}));
  EXPECT_TRUE(env.IsDirectory("/d/sub"));
  EXPECT_FALSE(env.IsDirectory("/d/b.txt"));
}

TEST(PosixEnvTest, WriteReadListSkipsHidden) {
  Env* env = Env::Default();
  const std::string dir = ::testing::TempDir() + "/newsloom_env_test";
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(env->CreateDirs(dir + "/sub").ok());
  ASSERT_TRUE(env->CreateDirs(dir + "/.git").ok());
  ASSERT_TRUE(env->WriteFile(dir + "/sub/x.txt", "hello").ok());
  ASSERT_TRUE(env->WriteFile(dir + "/.git/config", "junk").ok());
  ASSERT_TRUE(env->WriteFile(dir + "/a.html", "<p>").ok());
  std::vector<std::string> files;
  ASSERT_TRUE(env->ListFilesRecursive(dir, &files).ok());
  EXPECT_EQ(files, (std::vector<std::string>{dir + "/a.html", dir + "/sub/x.txt"}));
  std::string out;
  ASSERT_TRUE(env->ReadFile(dir + "/sub/x.txt", &out).ok());
  EXPECT_EQ(out, "hello");
  EXPECT_EQ(*env->FileSize(dir + "/sub/x.txt"), 5u);
  Status missing = env->ReadFile(dir + "/missing.txt", &out);
  EXPECT_TRUE(absl::IsNotFound(missing));
  EXPECT_NE(missing.message().find("missing.txt"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsloom
