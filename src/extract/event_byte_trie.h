// ByteTrie: a set of byte strings walked along a word, to find which of them begin the word
// (or, walked backwards, end it) in one pass over its bytes instead of one hash lookup per
// candidate length or one comparison per lexicon entry. Used by the event layers for prefix
// lexicon entries (event triggers) and number pieces (compound number words).
//
// Keys get dense ids 0, 1, ... in order of first insertion; callers keep their payloads in a
// vector by id. Memory: one node per distinct key byte prefix; a node with more than a few
// children (the root, the first byte of a script's letters) keeps them in a 1 KB table by
// byte, others in a short list.
//
// Thread safety: Add while building only; the const methods are safe to call concurrently.
#ifndef NEWSLOOM_EXTRACT_EVENT_BYTE_TRIE_H_
#define NEWSLOOM_EXTRACT_EVENT_BYTE_TRIE_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace newsloom::extract_internal {

class ByteTrie {
 public:
  enum class Direction : uint8_t { kForward, kBackward };

  // Adds non-empty `key` read in `direction` (kBackward stores it reversed, for suffix tests);
  // returns its id (the same id when it is added again). Use one direction per trie.
  uint32_t Add(std::string_view key, Direction direction = Direction::kForward) {
    uint32_t node = 0;
    for (size_t k = 0; k < key.size(); ++k) {
      const uint8_t b = ByteAt(key, k, direction);
      uint32_t next = Child(node, b);
      if (next == 0) {
        next = static_cast<uint32_t>(nodes_.size());
        AddChild(node, b, next);
        nodes_.emplace_back();
      }
      node = next;
    }
    if (nodes_[node].key < 0) nodes_[node].key = static_cast<int32_t>(keys_++);
    return static_cast<uint32_t>(nodes_[node].key);
  }

  // Calls f(id) for every key that begins `w` (ends it, for kBackward), shortest first, until
  // f returns false.
  template <typename F>
  void ForEachKeyIn(std::string_view w, Direction direction, F&& f) const {
    uint32_t node = 0;
    for (size_t k = 0; k < w.size(); ++k) {
      node = Child(node, ByteAt(w, k, direction));
      if (node == 0) return;
      const int32_t key = nodes_[node].key;
      if (key >= 0 && !f(static_cast<uint32_t>(key))) return;
    }
  }

  // True when some key begins `w` (ends it, for kBackward).
  bool HasKeyIn(std::string_view w, Direction direction) const {
    bool found = false;
    ForEachKeyIn(w, direction, [&](uint32_t) { return !(found = true); });
    return found;
  }

  size_t size() const { return keys_; }

 private:
  using Table = std::array<uint32_t, 256>;  // children by byte, 0 = none
  static constexpr size_t kMaxListed = 6;   // more children than this get a table

  struct Node {
    std::vector<std::pair<uint8_t, uint32_t>> children;
    int32_t table = -1;  // index into tables_, -1 = children listed only
    int32_t key = -1;    // id of the key ending here, -1 = none
  };

  static uint8_t ByteAt(std::string_view s, size_t k, Direction direction) {
    return static_cast<uint8_t>(direction == Direction::kForward ? s[k] : s[s.size() - 1 - k]);
  }
  void AddChild(uint32_t node, uint8_t b, uint32_t next) {
    Node& n = nodes_[node];
    n.children.emplace_back(b, next);
    if (n.table < 0 && n.children.size() > kMaxListed) {
      n.table = static_cast<int32_t>(tables_.size());
      tables_.emplace_back();
      for (const auto& [byte, child] : n.children) tables_.back()[byte] = child;
    } else if (n.table >= 0) {
      tables_[n.table][b] = next;
    }
  }
  uint32_t Child(uint32_t node, uint8_t b) const {
    const Node& n = nodes_[node];
    if (n.table >= 0) return tables_[n.table][b];
    for (const auto& [byte, next] : n.children) {
      if (byte == b) return next;
    }
    return 0;  // the root is nobody's child
  }

  std::vector<Node> nodes_ = std::vector<Node>(1, Node{{}, 0, -1});  // the root has a table
  std::vector<Table> tables_ = std::vector<Table>(1);
  uint32_t keys_ = 0;
};

}  // namespace newsloom::extract_internal

#endif  // NEWSLOOM_EXTRACT_EVENT_BYTE_TRIE_H_
