#pragma once
// SHA-256 (FIPS 180-4), used to verify that a model bundle's weight files are the ones its
// manifest names. Written here because ai/ may depend on LibTorch alone.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace ctlite::ai {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t size);
  // Finishes the hash; the object must not be updated afterwards.
  std::array<std::uint8_t, 32> digest();
  std::string hex_digest();  // 64 lower-case hex digits

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
  bool finished_ = false;
};

std::string sha256_hex(const std::string& bytes);
// Streams the file; throws core::InputError naming it when it cannot be read.
std::string sha256_file_hex(const std::string& path);

}  // namespace ctlite::ai
