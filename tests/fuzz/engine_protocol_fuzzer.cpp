// The `ctlite serve` engine protocol: the fuzz input is the engine's stdin, run through the real
// RequestLoop (bounded line framing, JSON parse, request schema, dispatch, the score queue,
// cancel, shutdown) with a stand-in for the LibTorch scoring. Every reply must be one JSON object
// line of docs/ENGINE_PROTOCOL.md, and only validated requests may reach the scorer.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "app/cli/engine/engine_request.h"
#include "app/cli/engine/request_loop.h"
#include "core/common/errors.h"
#include "fuzz_support.h"

namespace {

using namespace ctlite;
using nlohmann::json;

// Stands in for ScoreEngine::score: checks what the parser promises, reports progress (where a
// cancel lands), and fails like a reader does for paths naming a "missing" file.
json stand_in_score(const cli::ScoreRequest& request, const Progress& progress) {
  for (const std::string* value : {&request.path, &request.series_uid, &request.metadata_csv, &request.model,
                                   &request.device, &request.pca_out}) {
    fuzz::require(value->size() <= cli::kMaxParameterBytes, "an over-long parameter reached the scorer");
    fuzz::require(value->find('\0') == std::string::npos, "a parameter with a NUL reached the scorer");
  }
  fuzz::require(!request.path.empty() && !request.device.empty(), "a score request without path or device");
  for (const char* stage : {"load", "preprocess", "encode", "score"})
    for (double fraction : {0.0, 0.5, 1.0}) progress.report(stage, fraction, request.path);
  if (request.path.find("missing") != std::string::npos) throw core::InputError(request.path, "no such file");
  return {{"device", request.device}, {"findings", json::array()}, {"pca", nullptr}};
}

bool is_id(const json& id) { return id.is_number_integer() || id.is_string() || id.is_null(); }

// A reply echoes at most a parameter (a path in an error or progress message, ≤ 4096 bytes, up to
// 6 bytes each once JSON-escaped) or a cut-short piece of the request line, whatever the line held.
constexpr std::size_t kMaxReplyBytes = 64 * 1024;

void require_protocol_line(const std::string& line) {
  fuzz::require(line.size() <= kMaxReplyBytes, "a reply echoes an unbounded part of the request");
  const json reply = json::parse(line, nullptr, false);
  fuzz::require(reply.is_object(), "a reply line is not one JSON object");
  fuzz::require(reply.contains("id") && is_id(reply["id"]), "a reply has no valid id");
  const int kinds = int(reply.contains("result")) + int(reply.contains("error")) + int(reply.contains("event"));
  fuzz::require(kinds == 1, "a reply is not exactly one of result, error, event");
  if (reply.contains("error")) {
    const json& error = reply["error"];
    fuzz::require(error.is_object() && error.contains("message") && error["message"].is_string(),
                  "an error without a message");
    const json kind = error.value("kind", json());
    fuzz::require(kind == "input" || kind == "model" || kind == "cancelled" || kind == "internal",
                  "an error kind outside the protocol");
  }
  if (reply.contains("event")) {
    fuzz::require(reply["event"] == "progress" && reply["fraction"].is_number(), "a malformed progress event");
    const double fraction = reply["fraction"].get<double>();
    fuzz::require(fraction >= 0.0 && fraction <= 1.0, "a progress fraction outside 0..1");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  cli::RequestLoop loop(in, out, stand_in_score, cli::EngineInfo{"fuzz", 1});
  fuzz::require(loop.run() == 0, "the request loop did not end with exit code 0");
  std::istringstream replies(out.str());
  for (std::string line; std::getline(replies, line);) require_protocol_line(line);
  return 0;
}
