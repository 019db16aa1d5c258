// The model bundle's manifest.json through its byte entry point: size and nesting limits, the
// strict schema (unknown, missing or mistyped keys), the nested CT-ViT / head / BERT configs and
// the cross-field checks. A manifest that parses must pass validate() and survive a JSON round
// trip unchanged (NaN metrics travel as null).

#include <cstddef>
#include <cstdint>

#include "ai/bundle/bundle_manifest.h"
#include "core/common/errors.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  ai::BundleManifest manifest;
  try {
    manifest = ai::parse_bundle_manifest(data, size, "<fuzz input>");
  } catch (const core::InputError&) {
    return 0;
  }
  manifest.validate();  // an escaping std::invalid_argument is a crash: parse let it through
  const nlohmann::json written = manifest.to_json();
  const ai::BundleManifest again = ai::parse_bundle_manifest(written, "<round trip>");
  fuzz::require(again.to_json() == written, "the manifest changed in a JSON round trip");
  return 0;
}
