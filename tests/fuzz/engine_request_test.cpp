// Unit tests of the engine protocol's request side (app/cli/engine/engine_request.h) and of the
// LibTorch-free RequestLoop: the regressions the protocol fuzzer's findings left, and the schema
// rules docs/ENGINE_PROTOCOL.md states. They live beside the fuzzer because they link the same
// LibTorch-free protocol library (no other test binary links app/cli code).

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "app/cli/engine/engine_request.h"
#include "app/cli/engine/request_loop.h"

namespace ctlite::cli {
namespace {

using nlohmann::json;

std::string rejection(const std::string& line, json* id = nullptr) {
  try {
    parse_engine_request(line, 3);
  } catch (const RejectedRequest& rejected) {
    EXPECT_EQ(rejected.kind(), "input");
    if (id) *id = rejected.id();
    return rejected.what();
  }
  ADD_FAILURE() << "accepted: " << line.substr(0, 200);
  return "";
}

std::vector<json> serve(const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  auto score = [](const ScoreRequest& request, const Progress&) { return json{{"path", request.path}}; };
  EXPECT_EQ(RequestLoop(in, out, score, EngineInfo{"test", 1}).run(), 0);
  std::vector<json> replies;
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) replies.push_back(json::parse(line));
  return replies;
}

TEST(EngineRequest, ParsesTheDocumentedRequests) {
  const auto score = parse_engine_request(
      R"({"id": 8, "method": "score", "params": {"path": "/data/ct/series1", "series_uid": "", )"
      R"("model": "/opt/m", "device": "cpu", "pca_out": "/tmp/x/pca.nii.gz"}})",
      1);
  ASSERT_TRUE(score);
  EXPECT_EQ(score->id, 8);
  EXPECT_EQ(score->method, EngineMethod::Score);
  EXPECT_EQ(score->score.path, "/data/ct/series1");
  EXPECT_EQ(score->score.model, "/opt/m");
  EXPECT_EQ(score->score.pca_out, "/tmp/x/pca.nii.gz");
  const auto cancel = parse_engine_request(R"({"id": "c", "method": "cancel", "params": {"target": 8}})", 2);
  ASSERT_TRUE(cancel);
  EXPECT_EQ(cancel->method, EngineMethod::Cancel);
  EXPECT_EQ(cancel->target, 8);
  EXPECT_TRUE(parse_engine_request(R"({"method": "hello"})", 3)->id.is_null());
  EXPECT_EQ(parse_engine_request(R"({"id": 10, "method": "shutdown"})", 4)->method, EngineMethod::Shutdown);
  EXPECT_FALSE(parse_engine_request(" \t\r", 5));
}

TEST(EngineRequest, DeepNestingIsRefusedWhileParsing) {
  // Found while writing the protocol fuzzer: the loop copied params and the cancel target and
  // printed the target back, each recursing once per level; 100,000 nested arrays (a 200 KB
  // line) overflowed the stack of a -O2 build of that code path (SIGSEGV).
  const std::size_t depth = 200000;
  const std::string line = R"({"id": 1, "method": "cancel", "params": {"target": )" + std::string(depth, '[') +
                           std::string(depth, ']') + "}}";
  EXPECT_NE(rejection(line).find("nests deeper than 8 levels"), std::string::npos);
  const auto replies = serve(line + "\n{\"id\": 2, \"method\": \"hello\"}\n");
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(replies[0]["error"]["kind"], "input");
  EXPECT_EQ(replies[1]["id"], 2);
}

TEST(EngineRequest, SchemaErrorsNameTheProblemAndKeepTheId) {
  json id;
  EXPECT_NE(rejection(R"({"id": 4, "method": "frobnicate"})", &id).find("frobnicate"), std::string::npos);
  EXPECT_EQ(id, 4);
  EXPECT_NE(rejection(R"({"id": 5, "method": "score", "params": {"path": "/a", "pca-out": "/b.nii"}})", &id)
                .find("unknown key 'pca-out'"),
            std::string::npos);
  EXPECT_EQ(id, 5);
  EXPECT_NE(rejection(R"({"id": 6, "method": "score", "params": {}})").find("params.path is missing"),
            std::string::npos);
  EXPECT_NE(rejection(R"({"id": 7, "method": "cancel", "params": {"target": [7]}})").find("params.target"),
            std::string::npos);
  EXPECT_NE(rejection(R"({"id": 8, "method": "cancel"})").find("params.target is missing"), std::string::npos);
  EXPECT_NE(rejection(R"({"id": 9, "method": "hello", "params": {"x": 1}})").find("unknown key 'x'"),
            std::string::npos);
  EXPECT_NE(rejection(R"({"id": 1.5, "method": "hello"})", &id).find("line 3: id must be"), std::string::npos);
  EXPECT_TRUE(id.is_null());
  EXPECT_NE(rejection("[1]").find("line 3: a request must be a JSON object"), std::string::npos);
}

TEST(EngineRequest, HostileParametersAreRefused) {
  // "\u0000" is valid JSON; the C library would open the path cut at the NUL, another file.
  EXPECT_NE(rejection(R"({"id": 1, "method": "score", "params": {"path": "/data/a\u0000b"}})").find("NUL"),
            std::string::npos);
  const std::string long_path(kMaxParameterBytes + 1, 'x');
  EXPECT_NE(rejection(R"({"id": 1, "method": "score", "params": {"path": ")" + long_path + "\"}}").find("longer"),
            std::string::npos);
  // An error message echoes a cut-short piece of the line, not the whole of it.
  const std::string unterminated = "{\"id\": 1, \"method\": \"" + std::string(100000, 'm');
  EXPECT_LT(rejection(unterminated).size(), 600u);
}

TEST(RequestLineReader, SkipsOverLongLinesWithoutHoldingThem) {
  std::istringstream in("first\r\n" + std::string(100, 'x') + "\n\nlast");
  RequestLineReader reader(in, 10);
  std::string line;
  EXPECT_EQ(reader.next(line), RequestLineReader::Status::Line);
  EXPECT_EQ(line, "first\r");
  EXPECT_EQ(reader.next(line), RequestLineReader::Status::TooLong);
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(reader.line_number(), 2);
  EXPECT_EQ(reader.next(line), RequestLineReader::Status::Line);
  EXPECT_EQ(line, "");
  EXPECT_EQ(reader.next(line), RequestLineReader::Status::Line);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(reader.line_number(), 4);
  EXPECT_EQ(reader.next(line), RequestLineReader::Status::End);
}

TEST(RequestLoop, AnswersAnOverLongLineAndKeepsServing) {
  const std::string huge = "{\"id\": 1, \"method\": \"score\", \"params\": {\"path\": \"" +
                           std::string(kMaxRequestLineBytes, 'p') + "\"}}";
  const auto replies = serve(huge + "\n{\"id\": 2, \"method\": \"score\", \"params\": {\"path\": \"/v\"}}\n");
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_TRUE(replies[0]["id"].is_null());
  EXPECT_NE(replies[0]["error"]["message"].get<std::string>().find("line 1: longer than"), std::string::npos);
  EXPECT_EQ(replies[1]["result"]["path"], "/v");
}

}  // namespace
}  // namespace ctlite::cli
