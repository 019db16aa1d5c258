#include "ai/io/json_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <string>

#include "tests/common/scratch_dir.h"

namespace ctlite::ai {
namespace {

using test_support::ScratchDir;

std::string write(const ScratchDir& dir, const std::string& name, const std::string& text) {
  const std::string path = dir.file(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::string error_of(const std::function<void()>& call) {
  try {
    call();
  } catch (const core::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(JsonFileTest, ReadsADocument) {
  ScratchDir dir;
  const std::string path = write(dir, "a.json", R"({"x": 3})");
  EXPECT_EQ(read_json_file(path, "the test config").at("x"), 3);
}

TEST(JsonFileTest, ErrorsNameTheFileAndTheDocument) {
  ScratchDir dir;
  const std::string missing = dir.file("missing.json");
  const std::string message = error_of([&] { read_json_file(missing, "the test config"); });
  EXPECT_NE(message.find(missing), std::string::npos) << message;
  EXPECT_NE(message.find("cannot open the test config"), std::string::npos) << message;

  const std::string broken = write(dir, "broken.json", "{\"x\":");
  EXPECT_NE(error_of([&] { read_json_file(broken, "the test config"); }).find("not valid JSON"), std::string::npos);
}

TEST(JsonFileTest, RefusesOversizedFilesBeforeReadingThem) {
  ScratchDir dir;
  const std::string path = write(dir, "big.json", std::string(100, ' ') + "{}");
  EXPECT_NE(error_of([&] { read_json_file(path, "the test config", 64); }).find("more than the 64 accepted"),
            std::string::npos);
}

TEST(JsonFileTest, ParserErrorsBecomeInputErrorsNamingTheFile) {
  ScratchDir dir;
  const std::string path = write(dir, "c.json", R"({"x": "three"})");
  const auto parse_x = [](const nlohmann::json& json) { return json.at("x").get<int>(); };
  const std::string type_error = error_of([&] { parse_json_file(path, "the test config", parse_x); });
  EXPECT_NE(type_error.find(path), std::string::npos) << type_error;
  EXPECT_NE(type_error.find("malformed the test config"), std::string::npos) << type_error;

  const auto reject = [](const nlohmann::json&) -> int { throw std::invalid_argument("x out of range"); };
  EXPECT_NE(error_of([&] { parse_json_file(path, "the test config", reject); }).find("x out of range"),
            std::string::npos);
}

}  // namespace
}  // namespace ctlite::ai
