#include "app/cli/engine/engine_request.h"

#include <initializer_list>
#include <streambuf>

#include "core/common/errors.h"
#include "core/common/progress.h"

namespace ctlite::cli {
using nlohmann::json;

namespace {

struct NestedTooDeep {};

// Client-chosen text (method names, keys, the JSON parser's "last read" token) is echoed in error
// messages; a hostile one is cut short so that a reply stays small whatever the line held.
std::string shown(const std::string& text, std::size_t limit = 80) {
  return text.size() <= limit ? text : text.substr(0, limit) + "...";
}

json parse_json_line(const std::string& line) {
  return json::parse(line, [](int depth, json::parse_event_t event, json&) {
    // `depth` counts the containers around the one starting: 0 for the request itself.
    const bool opens = event == json::parse_event_t::object_start || event == json::parse_event_t::array_start;
    if (opens && depth >= kMaxRequestNesting) throw NestedTooDeep{};
    return true;
  });
}

bool is_valid_id(const json& id) { return id.is_number_integer() || id.is_string() || id.is_null(); }

void require_known_keys(const json& object, std::initializer_list<const char*> known, const json& id,
                        const std::string& where) {
  for (const auto& item : object.items()) {
    bool is_known = false;
    std::string list;
    for (const char* key : known) {
      is_known = is_known || item.key() == key;
      list += (list.empty() ? "" : ", ") + std::string(key);
    }
    if (!is_known)
      throw RejectedRequest(id, where + " has an unknown key '" + shown(item.key()) + "' (" +
                                    (list.empty() ? std::string("it takes none") : "it takes " + list) + ")");
  }
}

// An optional string parameter: "" when absent or null.
std::string string_parameter(const json& params, const char* key, const json& id) {
  const auto it = params.find(key);
  if (it == params.end() || it->is_null()) return "";
  const std::string name = std::string("params.") + key;
  if (!it->is_string()) throw RejectedRequest(id, name + " is not a string");
  std::string value = it->get<std::string>();
  if (value.size() > kMaxParameterBytes)
    throw RejectedRequest(id, name + " is longer than " + std::to_string(kMaxParameterBytes) + " bytes");
  // "\u0000" is valid JSON, but the C library would silently cut the path at it: another file.
  if (value.find('\0') != std::string::npos) throw RejectedRequest(id, name + " contains a NUL character");
  return value;
}

ScoreRequest score_request(const json& params, const json& id) {
  require_known_keys(params, {"path", "series_uid", "metadata_csv", "model", "device", "pca_out"}, id, "params");
  ScoreRequest request;
  request.path = string_parameter(params, "path", id);
  request.series_uid = string_parameter(params, "series_uid", id);
  request.metadata_csv = string_parameter(params, "metadata_csv", id);
  request.model = string_parameter(params, "model", id);
  request.pca_out = string_parameter(params, "pca_out", id);
  const std::string device = string_parameter(params, "device", id);
  if (!device.empty()) request.device = device;
  if (request.path.empty()) throw RejectedRequest(id, "params.path is missing");
  return request;
}

json cancel_target(const json& params, const json& id) {
  require_known_keys(params, {"target"}, id, "params");
  const auto target = params.find("target");
  if (target == params.end()) throw RejectedRequest(id, "params.target is missing");
  if (!target->is_number_integer() && !target->is_string())
    throw RejectedRequest(id, "params.target must be the id of a request (an integer or a string)");
  return *target;
}

}  // namespace

json engine_error_json(const std::exception& error) {
  std::string kind = "internal";
  if (const auto* engine = dynamic_cast<const EngineError*>(&error)) kind = engine->kind();
  else if (dynamic_cast<const OperationCancelled*>(&error)) kind = "cancelled";
  else if (dynamic_cast<const core::InputError*>(&error) || dynamic_cast<const core::OutputError*>(&error) ||
           dynamic_cast<const std::invalid_argument*>(&error))
    kind = "input";
  return {{"message", error.what()}, {"kind", kind}};
}

RequestLineReader::RequestLineReader(std::istream& in, std::size_t max_bytes) : in_(in), max_bytes_(max_bytes) {}

RequestLineReader::Status RequestLineReader::next(std::string& line) {
  line.clear();
  std::streambuf* buffer = in_.rdbuf();
  if (!buffer || !in_.good()) return Status::End;
  using traits = std::char_traits<char>;
  bool read_any = false, too_long = false;
  for (;;) {
    const traits::int_type c = buffer->sbumpc();
    if (traits::eq_int_type(c, traits::eof())) {
      in_.setstate(std::ios::eofbit);
      if (!read_any) return Status::End;
      break;
    }
    read_any = true;
    if (traits::to_char_type(c) == '\n') break;
    if (line.size() < max_bytes_) line.push_back(traits::to_char_type(c));
    else too_long = true;
  }
  ++line_number_;
  if (too_long) {
    line.clear();
    return Status::TooLong;
  }
  return Status::Line;
}

std::optional<EngineRequest> parse_engine_request(const std::string& line, long line_number) {
  if (line.find_first_not_of(" \t\r") == std::string::npos) return std::nullopt;
  const std::string where = "line " + std::to_string(line_number) + ": ";
  json document;
  try {
    document = parse_json_line(line);
  } catch (const json::exception& e) {
    throw RejectedRequest(nullptr, where + "not valid JSON (" + shown(e.what(), 240) + ")");
  } catch (const NestedTooDeep&) {
    throw RejectedRequest(nullptr, where + "the request nests deeper than " + std::to_string(kMaxRequestNesting) +
                                       " levels");
  }
  if (!document.is_object()) throw RejectedRequest(nullptr, where + "a request must be a JSON object");

  EngineRequest request;
  const auto id = document.find("id");
  if (id != document.end()) {
    if (!is_valid_id(*id)) throw RejectedRequest(nullptr, where + "id must be an integer or a string");
    request.id = *id;
  }
  require_known_keys(document, {"id", "method", "params"}, request.id, "the request");
  const auto method = document.find("method");
  if (method == document.end() || !method->is_string()) throw RejectedRequest(request.id, "request has no method");
  const auto params_found = document.find("params");
  static const json kNoParams = json::object();
  const json& params = params_found == document.end() ? kNoParams : *params_found;
  if (!params.is_object()) throw RejectedRequest(request.id, "params must be a JSON object");

  const std::string& name = method->get_ref<const std::string&>();
  if (name == "hello") {
    request.method = EngineMethod::Hello;
    require_known_keys(params, {}, request.id, "params");
  } else if (name == "score") {
    request.method = EngineMethod::Score;
    request.score = score_request(params, request.id);
  } else if (name == "cancel") {
    request.method = EngineMethod::Cancel;
    request.target = cancel_target(params, request.id);
  } else if (name == "shutdown") {
    request.method = EngineMethod::Shutdown;
    require_known_keys(params, {}, request.id, "params");
  } else {
    throw RejectedRequest(request.id, "unknown method '" + shown(name) + "' (hello, score, cancel, shutdown)");
  }
  return request;
}

}  // namespace ctlite::cli
