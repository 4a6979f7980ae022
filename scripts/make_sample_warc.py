#!/usr/bin/env python3
"""Writes data/samples/warc/central-asia.warc (uncompressed WARC/1.0) from the HTML pages in
data/warc-src/.

data/warc-src/manifest.tsv lists the pages in record order, one per line, tab-separated:

    file    target_uri    captured (UTC, YYYY-MM-DDThh:mm:ssZ)

Lines starting with '#' and blank lines are ignored. The output starts with a warcinfo record,
followed by one response record per page whose block is an HTTP/1.1 200 response carrying the
page bytes unchanged. The file is reproducible byte for byte: record ids are UUIDv5 values derived
from the target URI (or the file name for warcinfo), every date comes from the manifest, and the
current time is never read.

Usage: scripts/make_sample_warc.py [--src DIR] [--out FILE]
"""
import argparse
import base64
import hashlib
import os
import sys
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime

CRLF = b"\r\n"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SRC = os.path.join(ROOT, "data", "warc-src")
DEFAULT_OUT = os.path.join(ROOT, "data", "samples", "warc", "central-asia.warc")


def record_id(name):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, name)


def sha1_digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def parse_time(text):
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        sys.exit("make_sample_warc: bad capture time %r (want YYYY-MM-DDThh:mm:ssZ)" % text)


def read_manifest(src):
    entries = []
    with open(os.path.join(src, "manifest.tsv"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit("make_sample_warc: manifest.tsv:%d: want 3 tab-separated fields" % lineno)
            name, uri, captured = parts
            entries.append((name, uri, parse_time(captured)))
    if not entries:
        sys.exit("make_sample_warc: manifest.tsv lists no pages")
    return entries


def charset_of(page):
    """The charset declared by the page's <meta charset>, utf-8 if none."""
    head = page[:2048].lower()
    marker = b'<meta charset="'
    at = head.find(marker)
    if at < 0:
        return "utf-8"
    end = head.find(b'"', at + len(marker))
    return head[at + len(marker):end].decode("ascii")


def warc_record(headers, block):
    lines = [b"WARC/1.0"]
    for key, value in headers:
        lines.append(("%s: %s" % (key, value)).encode("utf-8"))
    lines.append(b"Content-Length: %d" % len(block))
    return CRLF.join(lines) + CRLF + CRLF + block + CRLF + CRLF


def build(src, out_name, entries):
    first = min(captured for _, _, captured in entries)
    info_id = record_id("warcinfo:" + out_name)
    fields = [
        ("software", "newsloom-warc/1.0"),
        ("format", "WARC File Format 1.0"),
        ("conformsTo", "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/"),
        ("isPartOf", os.path.splitext(out_name)[0]),
        ("description", "Central Asia news pages, one response record per page"),
        ("robots", "obey"),
    ]
    info_block = b"".join(("%s: %s" % kv).encode("utf-8") + CRLF for kv in fields)
    parts = [warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", first.strftime("%Y-%m-%dT%H:%M:%SZ")),
        ("WARC-Filename", out_name),
        ("WARC-Record-ID", info_id),
        ("Content-Type", "application/warc-fields"),
    ], info_block)]

    seen = set()
    for name, uri, captured in entries:
        if uri in seen:
            sys.exit("make_sample_warc: %s listed twice" % uri)
        seen.add(uri)
        with open(os.path.join(src, name), "rb") as f:
            page = f.read()
        http_head = CRLF.join([
            b"HTTP/1.1 200 OK",
            ("Date: %s" % format_datetime(captured, usegmt=True)).encode("ascii"),
            b"Server: nginx",
            ("Content-Type: text/html; charset=%s" % charset_of(page)).encode("ascii"),
            b"Content-Length: %d" % len(page),
            b"Cache-Control: max-age=60",
            b"Connection: close",
        ]) + CRLF + CRLF
        block = http_head + page
        parts.append(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", record_id(uri)),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Date", captured.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("WARC-Target-URI", uri),
            ("WARC-Block-Digest", sha1_digest(block)),
            ("WARC-Payload-Digest", sha1_digest(page)),
            ("Content-Type", "application/http; msgtype=response"),
        ], block))
    return b"".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=DEFAULT_SRC, help="folder with manifest.tsv and the pages")
    ap.add_argument("--out", default=DEFAULT_OUT, help="WARC file to write")
    args = ap.parse_args()
    entries = read_manifest(args.src)
    data = build(args.src, os.path.basename(args.out), entries)
    with open(args.out, "wb") as f:
        f.write(data)
    print("make_sample_warc: wrote %s (%d response records, %d bytes)" % (args.out, len(entries), len(data)))


if __name__ == "__main__":
    main()
