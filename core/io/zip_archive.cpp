#include "core/io/zip_archive.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#include "core/common/errors.h"
#include "core/io/byte_order.h"

namespace ctlite::core {
namespace {

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kZip64EndLocator = 0x07064b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kCentralEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::size_t kEndRecordSize = 22;
constexpr std::size_t kMaxCommentSize = 0xFFFF;
// An .npz holds a handful of arrays; a directory claiming more is damaged or hostile.
constexpr std::uint64_t kMaxEntries = 4096;
constexpr std::uint64_t kMaxCentralDirectoryBytes = 16u << 20;

std::uint16_t u16(const std::uint8_t* p) { return load_value<std::uint16_t>(p, false); }
std::uint32_t u32(const std::uint8_t* p) { return load_value<std::uint32_t>(p, false); }
std::uint64_t u64(const std::uint8_t* p) { return load_value<std::uint64_t>(p, false); }

struct DirectoryLocation {
  std::uint64_t entries = 0, size = 0, offset = 0;
};

// Zip64 sizes and offset live in extra field 0x0001, holding only the fields whose 32-bit
// versions are 0xFFFFFFFF, in a fixed order.
void apply_zip64_extra(const std::uint8_t* extra, std::size_t length, ZipEntry& entry,
                       const std::string& path) {
  std::size_t at = 0;
  while (at + 4 <= length) {
    const std::uint16_t id = u16(extra + at);
    const std::uint16_t size = u16(extra + at + 2);
    if (at + 4 + size > length) break;
    if (id == 0x0001) {
      const std::uint8_t* field = extra + at + 4;
      std::size_t used = 0;
      auto take = [&](std::uint64_t& value) {
        if (value != 0xFFFFFFFFu) return;
        if (used + 8 > size) throw InputError(path, "zip64 extra field too short");
        value = u64(field + used);
        used += 8;
      };
      take(entry.uncompressed_size);
      take(entry.compressed_size);
      take(entry.local_header_offset);
      return;
    }
    at += 4 + size;
  }
}

}  // namespace

ZipArchive::ZipArchive(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw InputError(path, std::string("cannot open file: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd_);
    throw InputError(path, "not a regular file");
  }
  file_size_ = static_cast<std::uint64_t>(info.st_size);
  try {
    if (file_size_ < kEndRecordSize) throw InputError(path, "not a zip archive (too short)");
    // The end record is the last 22 bytes plus a comment of up to 64 KiB: search backwards.
    const std::size_t tail_size = static_cast<std::size_t>(
        std::min<std::uint64_t>(file_size_, kEndRecordSize + kMaxCommentSize));
    std::vector<std::uint8_t> tail(tail_size);
    read_at(file_size_ - tail_size, tail.data(), tail_size);
    std::size_t end = std::string::npos;
    for (std::size_t i = tail_size - kEndRecordSize + 1; i-- > 0;) {
      if (u32(&tail[i]) == kEndOfCentralDirectory &&
          i + kEndRecordSize + u16(&tail[i + 20]) == tail_size) {
        end = i;
        break;
      }
    }
    if (end == std::string::npos) throw InputError(path, "not a zip archive (no end record)");
    DirectoryLocation directory{u16(&tail[end + 10]), u32(&tail[end + 12]), u32(&tail[end + 16])};
    if (directory.entries == 0xFFFF || directory.size == 0xFFFFFFFFu ||
        directory.offset == 0xFFFFFFFFu) {
      const std::uint64_t end_position = file_size_ - tail_size + end;
      if (end_position < 20) throw InputError(path, "zip64 locator missing");
      std::uint8_t locator[20];
      read_at(end_position - 20, locator, sizeof locator);
      if (u32(locator) != kZip64EndLocator) throw InputError(path, "zip64 locator missing");
      std::uint8_t record[56];
      read_at(u64(locator + 8), record, sizeof record);
      if (u32(record) != kZip64End) throw InputError(path, "zip64 end record missing");
      directory = {u64(record + 32), u64(record + 40), u64(record + 48)};
    }
    if (directory.entries > kMaxEntries || directory.size > kMaxCentralDirectoryBytes ||
        directory.offset > file_size_ || directory.size > file_size_ - directory.offset)
      throw InputError(path, "zip central directory is out of bounds (damaged archive)");

    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(directory.size));
    read_at(directory.offset, bytes.data(), bytes.size());
    std::size_t at = 0;
    for (std::uint64_t i = 0; i < directory.entries; ++i) {
      if (at + 46 > bytes.size() || u32(&bytes[at]) != kCentralEntry)
        throw InputError(path, "zip central directory is damaged");
      ZipEntry entry;
      entry.flags = u16(&bytes[at + 8]);
      entry.method = u16(&bytes[at + 10]);
      entry.crc32 = u32(&bytes[at + 16]);
      entry.compressed_size = u32(&bytes[at + 20]);
      entry.uncompressed_size = u32(&bytes[at + 24]);
      const std::size_t name_length = u16(&bytes[at + 28]);
      const std::size_t extra_length = u16(&bytes[at + 30]);
      const std::size_t comment_length = u16(&bytes[at + 32]);
      entry.local_header_offset = u32(&bytes[at + 42]);
      const std::size_t variable = name_length + extra_length + comment_length;
      if (at + 46 + variable > bytes.size())
        throw InputError(path, "zip central directory is damaged");
      entry.name.assign(reinterpret_cast<const char*>(&bytes[at + 46]), name_length);
      apply_zip64_extra(&bytes[at + 46 + name_length], extra_length, entry, path);
      entries_.push_back(std::move(entry));
      at += 46 + variable;
    }
  } catch (...) {
    ::close(fd_);
    throw;
  }
}

ZipArchive::~ZipArchive() { ::close(fd_); }

const ZipEntry* ZipArchive::find(const std::string& name) const {
  for (const auto& entry : entries_)
    if (entry.name == name) return &entry;
  return nullptr;
}

void ZipArchive::read_at(std::uint64_t offset, void* buffer, std::size_t size) const {
  if (offset > file_size_ || size > file_size_ - offset)
    throw InputError(path_, "file is truncated (read past its end)");
  auto* out = static_cast<std::uint8_t*>(buffer);
  while (size > 0) {
    const ssize_t got = ::pread(fd_, out, size, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) throw InputError(path_, "read error");
    out += got;
    offset += static_cast<std::uint64_t>(got);
    size -= static_cast<std::size_t>(got);
  }
}

ZipEntryReader::ZipEntryReader(const ZipArchive& archive, const ZipEntry& entry)
    : archive_(archive), entry_(entry) {
  if (entry.flags & 0x0001) fail("encrypted zip entries are not supported");
  if (entry.method != 0 && entry.method != 8)
    fail("zip compression method " + std::to_string(entry.method) +
         " is not supported (stored and deflate are)");
  std::uint8_t local[30];
  archive.read_at(entry.local_header_offset, local, sizeof local);
  if (u32(local) != kLocalHeader) fail("zip local header is damaged");
  // The local header's own sizes may be placeholders (data descriptors, numpy's forced zip64):
  // only its name and extra lengths are used, to find where the data starts.
  data_offset_ = entry.local_header_offset + 30 + u16(local + 26) + u16(local + 28);
  if (data_offset_ > archive.file_size() ||
      entry.compressed_size > archive.file_size() - data_offset_)
    fail("zip entry extends past the end of the file (truncated archive)");
  if (entry.method == 0 && entry.compressed_size != entry.uncompressed_size)
    fail("stored zip entry has inconsistent sizes");
  if (entry.method == 8) {
    inflater_ = std::make_unique<z_stream>();
    std::memset(inflater_.get(), 0, sizeof(z_stream));
    if (inflateInit2(inflater_.get(), -MAX_WBITS) != Z_OK)  // raw deflate, no zlib header
      fail("cannot start inflating");
    input_.resize(std::size_t{256} << 10);
  }
}

ZipEntryReader::~ZipEntryReader() {
  if (inflater_) inflateEnd(inflater_.get());
}

void ZipEntryReader::fail(const std::string& problem) const {
  throw InputError(archive_.path(), entry_.name + ": " + problem);
}

std::size_t ZipEntryReader::read_some(std::uint8_t* buffer, std::size_t size) {
  // Never beyond the declared size: this is what caps a zip bomb.
  size =
      static_cast<std::size_t>(std::min<std::uint64_t>(size, entry_.uncompressed_size - produced_));
  if (size == 0) return 0;
  std::size_t got = size;
  if (!inflater_) {
    archive_.read_at(data_offset_ + produced_, buffer, size);
  } else {
    z_stream& z = *inflater_;
    z.next_out = buffer;
    z.avail_out = static_cast<uInt>(std::min<std::size_t>(size, std::numeric_limits<uInt>::max()));
    while (z.avail_out > 0 && !stream_ended_) {
      if (z.avail_in == 0) {
        const std::size_t chunk = static_cast<std::size_t>(
            std::min<std::uint64_t>(input_.size(), entry_.compressed_size - consumed_));
        if (chunk == 0) fail("deflate data ends early (truncated entry)");
        archive_.read_at(data_offset_ + consumed_, input_.data(), chunk);
        consumed_ += chunk;
        z.next_in = input_.data();
        z.avail_in = static_cast<uInt>(chunk);
      }
      const int status = inflate(&z, Z_NO_FLUSH);
      if (status == Z_STREAM_END) {
        stream_ended_ = true;
      } else if (status != Z_OK) {
        fail(std::string("corrupt deflate data") + (z.msg ? ": " + std::string(z.msg) : ""));
      }
    }
    got = static_cast<std::size_t>(z.next_out - buffer);
  }
  running_crc_ = static_cast<std::uint32_t>(crc32_z(running_crc_, buffer, got));
  produced_ += got;
  if (produced_ == entry_.uncompressed_size && running_crc_ != entry_.crc32)
    fail("CRC mismatch: the entry is corrupt");
  return got;
}

void ZipEntryReader::read_exactly(void* buffer, std::size_t size, const std::string& what) {
  auto* out = static_cast<std::uint8_t*>(buffer);
  std::size_t total = 0;
  while (total < size) {
    const std::size_t got = read_some(out + total, size - total);
    if (got == 0) fail("entry is truncated (" + what + " incomplete)");
    total += got;
  }
}

}  // namespace ctlite::core
