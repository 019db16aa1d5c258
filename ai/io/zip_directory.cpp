#include "ai/io/zip_directory.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;
constexpr std::uint64_t kEndRecordSize = 22;
constexpr std::uint64_t kMaxCommentSize = 0xffff;
constexpr std::uint64_t kCentralHeaderSize = 46;
constexpr std::uint64_t kLocalHeaderSize = 30;
constexpr std::uint64_t kZip64LocatorSize = 20;
constexpr std::uint64_t kZip64EndSize = 56;
// A checkpoint holds one record per tensor; 64 MiB of directory is ~1M records.
constexpr std::uint64_t kMaxDirectoryBytes = 64ull << 20;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
  throw core::InputError(path, problem);
}

// Little-endian field of `bytes` at `offset`; the caller has checked the bounds.
std::uint64_t field(const std::string& bytes, std::size_t offset, int width) {
  std::uint64_t value = 0;
  for (int i = width - 1; i >= 0; --i)
    value = (value << 8) | static_cast<unsigned char>(bytes[offset + static_cast<std::size_t>(i)]);
  return value;
}

class ReadOnlyFile {
 public:
  explicit ReadOnlyFile(const std::string& path)
      : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~ReadOnlyFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

struct EndOfDirectory {
  std::uint64_t entry_count = 0;
  std::uint64_t directory_size = 0;
  std::uint64_t directory_offset = 0;
  std::uint64_t position = 0;  // where the (ZIP64) end record starts: the directory ends there
};

}  // namespace

