#include "core/imaging/jpeg_codec.h"

#include <turbojpeg.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

// TurboJPEG handles are costly to create (they allocate the whole libjpeg state) but not
// thread-safe: one per thread, reused for every slice that thread encodes or decodes.
// libjpeg-turbo 2.1 leaves a handle unusable after a stream aborted by TJFLAG_STOPONWARNING
// (the next header read reports 0x0 with no error), so a failed handle is replaced.
class TurboHandle {
 public:
  using Factory = tjhandle (*)();
  explicit TurboHandle(Factory factory) : factory_(factory) { handle_ = create(); }
  ~TurboHandle() { tjDestroy(handle_); }
  TurboHandle(const TurboHandle&) = delete;
  TurboHandle& operator=(const TurboHandle&) = delete;
  tjhandle get() const { return handle_; }

  // The library's message for the last failure; the handle is replaced afterwards.
  std::string take_error() {
    std::string message = tjGetErrorStr2(handle_);
    tjDestroy(handle_);
    handle_ = create();
    return message;
  }

 private:
  tjhandle create() const {
    tjhandle handle = factory_();
    if (!handle)
      throw std::runtime_error(std::string("TurboJPEG init failed: ") + tjGetErrorStr2(nullptr));
    return handle;
  }
  Factory factory_;
  tjhandle handle_ = nullptr;
};

TurboHandle& thread_compressor() {
  thread_local TurboHandle handle(&tjInitCompress);
  return handle;
}

TurboHandle& thread_decompressor() {
  thread_local TurboHandle handle(&tjInitDecompress);
  return handle;
}

// Huffman coding spends at least one bit per 8x8 block and scan (the shortest code for "no
// change, end of block"), so a Huffman-coded JPEG of N bytes cannot hold more than 512 * N
// pixels. A few header bytes claiming 16384 x 16384 would otherwise cost a 256 MiB buffer and
// its zero-filling before the decoder notices the data is missing. Arithmetic coding has no
// such floor; its frames are left to the side limit.
constexpr std::uint64_t kMaxHuffmanPixelsPerByte = 512;

// Whether the frame header (the first SOFn marker) announces arithmetic coding (SOF9..SOF15).
// Only called after TurboJPEG parsed the header, so the segment chain is known to be sane.
bool is_arithmetic_coded(const std::uint8_t* data, std::size_t size) {
  std::size_t at = 2;  // after SOI
  while (at + 4 <= size) {
    if (data[at] != 0xFF) return false;
    const std::uint8_t marker = data[at + 1];
    if (marker == 0xFF) {  // fill byte before a marker
      ++at;
      continue;
    }
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                       marker != 0xCC;  // DHT, JPG and DAC share the range
    if (frame) return marker >= 0xC9;
    at += 2 + (std::size_t{data[at + 2]} << 8 | data[at + 3]);
  }
  return false;
}

}  // namespace

std::vector<std::uint8_t> encode_gray8_jpeg(const std::uint8_t* pixels, int width, int height,
                                            int quality) {
  if (!pixels) throw std::invalid_argument("encode_gray8_jpeg: no pixels");
  if (width <= 0 || height <= 0 || width > kMaxJpegSide || height > kMaxJpegSide)
    throw std::invalid_argument("encode_gray8_jpeg: image size " + std::to_string(width) + "x" +
                                std::to_string(height) + " is outside 1.." +
                                std::to_string(kMaxJpegSide));
  if (quality < 1 || quality > 100)
    throw std::invalid_argument("encode_gray8_jpeg: quality " + std::to_string(quality) +
                                " is outside 1..100");
  TurboHandle& compressor = thread_compressor();
  // Compress straight into a worst-case-sized vector (TJFLAG_NOREALLOC) to avoid a copy.
  const unsigned long capacity = tjBufSize(width, height, TJSAMP_GRAY);
  std::vector<std::uint8_t> jpeg(capacity);
  unsigned char* out = jpeg.data();
  unsigned long out_size = capacity;
  if (tjCompress2(compressor.get(), pixels, width, 0, height, TJPF_GRAY, &out, &out_size,
                  TJSAMP_GRAY, quality, TJFLAG_NOREALLOC) != 0)
    throw std::runtime_error("JPEG encoding failed: " + compressor.take_error());
  jpeg.resize(out_size);
  return jpeg;
}

Gray8Image decode_gray8_jpeg(const std::uint8_t* data, std::size_t size,
                             const std::string& source_name) {
  if (!data || size == 0) throw InputError(source_name, "empty JPEG data");
  if (size > std::numeric_limits<unsigned long>::max())
    throw InputError(source_name, "JPEG data too large");
  TurboHandle& decompressor = thread_decompressor();
  int width = 0, height = 0, subsampling = 0, colorspace = 0;
  if (tjDecompressHeader3(decompressor.get(), data, static_cast<unsigned long>(size), &width,
                          &height, &subsampling, &colorspace) != 0)
    throw InputError(source_name, "not a readable JPEG: " + decompressor.take_error());
  if (width <= 0 || height <= 0 || width > kMaxJpegSide || height > kMaxJpegSide)
    throw InputError(source_name, "JPEG size " + std::to_string(width) + "x" +
                                      std::to_string(height) + " is outside 1.." +
                                      std::to_string(kMaxJpegSide));
  const std::uint64_t pixels = std::uint64_t(width) * std::uint64_t(height);
  if (pixels / kMaxHuffmanPixelsPerByte > size && !is_arithmetic_coded(data, size))
    throw InputError(source_name, "JPEG claims " + std::to_string(width) + "x" +
                                      std::to_string(height) + " pixels but holds only " +
                                      std::to_string(size) + " bytes (truncated or corrupt)");
  // Decoded into memory that is not cleared first and copied out on success: a stream that
  // fails early (an arithmetic-coded one has no bytes-per-pixel floor) then costs the pages
  // the decoder touched, not clearing up to 256 MiB (7 s on a loaded machine).
  const std::size_t pixel_count = static_cast<std::size_t>(pixels);
  const std::unique_ptr<std::uint8_t[]> decoded(new std::uint8_t[pixel_count]);
  // STOPONWARNING: a truncated or damaged stream must fail, not come back padded with gray.
  // LIMITSCANS: refuse progressive files with absurd scan counts (a known CPU-exhaustion attack).
  if (tjDecompress2(decompressor.get(), data, static_cast<unsigned long>(size), decoded.get(),
                    width, 0, height, TJPF_GRAY, TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS) != 0)
    throw InputError(source_name, "corrupt JPEG data: " + decompressor.take_error());
  Gray8Image image;
  image.width = width;
  image.height = height;
  image.pixels.assign(decoded.get(), decoded.get() + pixel_count);
  return image;
}

}  // namespace ctlite::core
