// EncodeStoryItem / DecodeStoryItem (story_item.h): the stored form of a StoryItem.
#include <cstring>

#include "absl/strings/str_cat.h"
#include "cluster/story_item.h"
#include "core/strings.h"

namespace newsloom::cluster {
namespace {

constexpr std::string_view kMagic = "NLSI";
constexpr uint8_t kVersion = 1;
constexpr uint64_t kMaxCount = 1 << 20;  // sanity bound on vector sizes

class Writer {
 public:
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void Signed(int64_t v) {
    Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Str(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  void Date(const std::optional<FuzzyDate>& d) { Str(d ? d->ToString() : ""); }
  void Fixed64(uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void Keys(const std::vector<uint64_t>& keys) {
    Varint(keys.size());
    for (uint64_t k : keys) Fixed64(k);
  }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return Fail();
      uint8_t b = static_cast<uint8_t>(in_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    return Fail();
  }
  int64_t Signed() {
    uint64_t u = Varint();
    return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  }
  std::string Str() {
    uint64_t n = Varint();
    if (!ok_ || n > in_.size() - pos_) {
      Fail();
      return "";
    }
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::optional<FuzzyDate> Date() {
    std::string s = Str();
    if (s.empty()) return std::nullopt;
    std::optional<FuzzyDate> d = FuzzyDate::Parse(s);
    if (!d) Fail();
    return d;
  }
  uint64_t Count() {
    uint64_t n = Varint();
    if (n > kMaxCount || n > in_.size() - pos_) return Fail();
    return n;
  }
  void Keys(std::vector<uint64_t>* keys) {
    uint64_t n = Count();
    if (!ok_ || n * 8 > in_.size() - pos_) {
      Fail();
      return;
    }
    keys->resize(n);
    for (uint64_t i = 0; i < n; ++i) {
      uint64_t v = 0;
      for (int b = 0; b < 8; ++b) {
        v |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_ + b])) << (8 * b);
      }
      pos_ += 8;
      (*keys)[i] = v;
    }
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string EncodeStoryItem(const StoryItem& item) {
  Writer w;
  w.out_.append(kMagic);
  w.out_.push_back(static_cast<char>(kVersion));
  w.Str(item.article_id);
  w.Date(item.published);
  w.Str(item.lang);
  w.Str(item.title);
  w.Str(item.lead);
  w.Varint(item.entities.size());
  for (const StoryEntity& e : item.entities) {
    w.Str(e.id);
    w.Str(e.name);
    w.Varint(static_cast<uint64_t>(std::max<int32_t>(e.mentions, 0)));
    w.Varint(e.person ? 1 : 0);
  }
  w.Varint(item.geonameids.size());
  for (int64_t g : item.geonameids) w.Signed(g);
  w.Varint(item.countries.size());
  for (const std::string& c : item.countries) w.Str(c);
  w.Str(item.main_country);
  w.Signed(item.main_geonameid);
  w.Str(item.main_place);
  w.Str(item.event_type);
  w.Date(item.event_date);
  w.Varint(item.figures.size());
  for (const StoryFigure& f : item.figures) {
    w.Str(f.kind);
    w.Str(f.actor);
    w.Signed(f.value);
    w.Varint(f.approx ? 1 : 0);
  }
  w.Keys(item.word_keys);
  w.Keys(item.name_keys);
  return std::move(w.out_);
}

Status DecodeStoryItem(std::string_view bytes, std::string_view where, StoryItem* item) {
  auto bad = [&](std::string_view what) {
    return absl::DataLossError(absl::StrCat(AbslView(where), ": ", AbslView(what)));
  };
  if (bytes.size() < kMagic.size() + 1 || bytes.substr(0, kMagic.size()) != kMagic) {
    return bad("not a stored story item (bad magic)");
  }
  if (static_cast<uint8_t>(bytes[kMagic.size()]) != kVersion) {
    return bad(absl::StrCat("story item version ", static_cast<int>(bytes[kMagic.size()]),
                            " is not supported (expected ", kVersion, ")"));
  }
  Reader r(bytes.substr(kMagic.size() + 1));
  StoryItem out;
  out.article_id = r.Str();
  out.published = r.Date();
  out.lang = r.Str();
  out.title = r.Str();
  out.lead = r.Str();
  for (uint64_t n = r.Count(), i = 0; r.ok() && i < n; ++i) {
    StoryEntity e;
    e.id = r.Str();
    e.name = r.Str();
    e.mentions = static_cast<int32_t>(std::min<uint64_t>(r.Varint(), INT32_MAX));
    e.person = r.Varint() != 0;
    out.entities.push_back(std::move(e));
  }
  for (uint64_t n = r.Count(), i = 0; r.ok() && i < n; ++i) out.geonameids.push_back(r.Signed());
  for (uint64_t n = r.Count(), i = 0; r.ok() && i < n; ++i) out.countries.push_back(r.Str());
  out.main_country = r.Str();
  out.main_geonameid = r.Signed();
  out.main_place = r.Str();
  out.event_type = r.Str();
  out.event_date = r.Date();
  for (uint64_t n = r.Count(), i = 0; r.ok() && i < n; ++i) {
    StoryFigure f;
    f.kind = r.Str();
    f.actor = r.Str();
    f.value = r.Signed();
    f.approx = r.Varint() != 0;
    out.figures.push_back(std::move(f));
  }
  r.Keys(&out.word_keys);
  r.Keys(&out.name_keys);
  if (!r.ok()) return bad("truncated or corrupt story item");
  if (!r.done()) return bad("trailing bytes after story item");
  *item = std::move(out);
  return absl::OkStatus();
}

}  // namespace newsloom::cluster
