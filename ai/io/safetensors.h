#pragma once
// The project's single reader/writer of safetensors files (https://github.com/huggingface/
// safetensors): an 8-byte little-endian header length N, N bytes of JSON (padded with spaces),
// then the raw little-endian tensor bytes. Every size in the header is checked against the
// file before anything is allocated, so a corrupt or hostile file gives one clear InputError
// naming the file and the problem, never a crash or a huge allocation.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "ai/io/state_dict.h"

namespace ctlite::ai {

using TensorFileMetadata = std::map<std::string, std::string>;

struct SafetensorsContent {
  StateDict tensors;            // in file data order
  TensorFileMetadata metadata;  // the optional "__metadata__" string map
};

// Largest header accepted; real headers are a few hundred bytes per tensor.
constexpr std::uint64_t kSafetensorsMaxHeaderBytes = 100ull << 20;

// Reads a whole file. Tensors are CPU, contiguous, with the file's dtype. Throws
// core::InputError("<path>", problem) for anything malformed.
// Only tensors accepted by `select` are read (all are still validated).
SafetensorsContent read_safetensors(const std::string& path, const TensorFilter& select = {});

// Parses a file image held in memory (also the fuzzing entry point: must never crash on any
// input). `source_name` is used in error messages.
SafetensorsContent parse_safetensors(const std::uint8_t* data, std::size_t size,
                                     const std::string& source_name = "<memory>",
                                     const TensorFilter& select = {});

// Writes every tensor (moved to CPU and made contiguous; order kept) atomically: a temporary
// file renamed into place, so no partial file is ever left. Throws core::OutputError.
void write_safetensors(const std::string& path, const StateDict& tensors,
                       const TensorFileMetadata& metadata = {});

// The bytes write_safetensors would write.
std::string serialize_safetensors(const StateDict& tensors,
                                  const TensorFileMetadata& metadata = {});

}  // namespace ctlite::ai
