#include "core/progress.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>

#include "core/env.h"
#include "fmt/format.h"

namespace newsloom {
namespace {

std::string FormatDuration(double seconds) {
  const int64_t s = std::llround(seconds);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

ProgressBar::ProgressBar(std::string label, uint64_t total, std::string unit, Env* env)
    : label_(std::move(label)),
      unit_(std::move(unit)),
      env_(env),
      total_(total),
      start_micros_(env->NowMicros()),
      enabled_(isatty(STDERR_FILENO) != 0) {}

ProgressBar::~ProgressBar() { Finish(); }

void ProgressBar::set_total(uint64_t total) {
  std::lock_guard<std::mutex> lock(mu_);
  total_ = total;
}

void ProgressBar::Add(uint64_t items, uint64_t bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  if (finished_) return;
  done_ += items;
  bytes_ += bytes;
  if (!enabled_) return;
  const int64_t now = env_->NowMicros();
  if (now - last_draw_micros_ < 100000) return;
  last_draw_micros_ = now;
  std::fprintf(stderr, "\r%s\x1b[K", RenderLocked(now).c_str());
  std::fflush(stderr);
}

void ProgressBar::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  if (finished_) return;
  finished_ = true;
  if (!enabled_) return;
  std::fprintf(stderr, "\r%s\x1b[K\n", RenderLocked(env_->NowMicros()).c_str());
  std::fflush(stderr);
}

std::string ProgressBar::Render() {
  std::lock_guard<std::mutex> lock(mu_);
  return RenderLocked(env_->NowMicros());
}

std::string ProgressBar::RenderLocked(int64_t now) {
  const double elapsed = std::max(1e-6, (now - start_micros_) / 1e6);
  const double rate = done_ / elapsed;
  std::string line = label_ + " ";
  if (total_ > 0) {
    constexpr int kWidth = 24;
    const double frac = std::min(1.0, static_cast<double>(done_) / total_);
    const int filled = static_cast<int>(frac * kWidth);
    line += "[" + std::string(filled, '#') + std::string(kWidth - filled, ' ') + "] ";
    line += fmt::format("{}/{} {:3.0f}%", done_, total_, frac * 100);
  } else {
    line += fmt::format("{}", done_);
  }
  line += fmt::format("  {:.0f} {}/s", rate, unit_);
  if (bytes_ > 0) line += fmt::format("  {:.1f} MB/s", bytes_ / elapsed / 1e6);
  if (total_ > 0 && done_ < total_ && rate > 0) {
    line += "  ETA " + FormatDuration((total_ - done_) / rate);
  } else {
    line += "  " + FormatDuration(elapsed);
  }
  return line;
}

}  // namespace newsloom
