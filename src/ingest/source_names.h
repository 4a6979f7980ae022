// Names derived from a source path or URL: the stem used in article ids, "#k" record sources
// and URL hosts. See RawDocument::id for the id rules these implement.
#ifndef NEWSLOOM_INGEST_SOURCE_NAMES_H_
#define NEWSLOOM_INGEST_SOURCE_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsloom {

// The file name without directories, without a ".gz" suffix and then without its last
// extension: "in/CC-NEWS-2020.warc.gz" -> "CC-NEWS-2020", "a/b.txt" -> "b", "a/.x" -> ".x".
// "-" (standard input) -> "stdin". For URLs, the host.
std::string SourceStem(std::string_view source);

// "path#k": the source of record k inside `source`.
std::string RecordSource(std::string_view source, int64_t record);

// True for "http://..." and "https://..." (case-insensitive scheme).
bool IsHttpUrl(std::string_view s);

// "https://User@News.Example.org:8080/a?b" -> "news.example.org". Empty if not a URL.
std::string UrlHost(std::string_view url);

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_SOURCE_NAMES_H_
