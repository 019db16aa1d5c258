#pragma once
// Test-only reader for the golden safetensors files (F32 only): 8-byte little-endian header
// length, a JSON header, then little-endian data. test_core does not link ai/, whose
// ai/io/safetensors.h is the product's reader, so the tests carry this small one.

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace ctlite::test {

struct GoldenTensor {
  std::vector<std::int64_t> shape;
  std::vector<float> values;  // C order: last axis fastest
};

class GoldenTensorFile {
 public:
  explicit GoldenTensorFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 8) throw std::runtime_error(path + ": too short");
    std::uint64_t header_size = 0;
    for (int i = 7; i >= 0; --i)
      header_size =
          (header_size << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
    if (header_size > bytes.size() - 8) throw std::runtime_error(path + ": header overruns file");
    const auto header = nlohmann::json::parse(
        bytes.begin() + 8, bytes.begin() + 8 + static_cast<std::ptrdiff_t>(header_size));
    const std::size_t data_start = 8 + header_size;
    for (const auto& [name, entry] : header.items()) {
      if (name == "__metadata__") {
        for (const auto& [key, value] : entry.items()) metadata_[key] = value.get<std::string>();
        continue;
      }
      if (entry.at("dtype") != "F32") throw std::runtime_error(path + ": " + name + " is not F32");
      GoldenTensor tensor;
      tensor.shape = entry.at("shape").get<std::vector<std::int64_t>>();
      const auto offsets = entry.at("data_offsets").get<std::vector<std::size_t>>();
      if (offsets.size() != 2 || offsets[0] > offsets[1] || data_start + offsets[1] > bytes.size())
        throw std::runtime_error(path + ": bad offsets for " + name);
      std::size_t expected = 1;
      for (auto d : tensor.shape) expected *= static_cast<std::size_t>(d);
      if (offsets[1] - offsets[0] != expected * sizeof(float))
        throw std::runtime_error(path + ": size mismatch for " + name);
      tensor.values.resize(expected);
      // x86-64 is little-endian, like the file.
      std::memcpy(tensor.values.data(), bytes.data() + data_start + offsets[0],
                  expected * sizeof(float));
      tensors_[name] = std::move(tensor);
    }
  }

  const GoldenTensor& tensor(const std::string& name) const {
    auto it = tensors_.find(name);
    if (it == tensors_.end()) throw std::runtime_error("golden tensor '" + name + "' missing");
    return it->second;
  }
  const std::map<std::string, std::string>& metadata() const { return metadata_; }

 private:
  std::map<std::string, GoldenTensor> tensors_;
  std::map<std::string, std::string> metadata_;
};

}  // namespace ctlite::test
