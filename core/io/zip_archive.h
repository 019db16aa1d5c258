#pragma once
// Read-only zip container access for .npz files (numpy's np.savez / np.savez_compressed):
// stored and deflated entries, zip64, strict bounds on every offset and size, so that a damaged
// or hostile archive fails with a clear error instead of reading out of bounds or ballooning.

#include <zlib.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ctlite::core {

struct ZipEntry {
  std::string name;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;  // 0 stored, 8 deflate
  std::uint32_t crc32 = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;
  std::uint64_t local_header_offset = 0;
};

class ZipArchive {
 public:
  // Reads the central directory; InputError naming `path` if it is not a readable zip.
  explicit ZipArchive(const std::string& path);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  const std::string& path() const { return path_; }
  const std::vector<ZipEntry>& entries() const { return entries_; }
  const ZipEntry* find(const std::string& name) const;
  std::uint64_t file_size() const { return file_size_; }

  // Reads exactly `size` bytes at `offset`, or throws InputError("truncated").
  void read_at(std::uint64_t offset, void* buffer, std::size_t size) const;

 private:
  std::string path_;
  int fd_ = -1;
  std::uint64_t file_size_ = 0;
  std::vector<ZipEntry> entries_;
};

// The decompressed bytes of one entry, read front to back. Never produces more than the entry's
// declared uncompressed size; checks the CRC once the whole entry has been read.
class ZipEntryReader {
 public:
  ZipEntryReader(const ZipArchive& archive, const ZipEntry& entry);
  ~ZipEntryReader();
  ZipEntryReader(const ZipEntryReader&) = delete;
  ZipEntryReader& operator=(const ZipEntryReader&) = delete;

  // Exactly `size` bytes, or InputError naming the archive and the entry (`what` says which part).
  void read_exactly(void* buffer, std::size_t size, const std::string& what);
  std::uint64_t produced() const { return produced_; }

 private:
  std::size_t read_some(std::uint8_t* buffer, std::size_t size);
  [[noreturn]] void fail(const std::string& problem) const;

  const ZipArchive& archive_;
  const ZipEntry& entry_;
  std::uint64_t data_offset_ = 0;  // of the (compressed) data in the file
  std::uint64_t consumed_ = 0;     // compressed bytes taken so far
  std::uint64_t produced_ = 0;     // uncompressed bytes given out so far
  std::uint32_t running_crc_ = 0;
  std::vector<std::uint8_t> input_;     // deflate input window
  std::unique_ptr<z_stream> inflater_;  // null for stored entries
  bool stream_ended_ = false;
};

}  // namespace ctlite::core
