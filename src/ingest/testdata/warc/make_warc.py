#!/usr/bin/env python3
"""Writes the WARC fixtures in this directory (run from here; outputs are committed)."""
import gzip

def record(warc_type, headers, block, version="WARC/1.0"):
    head = [version, "WARC-Type: " + warc_type]
    head += ["%s: %s" % kv for kv in headers]
    head.append("Content-Length: %d" % len(block))
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"

def http(status, headers, body):
    lines = ["HTTP/1.1 " + status] + ["%s: %s" % kv for kv in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body

def page(lang, title, paragraphs, date=None):
    meta = '<meta property="article:published_time" content="%s">' % date if date else ""
    ps = "".join("<p>%s</p>\n" % p for p in paragraphs)
    return ('<!DOCTYPE html><html lang="%s"><head><title>%s</title>%s</head><body>'
            '<article><h1>%s</h1>\n%s</article></body></html>\n' % (lang, title, meta, title, ps))

def chunked(data, size=50):
    out = b""
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"

en = page("en", "Library reopens after flood", [
    "The central library reopened on Monday after three months of repairs following the spring flood.",
    "Volunteers helped to dry and sort more than twenty thousand books that had been stored in the basement."],
    date="2023-09-04T08:00:00Z").encode()
ru = page("ru", "Школа открылась после ремонта", [
    "Во вторник в районе открылась новая школа, в которой будут учиться почти восемьсот детей.",
    "Строители завершили работы на месяц раньше срока, сообщили в администрации района."]).encode("cp1251")
nl = page("nl", "Nieuwe fietsbrug geopend", [
    "Over het kanaal ligt sinds zaterdag een nieuwe fietsbrug die twee woonwijken met elkaar verbindt.",
    "De gemeente verwacht dat er dagelijks enkele duizenden fietsers gebruik van zullen maken."]).encode()
nb = page("nb", "Ny ferje settes i drift", [
    "Den nye elektriske ferja går fra neste uke mellom byen og øya i fjorden.",
    "Rederiet sier at overfarten blir både stillere og raskere enn med den gamle ferja."]).encode()

records = [
    record("warcinfo", [("WARC-Date", "2023-09-05T10:00:00Z"), ("Content-Type", "application/warc-fields")],
           b"software: newsloom-fixture\r\n"),
    record("request", [("WARC-Target-URI", "https://library.example.org/reopens"),
                       ("Content-Type", "application/http; msgtype=request")],
           b"GET /reopens HTTP/1.1\r\nHost: library.example.org\r\n\r\n"),
    record("response", [("WARC-Target-URI", "https://library.example.org/reopens"),
                        ("WARC-Date", "2023-09-05T10:00:01Z"),
                        ("Content-Type", "application/http; msgtype=response")],
           http("200 OK", [("Content-Type", "text/html; charset=utf-8")], en)),
    record("response", [("WARC-Target-URI", "https://library.example.org/old"),
                        ("WARC-Date", "2023-09-05T10:00:02Z"),
                        ("Content-Type", "application/http; msgtype=response")],
           http("301 Moved Permanently", [("Location", "https://library.example.org/reopens")], b"")),
    record("response", [("WARC-Target-URI", "https://library.example.org/logo.png"),
                        ("WARC-Date", "2023-09-05T10:00:03Z"),
                        ("Content-Type", "application/http; msgtype=response")],
           http("200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
    record("response", [("WARC-Target-URI", "https://school.example.ru/news/1"),
                        ("WARC-Date", "2023-09-06T07:30:00Z"),
                        ("Content-Type", "application/http; msgtype=response")],
           http("200 OK", [("Content-Type", "text/html; charset=windows-1251"),
                           ("Transfer-Encoding", "chunked")], chunked(ru))),
    record("metadata", [("WARC-Target-URI", "https://school.example.ru/news/1"),
                        ("Content-Type", "application/warc-fields")], b"fetchTimeMs: 120\r\n"),
    record("resource", [("WARC-Target-URI", "https://fiets.example.nl/brug"),
                        ("WARC-Date", "2023-09-07T12:00:00Z"),
                        ("Content-Type", "text/html")], nl, version="WARC/1.1"),
    record("response", [("WARC-Target-URI", "https://ferje.example.no/ny"),
                        ("WARC-Date", "2023-09-08T09:15:00Z"),
                        ("Content-Type", "application/http; msgtype=response")],
           http("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
                gzip.compress(nb, mtime=0))),
]

with open("news.warc", "wb") as f:
    f.write(b"".join(records))
with open("news.warc.gz", "wb") as f:  # one gzip member per record, as Common Crawl writes
    for r in records:
        f.write(gzip.compress(r, mtime=0))
with open("news_whole.warc.gz", "wb") as f:  # the whole file as one member
    f.write(gzip.compress(b"".join(records), mtime=0))
