#include "core/io/file_bytes.h"

#include <cstdio>
#include <memory>

#include "core/common/errors.h"

namespace ctlite::core {

std::vector<std::uint8_t> read_file_bytes(const std::string& path, std::uint64_t max_bytes) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) throw InputError(path, "cannot open file");
  if (std::fseek(file.get(), 0, SEEK_END) != 0) throw InputError(path, "cannot seek in file");
  const long size = std::ftell(file.get());
  if (size < 0) throw InputError(path, "cannot determine the file size");
  if (static_cast<std::uint64_t>(size) > max_bytes)
    throw InputError(path, "file is " + std::to_string(size) + " bytes, more than the " +
                               std::to_string(max_bytes) + " expected for this kind of file");
  std::rewind(file.get());
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  if (!bytes.empty() && std::fread(bytes.data(), 1, bytes.size(), file.get()) != bytes.size())
    throw InputError(path, "read error");
  return bytes;
}

}  // namespace ctlite::core
