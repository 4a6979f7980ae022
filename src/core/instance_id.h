// InstanceId: a number naming one object's current contents in this process, for memos kept
// outside the object (per-thread caches of pointers into it) to tell when they are stale.
//
// A default-constructed or copied InstanceId takes a new number (a copy's contents live at
// other addresses). A move hands the number over, as the containers it sits beside hand over
// their storage, and gives the moved-from object a new one. Renew() takes a new number: call
// it whenever the owner's contents change. Numbers are never reused.
//
// Thread safety: numbers come from one atomic counter; an InstanceId itself is not synchronized.
#ifndef NEWSLOOM_CORE_INSTANCE_ID_H_
#define NEWSLOOM_CORE_INSTANCE_ID_H_

#include <atomic>
#include <cstdint>

namespace newsloom {

class InstanceId {
 public:
  InstanceId() : value_(Next()) {}
  InstanceId(const InstanceId& /*other*/) : value_(Next()) {}
  InstanceId& operator=(const InstanceId& other) {
    if (this != &other) value_ = Next();
    return *this;
  }
  InstanceId(InstanceId&& other) noexcept : value_(other.value_) { other.value_ = Next(); }
  InstanceId& operator=(InstanceId&& other) noexcept {
    if (this != &other) {
      value_ = other.value_;
      other.value_ = Next();
    }
    return *this;
  }

  void Renew() { value_ = Next(); }
  uint64_t value() const { return value_; }

 private:
  static uint64_t Next() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
  }
  uint64_t value_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_INSTANCE_ID_H_