bool ZipDirectory::looks_like_zip(const std::string& path) {
  ReadOnlyFile file(path);
  unsigned char magic[4] = {};
  return file.get() >= 0 && ::pread(file.get(), magic, 4, 0) == 4 && magic[0] == 'P' &&
         magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

std::string ZipDirectory::read_range(std::uint64_t offset, std::uint64_t size) const {
  if (offset > file_size_ || size > file_size_ - offset)
    fail(path_, "ZIP structure points past the end of the file (truncated?)");
  std::string bytes(size, '\0');
  read_range_into(offset, size, bytes.data());
  return bytes;
}

void ZipDirectory::read_range_into(std::uint64_t offset, std::uint64_t size,
                                   void* destination) const {
  if (offset > file_size_ || size > file_size_ - offset)
    fail(path_, "ZIP structure points past the end of the file (truncated?)");
  ReadOnlyFile file(path_);
  if (file.get() < 0) fail(path_, std::string("cannot open: ") + std::strerror(errno));
  auto* bytes = static_cast<char*>(destination);
  std::uint64_t done = 0;
  while (done < size) {
    const ssize_t got =
        ::pread(file.get(), bytes + done, size - done, static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail(path_, std::string("read error: ") + std::strerror(errno));
    if (got == 0) fail(path_, "file shrank while being read");
    done += static_cast<std::uint64_t>(got);
  }
}

ZipDirectory::ZipDirectory(std::string path) : path_(std::move(path)) {
  {
    ReadOnlyFile file(path_);
    if (file.get() < 0) fail(path_, std::string("cannot open: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode))
      fail(path_, "not a regular file");
    file_size_ = static_cast<std::uint64_t>(info.st_size);
  }
  if (file_size_ < kEndRecordSize) fail(path_, "too short for a ZIP archive");

  // The end record sits in the last 22 + comment bytes; accept a signature only where the
  // comment length it states reaches exactly the end of the file.
  const std::uint64_t tail_size = std::min(file_size_, kEndRecordSize + kMaxCommentSize);
  const std::string tail = read_range(file_size_ - tail_size, tail_size);
  EndOfDirectory end;
  bool found = false;
  for (std::uint64_t i = tail_size - kEndRecordSize + 1; i-- > 0;) {
    if (field(tail, i, 4) != kEndSignature) continue;
    if (i + kEndRecordSize + field(tail, i + 20, 2) != tail_size) continue;
    if (field(tail, i + 4, 2) != 0 || field(tail, i + 6, 2) != 0)
      fail(path_, "multi-disk ZIP archives are not supported");
    end.entry_count = field(tail, i + 10, 2);
    end.directory_size = field(tail, i + 12, 4);
    end.directory_offset = field(tail, i + 16, 4);
    end.position = file_size_ - tail_size + i;
    found = true;
    break;
  }
  if (!found) fail(path_, "no ZIP end-of-directory record (not a ZIP archive, or truncated)");

  // torch.save always writes a ZIP64 end record (with a locator right before the classic one),
  // even for small files; then the directory ends where the ZIP64 record starts.
  const bool saturated = end.entry_count == 0xffff || end.directory_size == 0xffffffff ||
                         end.directory_offset == 0xffffffff;
  std::string locator;
  if (end.position >= kZip64LocatorSize)
    locator = read_range(end.position - kZip64LocatorSize, kZip64LocatorSize);
  if (!locator.empty() && field(locator, 0, 4) == kZip64LocatorSignature) {
    const std::uint64_t record_offset = field(locator, 8, 8);
    if (record_offset > end.position - kZip64LocatorSize ||
        end.position - kZip64LocatorSize - record_offset < kZip64EndSize)
      fail(path_, "ZIP64 end record out of place");
    const std::string record = read_range(record_offset, kZip64EndSize);
    if (field(record, 0, 4) != kZip64EndSignature) fail(path_, "ZIP64 end record missing");
    if (field(record, 16, 4) != 0 || field(record, 20, 4) != 0)
      fail(path_, "multi-disk ZIP archives are not supported");
    end.entry_count = field(record, 32, 8);
    end.directory_size = field(record, 40, 8);
    end.directory_offset = field(record, 48, 8);
    end.position = record_offset;
  } else if (saturated) {
    fail(path_, "ZIP64 locator missing");
  }
  if (end.directory_offset > end.position ||
      end.directory_size != end.position - end.directory_offset)
    fail(path_, "ZIP central directory size/offset inconsistent with the file");
  if (end.directory_size > kMaxDirectoryBytes) fail(path_, "ZIP central directory too large");
  if (end.entry_count > end.directory_size / kCentralHeaderSize)
    fail(path_, "ZIP entry count exceeds what the central directory can hold");

  const std::string directory = read_range(end.directory_offset, end.directory_size);
  std::set<std::string> names;
  std::size_t position = 0;
  entries_.reserve(end.entry_count);
  for (std::uint64_t index = 0; index < end.entry_count; ++index) {
    if (directory.size() - position < kCentralHeaderSize ||
        field(directory, position, 4) != kCentralHeaderSignature)
      fail(path_, "corrupt ZIP central directory entry " + std::to_string(index));
    const std::uint64_t flags = field(directory, position + 8, 2);
    ZipEntry entry;
    entry.compression_method = static_cast<std::uint16_t>(field(directory, position + 10, 2));
    entry.compressed_size = field(directory, position + 20, 4);
    entry.uncompressed_size = field(directory, position + 24, 4);
    const std::size_t name_size = field(directory, position + 28, 2);
    const std::size_t extra_size = field(directory, position + 30, 2);
    const std::size_t comment_size = field(directory, position + 32, 2);
    std::uint64_t local_offset = field(directory, position + 42, 4);
    const std::size_t record_size = kCentralHeaderSize + name_size + extra_size + comment_size;
    if (directory.size() - position < record_size)
      fail(path_, "corrupt ZIP central directory entry " + std::to_string(index));
    entry.name = directory.substr(position + kCentralHeaderSize, name_size);
    if (flags & 1) fail(path_, "ZIP entry '" + entry.name + "' is encrypted");

    // ZIP64 extra field: 64-bit values for exactly those fields that hold 0xffffffff.
    std::size_t extra = position + kCentralHeaderSize + name_size;
    const std::size_t extra_end = extra + extra_size;
    while (extra_end - extra >= 4) {
      const std::uint64_t id = field(directory, extra, 2);
      const std::size_t size = field(directory, extra + 2, 2);
      if (extra_end - extra - 4 < size)
        fail(path_, "corrupt ZIP extra field in '" + entry.name + "'");
      if (id == 0x0001) {
        std::size_t at = extra + 4;
        for (std::uint64_t* value :
             {&entry.uncompressed_size, &entry.compressed_size, &local_offset}) {
          if (*value != 0xffffffff) continue;
          if (at + 8 > extra + 4 + size) fail(path_, "corrupt ZIP64 field in '" + entry.name + "'");
          *value = field(directory, at, 8);
          at += 8;
        }
      }
      extra += 4 + size;
    }
    if (!names.insert(entry.name).second)
      fail(path_, "ZIP entry '" + entry.name + "' appears twice");

    if (local_offset > end.directory_offset ||
        end.directory_offset - local_offset < kLocalHeaderSize)
      fail(path_, "ZIP entry '" + entry.name + "' has its header outside the archive");
    const std::string local = read_range(local_offset, kLocalHeaderSize);
    if (field(local, 0, 4) != kLocalHeaderSignature)
      fail(path_, "ZIP entry '" + entry.name + "' has no local header");
    entry.data_offset = local_offset + kLocalHeaderSize + field(local, 26, 2) + field(local, 28, 2);
    if (entry.data_offset > end.directory_offset ||
        entry.compressed_size > end.directory_offset - entry.data_offset)
      fail(path_, "ZIP entry '" + entry.name + "' runs past its archive (truncated?)");
    entries_.push_back(std::move(entry));
    position += record_size;
  }
}

const ZipEntry& ZipDirectory::find_unique(const std::string& suffix) const {
  const ZipEntry* match = nullptr;
  for (const auto& entry : entries_) {
    const bool matches =
        entry.name == suffix ||
        (entry.name.size() > suffix.size() &&
         entry.name.compare(entry.name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
         entry.name[entry.name.size() - suffix.size() - 1] == '/');
    if (!matches) continue;
    if (match) fail(path_, "ZIP archive holds more than one '" + suffix + "'");
    match = &entry;
  }
  if (!match) fail(path_, "ZIP archive holds no '" + suffix + "'");
  return *match;
}

const ZipEntry* ZipDirectory::find(const std::string& name) const {
  for (const auto& entry : entries_)
    if (entry.name == name) return &entry;
  return nullptr;
}

void ZipDirectory::check_stored(const ZipEntry& entry) const {
  if (entry.compression_method != 0 || entry.compressed_size != entry.uncompressed_size)
    fail(path_, "ZIP entry '" + entry.name + "' is compressed (torch.save stores records as is)");
}

std::string ZipDirectory::read_stored(const ZipEntry& entry, std::uint64_t max_bytes) const {
  check_stored(entry);
  if (entry.uncompressed_size > max_bytes)
    fail(path_,
         "ZIP entry '" + entry.name + "' is larger than " + std::to_string(max_bytes) + " bytes");
  return read_range(entry.data_offset, entry.uncompressed_size);
}

void ZipDirectory::read_stored_into(const ZipEntry& entry, void* destination,
                                    std::uint64_t size) const {
  check_stored(entry);
  if (entry.uncompressed_size != size)
    fail(path_, "ZIP entry '" + entry.name + "' holds " + std::to_string(entry.uncompressed_size) +
                    " bytes, expected " + std::to_string(size));
  read_range_into(entry.data_offset, size, destination);
}

}  // namespace ctlite::ai
