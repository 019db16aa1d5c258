#include "io_test_support.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace ctlite::core::testing {

nlohmann::json run_python_json(const std::string& script) {
  ScratchDir scratch;
  const std::string script_path = scratch.file("reference.py");
  const std::string output_path = scratch.file("reference.json");
  std::ofstream(script_path) << script;
  const std::string command =
      "/usr/bin/python3 " + script_path + " > " + output_path + " 2> " + scratch.file("err.txt");
  const int status = std::system(command.c_str());
  if (status != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::ifstream error(scratch.file("err.txt"));
    throw std::runtime_error("python reference failed: " +
                             std::string(std::istreambuf_iterator<char>(error), {}));
  }
  std::ifstream output(output_path);
  return nlohmann::json::parse(output);
}

std::vector<std::uint8_t> read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), {});
}

void write_file_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::vector<float> read_float32_file(const std::string& path) {
  const auto bytes = read_file_bytes(path);
  std::vector<float> values(bytes.size() / sizeof(float));
  std::memcpy(values.data(), bytes.data(), values.size() * sizeof(float));
  return values;
}

std::string shared_dir() { return CTLITE_SHARED_DIR; }

bool has_note_containing(const ReadNotes& notes, const std::string& text) {
  for (const auto& note : notes)
    if (note.find(text) != std::string::npos) return true;
  return false;
}

std::optional<InputError> caught_input_error(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& e) {
    return e;
  }
  return std::nullopt;
}

void expect_input_error(const std::function<void()>& action, const std::string& path,
                        const std::string& text) {
  const auto error = caught_input_error(action);
  ASSERT_TRUE(error.has_value()) << path << " was accepted";
  EXPECT_EQ(error->path(), path);
  EXPECT_NE(error->problem().find(text), std::string::npos) << error->what();
}

}  // namespace ctlite::core::testing
