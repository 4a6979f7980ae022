#include "server/http_server.h"

#include <httplib.h>

#include <chrono>

#include "fmt/format.h"

namespace newsloom {
namespace {

ApiRequest ToApiRequest(const httplib::Request& req) {
  ApiRequest r;
  r.method = req.method;
  r.target = req.target;
  r.body = req.body;
  r.remote_addr = req.remote_addr;
  for (const auto& [k, v] : req.headers) r.headers.emplace_back(k, v);
  return r;
}

void Send(ApiResponse response, httplib::Response& res) {
  res.status = response.status;
  for (const auto& [k, v] : response.headers) res.set_header(k, v);
  if (response.stream) {
    auto stream =
        std::make_shared<std::function<Status(const ChunkSink&)>>(std::move(response.stream));
    res.set_chunked_content_provider(
        response.content_type, [stream](size_t, httplib::DataSink& sink) {
          Status s = (*stream)([&](std::string_view chunk) -> Status {
            if (!sink.write(chunk.data(), chunk.size())) {
              return absl::AbortedError("client went away");
            }
            return absl::OkStatus();
          });
          if (s.ok()) sink.done();
          return s.ok();  // false aborts the connection: the client sees a truncated body
        });
    return;
  }
  if (response.status == 304) return;
  res.set_content(std::move(response.body), response.content_type);
}

}  // namespace

HttpServer::HttpServer(Api* api, HttpServerOptions options)
    : api_(api), options_(std::move(options)) {}

HttpServer::~HttpServer() { Stop(); }

Status HttpServer::Start() {
  server_ = std::make_unique<httplib::Server>();
  httplib::Server& s = *server_;
  const size_t threads = std::max<size_t>(options_.threads, 1);
  s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  s.set_payload_max_length(options_.max_body_bytes);
  // httplib's default also sets SO_REUSEPORT, which lets a second server bind the same port and
  // silently take half the connections; a busy port must be an error.
  s.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  s.set_tcp_nodelay(true);
  s.set_keep_alive_max_count(100);
  s.set_default_headers({{"X-Content-Type-Options", "nosniff"}});
  s.set_read_timeout(options_.read_timeout_seconds, 0);
  s.set_write_timeout(options_.write_timeout_seconds, 0);
  s.set_keep_alive_timeout(options_.keep_alive_seconds);
  const auto handler = [this](const httplib::Request& req, httplib::Response& res) {
    Send(api_->Handle(ToApiRequest(req)), res);
  };
  s.Get(".*", handler);
  s.Post(".*", handler);
  s.Put(".*", handler);
  s.Patch(".*", handler);
  s.Delete(".*", handler);
  s.Options(".*", handler);
  // Errors httplib answers itself (413 before reading a body, 400 for a malformed request, an
  // unknown method): the Api's JSON error body.
  s.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const std::string message = res.status == 413   ? "request body too large"
                                    : res.status == 414 ? "request target too long"
                                    : res.status == 404 ? "not found"
                                                        : fmt::format("HTTP error {}", res.status);
        ApiResponse r = JsonError(res.status, message);
        res.set_content(r.body, r.content_type);
        return httplib::Server::HandlerResponse::Handled;
      }));
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    ApiResponse r = JsonError(500, "internal error");
    res.status = 500;
    res.set_content(r.body, r.content_type);
  });
  if (options_.port == 0) {
    port_ = s.bind_to_any_port(options_.host);
    if (port_ <= 0) {
      return absl::UnavailableError(fmt::format("cannot listen on {}", options_.host));
    }
  } else {
    if (!s.bind_to_port(options_.host, options_.port)) {
      return absl::UnavailableError(
          fmt::format("cannot listen on {}:{} (in use?)", options_.host, options_.port));
    }
    port_ = options_.port;
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  // Stop() right after Start() must find the server running, or listen would never end.
  while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return absl::OkStatus();
}

std::string HttpServer::url() const {
  const bool v6 = options_.host.find(':') != std::string::npos;
  return v6 ? fmt::format("http://[{}]:{}/", options_.host, port_)
            : fmt::format("http://{}:{}/", options_.host, port_);
}

void HttpServer::Wait() {
  if (thread_.joinable()) thread_.join();
}

void HttpServer::Stop() {
  if (server_ != nullptr) server_->stop();
  Wait();
}

}  // namespace newsloom
