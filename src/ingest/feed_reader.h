// FeedReader: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, one document per item/entry.
//
// Parsed with libxml2 in recovery mode, without network access and without loading DTDs or
// substituting entities (XXE-safe; entity references are skipped, never expanded).
//
// Per item: title; url = <link> (Atom: the rel="alternate" or rel-less href); published from
// pubDate / dc:date / published / issued, else updated / modified (RFC 822 or ISO 8601);
// lang_hint from the item's or feed's xml:lang, <language> or dc:language; text from
// content:encoded / Atom <content>, else description / summary (content is preferred: it is
// the full article where description is often a teaser), HTML reduced to text (see
// ingest/feed_text.h).
//
// Ids: read from a file, "<stem>:<k>" (k = 1-based item number in document order); read
// from an http(s) URL, "<host of the feed URL>:<HexHash64(Hash64(guid or link))>" (Atom
// <id> counts as guid; an item with neither hashes its title and text), so an item keeps
// its id when the feed is fetched again. source is "<path or URL>#<k>", record k.
//
// text_to_original: feed markup is not addressable, so the original of a feed item is its
// text: the map is the identity and original_bytes is the text's size.
//
// Errors: input that is not XML or whose root is not rss/RDF/feed is rejected as a whole
// (record 0); an item without text, or with text over max_document_bytes, is rejected with
// its item number and the other items are read.
//
// Thread safety: Read is const and safe to call concurrently.
#ifndef NEWSLOOM_INGEST_FEED_READER_H_
#define NEWSLOOM_INGEST_FEED_READER_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/document_sink.h"
#include "ingest/reader_common.h"

namespace newsloom {

struct FeedReaderOptions {
  // Longest item text accepted, in bytes. Default 8 MiB.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // Largest feed document parsed. Default 64 MiB.
  size_t max_feed_bytes = 64u << 20;
};

class FeedReader {
 public:
  explicit FeedReader(FeedReaderOptions options = {});

  // Reads the items of the feed in `bytes`, fetched from or stored at `source` (an http(s)
  // URL selects URL ids). `http_charset` is the charset of an HTTP Content-Type header, used
  // only when the bytes are not valid UTF-8 and the XML declares no encoding.
  // Returns OK (errors go to the sink).
  Status Read(const std::string& source, std::string_view bytes, DocumentSink* sink,
              std::string_view http_charset = "") const;

 private:
  FeedReaderOptions options_;
};

}  // namespace newsloom

#endif  // NEWSLOOM_INGEST_FEED_READER_H_
