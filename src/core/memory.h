// Process memory and thread CPU figures for benchmarks and run summaries (Linux; 0 elsewhere).
#ifndef NEWSLOOM_CORE_MEMORY_H_
#define NEWSLOOM_CORE_MEMORY_H_

#include <cstdint>

namespace newsloom {

// Peak resident set size (VmHWM) since start or the last ResetPeakRss(), in bytes.
uint64_t PeakRssBytes();
// Current resident set size (VmRSS), in bytes.
uint64_t CurrentRssBytes();
// CPU time the calling thread has used (user + system), in seconds; 0 where unsupported.
// Unlike wall-clock time it does not grow while the thread waits for a core, so per-stage costs
// measured with it stay comparable on a busy machine.
double ThreadCpuSeconds();
// Starts a new peak measurement (writes "5" to /proc/self/clear_refs). Returns false when the
// kernel does not allow it; peaks then stay cumulative.
bool ResetPeakRss();

}  // namespace newsloom

#endif  // NEWSLOOM_CORE_MEMORY_H_
