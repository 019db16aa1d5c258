#pragma once
// Guards and measurements on the paths a `ctlite` command reads and writes.

#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::cli {

// Throws core::OutputError naming `output` when writing it would replace one of `inputs` or put
// anything inside an input folder (a DICOM series, a JPEG stack): inputs are never modified and
// input folders never gain files.
void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs);

// Bytes a file, or every regular file under a folder, occupies (apparent size).
std::uint64_t bytes_on_disk(const std::string& path);

// The lower-cased name ending that chooses an output format: ".nii.gz", ".nii", ".safetensors"...
bool has_suffix(const std::string& path, const std::string& suffix);

}  // namespace ctlite::cli
