#pragma once
// Helpers for reader/writer tests: a scratch folder removed afterwards, reference results from
// /usr/bin/python3 (nibabel, numpy), and small file utilities.

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/common/errors.h"
#include "core/io/read_notes.h"
#include "tests/common/scratch_dir.h"

namespace ctlite::core::testing {

using ScratchDir = ctlite::test_support::ScratchDir;

// Runs `script` with Debian's /usr/bin/python3 (which has nibabel and numpy) and parses the JSON
// it prints last. Fails the test (throws) if Python fails.
nlohmann::json run_python_json(const std::string& script);

std::vector<std::uint8_t> read_file_bytes(const std::string& path);
void write_file_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes);
std::vector<float> read_float32_file(const std::string& path);

std::string shared_dir();

bool has_note_containing(const ReadNotes& notes, const std::string& text);

// The InputError that `action` throws, or nullopt when it throws none (other exceptions pass).
std::optional<InputError> caught_input_error(const std::function<void()>& action);

// `action` must throw an InputError naming `path` whose problem mentions `text`.
void expect_input_error(const std::function<void()>& action, const std::string& path,
                        const std::string& text);

}  // namespace ctlite::core::testing
