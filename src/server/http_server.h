// HttpServer: serves an Api over HTTP/1.1 with cpp-httplib — a fixed pool of worker threads,
// keep-alive, request bodies bounded (413 before the body is read), and every error answered
// with the Api's JSON error body. Streamed responses (exports) go out chunked.
//
// Lifecycle: Start() binds (port 0 picks a free one; port() tells which) and serves on a
// background thread; Stop() stops accepting, finishes the requests in flight and joins.
//
// Thread safety: Start/Stop/Wait from one controlling thread; the Api is called from the
// worker threads.
#ifndef NEWSLOOM_SERVER_HTTP_SERVER_H_
#define NEWSLOOM_SERVER_HTTP_SERVER_H_

#include <memory>
#include <string>
#include <thread>

#include "core/status.h"
#include "server/api.h"

namespace httplib {
class Server;
}

namespace newsloom {

struct HttpServerOptions {
  std::string host = "127.0.0.1";  // address to bind; "0.0.0.0" for every interface
  int port = 8080;                 // 0 picks a free port
  // Worker threads. httplib keeps a thread per open keep-alive connection, so this bounds the
  // connections served at once (a browser opens up to 6). Default 16.
  size_t threads = 16;
  size_t max_body_bytes = 8u << 20;  // larger bodies get 413 unread. Default 8 MiB
  int read_timeout_seconds = 10;     // per read on a connection. Default 10
  int write_timeout_seconds = 30;    // per write. Default 30
  int keep_alive_seconds = 5;        // idle keep-alive connection lifetime. Default 5
};

class HttpServer {
 public:
  // `api` is not owned and must outlive the server.
  HttpServer(Api* api, HttpServerOptions options);
  ~HttpServer();  // stops

  // Binds and starts serving. Unavailable naming host:port when binding fails.
  Status Start();
  // The bound port (after Start).
  int port() const { return port_; }
  // "http://HOST:PORT/".
  std::string url() const;
  // Blocks until the server stops (Stop from another thread or a signal handler thread).
  void Wait();
  void Stop();

 private:
  Api* api_;
  HttpServerOptions options_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace newsloom

#endif  // NEWSLOOM_SERVER_HTTP_SERVER_H_
