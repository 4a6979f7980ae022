// FormMemo: what a layer derived from a word, kept by Token::form_id so that the next token
// with the same id gets it without hashing the word's text.
//
// Direct-mapped: the slot of an id is id mod the table size, and a new id takes the slot over,
// so a lookup is one index and one compare. A value must be a pure function of the token's
// annotation (analyzed_document.h: the fields a form id names) and of data the owner keeps
// fixed while the memo lives — an owner that switches data (another lexicon) calls Reset.
//
// Memory: slots * (8 + sizeof(V)) bytes, allocated at the first Insert.
// Thread safety: NOT thread safe; keep one per thread (thread_local).
#ifndef NEWSLOOM_TEXT_FORM_MEMO_H_
#define NEWSLOOM_TEXT_FORM_MEMO_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace newsloom::text_analysis {

template <typename V>
class FormMemo {
 public:
  // `slots` is rounded up to a power of two.
  explicit FormMemo(size_t slots = size_t{1} << 14) {
    size_t n = 1;
    while (n < slots) n <<= 1;
    mask_ = n - 1;
  }

  // The value memoized for form id `id`, or null. Id 0 (unknown form) is never found.
  V* Find(uint64_t id) {
    if (id == 0 || slots_.empty()) return nullptr;
    Slot& s = slots_[id & mask_];
    return s.id == id ? &s.value : nullptr;
  }

  // Starts loading the slot of `id` into the cache, for a Find a little later: callers that
  // walk tokens prefetch a few tokens ahead so that the slots' cache misses overlap.
  void Prefetch(uint64_t id) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[id & mask_]);
  }

  // Stores `value` for `id` (nonzero), evicting what held its slot; returns the stored value.
  V& Insert(uint64_t id, V value) {
    if (slots_.empty()) slots_.resize(mask_ + 1);
    Slot& s = slots_[id & mask_];
    s.id = id;
    s.value = std::move(value);
    return s.value;
  }

  // Forgets every value (keeps the memory).
  void Reset() {
    for (Slot& s : slots_) s = Slot();
  }

 private:
  struct Slot {
    uint64_t id = 0;
    V value{};
  };
  size_t mask_ = 0;
  std::vector<Slot> slots_;
};

// The calling thread's memo for the owner whose contents `instance` names (an InstanceId
// value, core/instance_id.h): an owner keeps no per-thread state itself, and a memo never
// outlives the contents it was filled from. `Tag` keeps apart the memos of different uses
// with the same value type. A thread keeps the memos of its kMaxOwners most recently created
// owners per (V, Tag); an owner seen again after being dropped starts with an empty memo.
template <typename V, typename Tag>
FormMemo<V>& ThreadFormMemo(uint64_t instance, size_t slots = size_t{1} << 14) {
  constexpr size_t kMaxOwners = 8;
  thread_local std::vector<std::pair<uint64_t, std::unique_ptr<FormMemo<V>>>> memos;
  for (auto& [id, memo] : memos) {
    if (id == instance) return *memo;
  }
  if (memos.size() >= kMaxOwners) memos.erase(memos.begin());
  memos.emplace_back(instance, std::make_unique<FormMemo<V>>(slots));
  return *memos.back().second;
}

}  // namespace newsloom::text_analysis

#endif  // NEWSLOOM_TEXT_FORM_MEMO_H_
