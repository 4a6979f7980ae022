// jemalloc's build-time options for the binaries that link it (cmake/NewsloomDeps.cmake,
// target newsloom_malloc); read once when jemalloc starts. MALLOC_CONF in the environment
// still overrides them.
//
// thp:always backs jemalloc's memory with transparent huge pages (MADV_HUGEPAGE, which
// Debian's default THP mode "madvise" honours). Story clustering at scale probes hash tables
// of millions of keys (document frequencies, the story index) at random, and with 4 KiB pages
// nearly every probe also misses the TLB: `newsloom bench --stories 1000000` spends about a
// third less time per Add with huge pages (README "Story clustering at scale").
extern "C" {
// NOLINTNEXTLINE: the name and type jemalloc looks for.
const char* malloc_conf = "thp:always,metadata_thp:auto";
}
