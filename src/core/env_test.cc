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

std::string ReadAll(SequentialFile* f, size_t chunk) {
  std::string out, buf(chunk, '\0');
  while (true) {
    StatusOr<size_t> n = f->Read(buf.data(), chunk);
    EXPECT_TRUE(n.ok()) << n.status();
    if (!n.ok() || *n == 0) break;
    out.append(buf.data(), *n);
  }
  return out;
}

TEST(SequentialFileTest, StringAndMemEnvStreamInPieces) {
  auto s = NewStringSequentialFile("abcdefg");
  EXPECT_EQ(ReadAll(s.get(), 3), "abcdefg");
  MemEnv env;
  env.AddFile("/x", "hello world");
  auto f = env.NewSequentialFile("/x");
  ASSERT_TRUE(f.ok());
  env.AddFile("/x", "changed");  // the open file keeps its snapshot
  EXPECT_EQ(ReadAll(f->get(), 4), "hello world");
  EXPECT_TRUE(absl::IsNotFound(env.NewSequentialFile("/nope").status()));
}

TEST(SequentialFileTest, PosixStreamsLargeFile) {
  Env* env = Env::Default();
  const std::string path = ::testing::TempDir() + "/newsloom_seq_test.bin";
  std::string data(300000, '\0');
  for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 7);
  ASSERT_TRUE(env->WriteFile(path, data).ok());
  auto f = env->NewSequentialFile(path);
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ(ReadAll(f->get(), 65536), data);
  Status missing = env->NewSequentialFile(path + ".missing").status();
  EXPECT_TRUE(absl::IsNotFound(missing));
  EXPECT_NE(missing.message().find(".missing"), std::string::npos);
  EXPECT_FALSE(env->NewSequentialFile(::testing::TempDir()).ok());
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace newsloom
