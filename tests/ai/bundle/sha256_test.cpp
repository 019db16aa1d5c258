// SHA-256 against the FIPS 180-4 / NIST example vectors and a file whose hash the golden set lists.

#include <gtest/gtest.h>

#include "ai/bundle/sha256.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

TEST(Sha256, NistVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklm"
                       "nopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, ChunkingDoesNotMatter) {
  std::string message;
  for (int i = 0; i < 1000; ++i) message.push_back(static_cast<char>(i * 37));
  const std::string whole = sha256_hex(message);
  for (std::size_t chunk : {1u, 3u, 55u, 56u, 63u, 64u, 65u, 200u}) {
    Sha256 hash;
    for (std::size_t i = 0; i < message.size(); i += chunk)
      hash.update(message.data() + i, std::min(chunk, message.size() - i));
    EXPECT_EQ(hash.hex_digest(), whole) << "chunk " << chunk;
  }
}

TEST(Sha256, FileHashMatchesTheGoldenListing) {
  // tiny_ctvit.json lists the sha256 of each golden file.
  EXPECT_EQ(sha256_file_hex(std::string(CTLITE_SHARED_DIR) + "/reference/golden/tiny_ctvit.safetensors"),
            "8eca330c38e32938b0790a06d497db8e0059dd8ba89e43bfe0ae98b32e331075");
  EXPECT_THROW(sha256_file_hex("/nonexistent/file"), core::InputError);
}

}  // namespace
}  // namespace ctlite::ai
