// Process memory figures for benchmarks and run summaries (Linux /proc; 0 elsewhere).
#ifndef NEWSLOOM_CORE_MEMORY_H_
#define NEWSLOOM_CORE_MEMORY_H_

#include <cstdint>

namespace newsloom {

// Peak resident set size (VmHWM) since start or the last ResetPeakRss(), in bytes.
uint64_t PeakRssBytes();
// Current resident set size (VmRSS), in bytes.
uint64_t CurrentRssBytes();
// Starts a new peak measurement (writes "5" to /proc/self/clear_refs). Returns false when the
// kernel does not allow it; peaks then stay cumulative.
bool ResetPeakRss();

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_MEMORY_H_
