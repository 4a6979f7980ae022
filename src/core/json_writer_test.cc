#include "core/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace newsloom {
namespace {

TEST(JsonWriterTest, NestedValues) {
  JsonWriter w;
  w.BeginObject().Key("id").String("a\"b").Key("n").Int(-3).Key("x").Double(0.5);
  w.Key("list").BeginArray().Bool(true).Null().BeginObject().EndObject().EndArray();
  w.EndObject();
  EXPECT_EQ(w.str(), R"({"id":"a\"b","n":-3,"x":0.5,"list":[true,null,{}]})");
}

TEST(JsonWriterTest, EscapesControlAndKeepsUtf8) {
  std::string out;
  AppendJsonString("Бишкек\n\t\x01", &out);
  EXPECT_EQ(out, "\"Бишкек\\n\\t\\u0001\"");
}

TEST(JsonWriterTest, ReplacesInvalidUtf8) {
  std::string out;
  AppendJsonString(
      "a\xff"
      "b\xc3",
      &out);
  EXPECT_EQ(out,
            "\"a\xef\xbf\xbd"
            "b\xef\xbf\xbd\"");
  out.clear();
  AppendJsonString("\xed\xa0\x80", &out);  // Surrogate code point.
  EXPECT_EQ(out, "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
}

TEST(JsonWriterTest, DoubleFormatting) {
  JsonWriter w;
  w.BeginArray().Double(3.0).Double(0.12345, 3).Double(-0.0).Double(1.0 / 0.0).EndArray();
  EXPECT_EQ(w.str(), "[3,0.123,0,null]");
}

// The writer's original byte-at-a-time escaping, kept as the reference the faster version must
// reproduce exactly.
size_t ReferenceUtf8Length(std::string_view s, size_t i) {
  const auto c = static_cast<uint8_t>(s[i]);
  if (c < 0x80) return 1;
  size_t len = 0;
  uint32_t min = 0;
  if ((c & 0xe0) == 0xc0) {
    len = 2, min = 0x80;
  } else if ((c & 0xf0) == 0xe0) {
    len = 3, min = 0x800;
  } else if ((c & 0xf8) == 0xf0) {
    len = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  uint32_t cp = c & (0xff >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<uint8_t>(s[i + k]);
    if ((cc & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

std::string ReferenceJsonString(std::string_view value) {
  std::string out = "\"";
  for (size_t i = 0; i < value.size();) {
    const auto c = static_cast<uint8_t>(value[i]);
    if (c >= 0x80) {
      const size_t len = ReferenceUtf8Length(value, i);
      out.append(len == 0 ? std::string_view("\xef\xbf\xbd") : value.substr(i, len));
      i += len == 0 ? 1 : len;
      continue;
    }
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
    ++i;
  }
  return out + "\"";
}

TEST(JsonWriterTest, EscapingMatchesByteByByteReference) {
  // Random strings over an alphabet that mixes plain text, every escape, valid sequences of
  // each length, truncated and overlong sequences, surrogates and stray continuation bytes.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           " ",
                                           "\"",
                                           "\\",
                                           "\n",
                                           "\r",
                                           "\t",
                                           "\x01",
                                           "\x1f",
                                           "\x7f",
                                           "/",
                                           "\xc3\xa9",
                                           "\xd0\x91",
                                           "\xe4\xb8\xad",
                                           "\xf0\x9f\x98\x80",
                                           "\xc3",
                                           "\xe4\xb8",
                                           "\xf0\x9f\x98",
                                           "\x80",
                                           "\xbf",
                                           "\xc0\x80",
                                           "\xed\xa0\x80",
                                           "\xf4\x90\x80\x80",
                                           "\xff",
                                           "\xfe",
                                           std::string(1, '\0'),
                                           "\xe0\x9f\xbf",
                                           "\xf0\x8f\xbf\xbf",
                                           "\xf5\x80\x80\x80",
                                           "\xc1\xbf",
                                           "\xef\xbf\xbf",
                                           "\xf4\x8f\xbf\xbf",
                                           "\xed\x9f\xbf",
                                           "\xee\x80\x80",
                                           "plain words ",
                                           "0123456789",
                                           "~}|{",
                                           "\x1f\x20\x21"};
  std::mt19937 rng(42);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    std::string out = "prefix";
    AppendJsonString(s, &out);
    ASSERT_EQ(out, "prefix" + ReferenceJsonString(s)) << "input bytes: " << s.size();
  }
}

TEST(JsonWriterTest, IntExtremes) {
  JsonWriter w;
  w.BeginArray().Int(0).Int(-1).Int(std::numeric_limits<int64_t>::max());
  w.Int(std::numeric_limits<int64_t>::min()).EndArray();
  EXPECT_EQ(w.str(), "[0,-1,9223372036854775807,-9223372036854775808]");
}

// The writer's original formatting: snprintf("%.*f") into 64 bytes, then trimmed.
std::string ReferenceDouble(double value, int digits) {
  if (!std::isfinite(value)) return "null";
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", digits, value);
  std::string s(buf);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

TEST(JsonWriterTest, DoubleMatchesPrintf) {
  std::mt19937_64 rng(7);
  std::vector<double> values = {
      0.0,          -0.0,      0.5,   0.125, 0.375, 2.5,    1e-7,   -1e-7,
      1e15,         1e22,      1e60,  -1e60, 1e300, 5e-324, 0.0005, 0.00049999999999999999,
      42.123456789, -73.98765, 0.9995};
  for (int k = 0; k < 40000; ++k) {
    switch (k % 8) {
      case 0: {  // any finite bit pattern (mostly huge or tiny: slow for printf, so fewer)
        const uint64_t bits = rng();
        double v;
        std::memcpy(&v, &bits, sizeof(v));
        if (std::isfinite(v)) values.push_back(v);
        break;
      }
      case 1:
      case 2:
      case 3:  // coordinates and confidences
        values.push_back(std::uniform_real_distribution<double>(-180, 180)(rng));
        break;
      default:  // binary fractions: exact ties at the last digit
        values.push_back(static_cast<double>(static_cast<int64_t>(rng() % 2000001) - 1000000) /
                         static_cast<double>(1 << (rng() % 12)));
    }
  }
  for (double v : values) {
    for (int digits : {0, 1, 3, 4, 5, 7}) {
      JsonWriter w;
      w.Double(v, digits);
      ASSERT_EQ(w.str(), ReferenceDouble(v, digits)) << v << " digits " << digits;
    }
  }
}

}  // namespace
}  // namespace newsloom
