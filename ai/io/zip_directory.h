#pragma once
// A bounds-checked reader of a ZIP archive's central directory (including ZIP64), used to find
// and read records of torch.save checkpoints before any library unpickles them. It never trusts
// a size or offset from the file: every one is checked against the file size first.

#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::ai {

struct ZipEntry {
  std::string name;
  std::uint16_t compression_method = 0;  // 0 = stored
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;
  std::uint64_t data_offset = 0;  // first byte of the record's data in the file
};

class ZipDirectory {
 public:
  // Reads and checks the directory of `path`. Throws core::InputError naming the file.
  explicit ZipDirectory(std::string path);

  const std::vector<ZipEntry>& entries() const { return entries_; }
  const std::string& path() const { return path_; }
  std::uint64_t file_size() const { return file_size_; }
  // The one entry whose name is `suffix` or ends with "/" + suffix; InputError when there is
  // none or more than one.
  const ZipEntry& find_unique(const std::string& suffix) const;
  // The entry named exactly `name`, or nullptr.
  const ZipEntry* find(const std::string& name) const;
  // The data of a stored (uncompressed) entry, at most `max_bytes` long.
  std::string read_stored(const ZipEntry& entry, std::uint64_t max_bytes) const;
  // Copies a stored entry of exactly `size` bytes into `destination`.
  void read_stored_into(const ZipEntry& entry, void* destination, std::uint64_t size) const;

  // True when the file starts with a ZIP local-file signature.
  static bool looks_like_zip(const std::string& path);

 private:
  std::string read_range(std::uint64_t offset, std::uint64_t size) const;
  void read_range_into(std::uint64_t offset, std::uint64_t size, void* destination) const;
  void check_stored(const ZipEntry& entry) const;

  std::string path_;
  std::uint64_t file_size_ = 0;
  std::vector<ZipEntry> entries_;
};

}  // namespace ctlite::ai
