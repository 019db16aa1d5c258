#pragma once
// The request side of the engine protocol (docs/ENGINE_PROTOCOL.md), free of LibTorch so that the
// protocol fuzzer links exactly the code `ctlite serve` runs: bounded line framing, the JSON
// parse, the request schema, and the error reply a rejected line earns.

#include <cstddef>
#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace ctlite::cli {

struct ScoreRequest {
  std::string path;          // DICOM folder, NIfTI, JPEG stack, npz
  std::string series_uid;    // which series of a DICOM folder holding several
  std::string metadata_csv;  // CT-RATE metadata CSV (NIfTI only)
  std::string model;         // bundle folder; empty = default_model_folder()
  std::string device = "cpu";
  std::string pca_out;       // .nii or .nii.gz; empty = no PCA map
};

// The protocol's error kinds: input | model | cancelled | internal.
class EngineError : public std::runtime_error {
 public:
  EngineError(std::string kind, const std::string& message) : std::runtime_error(message), kind_(std::move(kind)) {}
  const std::string& kind() const { return kind_; }

 private:
  std::string kind_;
};

// The error of an exception escaping a request: {"message": ..., "kind": ...}.
nlohmann::json engine_error_json(const std::exception& error);

// Hostile-size limits, checked while reading (a line is never held beyond the limit).
// A real request line is a few hundred bytes; 1 MiB leaves room for any path.
inline constexpr std::size_t kMaxRequestLineBytes = std::size_t{1} << 20;
// Requests nest two levels (request, params). nlohmann's parser is iterative, but copying,
// comparing and printing a document recurse once per level, so a line of a million '[' would
// overflow the stack there; refuse such lines while parsing.
inline constexpr int kMaxRequestNesting = 8;
// PATH_MAX: longer strings cannot name a file, so no parameter needs more.
inline constexpr std::size_t kMaxParameterBytes = 4096;

// Reads the engine's stdin one line at a time, keeping at most `max_bytes` of a line in memory.
class RequestLineReader {
 public:
  enum class Status { Line, TooLong, End };

  explicit RequestLineReader(std::istream& in, std::size_t max_bytes = kMaxRequestLineBytes);
  // Line: `line` holds the next line (without '\n'). TooLong: the line was longer than the
  // limit and has been skipped to its end. End: nothing left to read.
  Status next(std::string& line);
  // 1-based number of the line `next` returned last.
  long line_number() const { return line_number_; }

 private:
  std::istream& in_;
  std::size_t max_bytes_;
  long line_number_ = 0;
};

enum class EngineMethod { Hello, Score, Cancel, Shutdown };

struct EngineRequest {
  nlohmann::json id;  // integer, string or null: echoed on every line that answers the request
  EngineMethod method = EngineMethod::Hello;
  ScoreRequest score;     // EngineMethod::Score
  nlohmann::json target;  // EngineMethod::Cancel: the id (integer or string) to cancel
};

// A line that is not a valid request: it is answered with an error of kind "input" carrying
// `id()` (null when the line had no usable id).
class RejectedRequest : public EngineError {
 public:
  RejectedRequest(nlohmann::json id, const std::string& message) : EngineError("input", message), id_(std::move(id)) {}
  const nlohmann::json& id() const { return id_; }

 private:
  nlohmann::json id_;
};

// Parses and validates one request line; std::nullopt for a blank line (ignored by the
// protocol). Throws RejectedRequest for anything else that is not a request of the protocol:
// invalid JSON, too deep, not an object, a bad id, an unknown key or method, a missing or
// mistyped parameter, a parameter longer than kMaxParameterBytes or holding a NUL character.
std::optional<EngineRequest> parse_engine_request(const std::string& line, long line_number);

}  // namespace ctlite::cli
