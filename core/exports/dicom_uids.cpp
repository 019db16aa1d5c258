#include "core/exports/dicom_uids.h"

#include <algorithm>
#include <cstdint>

#include <dcmtk/dcmdata/dcuid.h>

namespace ctlite::core {

std::string new_dicom_uid() {
  char uid[100];
  dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
  return uid;
}

std::string name_based_uid(std::string_view name) {
  // Two FNV-1a 64-bit passes with different offset bases make the 128 bits; PS3.5 B.2 only
  // asks for a UUID-sized integer, and these UIDs name public things (model identities).
  auto fnv1a = [&name](std::uint64_t hash) {
    for (unsigned char c : name) {
      hash ^= c;
      hash *= 0x100000001b3ULL;
    }
    return hash;
  };
  std::uint64_t high = fnv1a(0xcbf29ce484222325ULL);
  std::uint64_t low = fnv1a(0x84222325cbf29ce4ULL ^ high);
  // Decimal digits of the 128-bit number high:low by long division in 32-bit limbs.
  std::uint32_t limbs[4] = {static_cast<std::uint32_t>(high >> 32), static_cast<std::uint32_t>(high),
                            static_cast<std::uint32_t>(low >> 32), static_cast<std::uint32_t>(low)};
  std::string digits;
  auto nonzero = [&limbs] { return std::any_of(limbs, limbs + 4, [](std::uint32_t l) { return l != 0; }); };
  do {
    std::uint64_t remainder = 0;
    for (auto& limb : limbs) {
      const std::uint64_t value = (remainder << 32) | limb;
      limb = static_cast<std::uint32_t>(value / 10);
      remainder = value % 10;
    }
    digits.push_back(static_cast<char>('0' + remainder));
  } while (nonzero());
  std::reverse(digits.begin(), digits.end());
  return "2.25." + digits;
}

}  // namespace ctlite::core
