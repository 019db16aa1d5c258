#include "ai/io/safetensors.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

namespace fs = std::filesystem;

const std::string kGolden = std::string(CTLITE_SHARED_DIR) + "/reference/golden/";

// A file image made of an explicit header text and data bytes.
std::string file_image(const std::string& header, const std::string& data) {
  std::string bytes(8, '\0');
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((header.size() >> (8 * i)) & 0xff);
  return bytes + header + data;
}

SafetensorsContent parse_image(const std::string& image) {
  return parse_safetensors(reinterpret_cast<const std::uint8_t*>(image.data()), image.size(),
                           "sample.safetensors");
}

// Parses and returns the error text; fails the test when no InputError is thrown.
std::string parse_error(const std::string& image) {
  try {
    parse_image(image);
  } catch (const core::InputError& e) {
    EXPECT_EQ(e.path(), "sample.safetensors");
    return e.what();
  }
  ADD_FAILURE() << "no InputError";
  return {};
}

class TemporaryFolder {
 public:
  TemporaryFolder() {
    path_ = fs::temp_directory_path() / ("ctlite_st_" + std::to_string(::getpid()));
    fs::create_directories(path_);
  }
  ~TemporaryFolder() { fs::remove_all(path_); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::size_t count() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(path_), {}));
  }

 private:
  fs::path path_;
};

TEST(Safetensors, ReadsGoldenCtVitWeightsIncludingZeroSizeTensor) {
  const auto content = read_safetensors(kGolden + "tiny_ctvit.safetensors");
  EXPECT_EQ(content.tensors.size(), 93u);
  const auto& null_kv = content.tensors.at("enc_spatial_transformer.layers.0.1.null_kv");
  EXPECT_EQ(null_kv.sizes(), (std::vector<int64_t>{4, 0, 16}));
  const auto& embed = content.tensors.at("vq._codebook.embed");
  EXPECT_EQ(embed.sizes(), (std::vector<int64_t>{1, 128, 64}));
  EXPECT_EQ(embed.scalar_type(), torch::kFloat32);
  EXPECT_TRUE(torch::isfinite(embed).all().item<bool>());
  EXPECT_EQ(content.tensors.at("vq._codebook.initted").item<float>(), 1.0f);
}

TEST(Safetensors, RoundTripKeepsDtypesShapesValuesOrderAndMetadata) {
  StateDict tensors;
  tensors.insert("z_float", torch::randn({3, 5}));
  tensors.insert("a_double", torch::randn({2}, torch::kFloat64));
  tensors.insert("half", torch::randn({4}).to(torch::kFloat16));
  tensors.insert("bfloat", torch::randn({4}).to(torch::kBFloat16));
  tensors.insert("long", torch::arange(7, torch::kInt64));
  tensors.insert("int", torch::arange(3, torch::kInt32));
  tensors.insert("short", torch::arange(3, torch::kInt16));
  tensors.insert("char", torch::arange(-3, 3, torch::kInt8));
  tensors.insert("byte", torch::arange(250, 256, torch::kInt64).to(torch::kUInt8));
  tensors.insert("flags", torch::tensor({true, false, true}));
  tensors.insert("scalar", torch::tensor(2.5f));
  tensors.insert("empty", torch::empty({4, 0, 16}));
  tensors.insert("transposed", torch::randn({3, 4}).t());  // non-contiguous
  const TensorFileMetadata metadata = {{"format", "pt"}, {"note", "ünïcode"}};

  TemporaryFolder folder;
  const std::string path = folder.file("round_trip.safetensors");
  write_safetensors(path, tensors, metadata);
  EXPECT_EQ(folder.count(), 1u);  // no temporary left behind

  const auto content = read_safetensors(path);
  EXPECT_EQ(content.metadata, metadata);
  ASSERT_EQ(content.tensors.names(), tensors.names());
  for (const auto& entry : tensors) {
    const auto& loaded = content.tensors.at(entry.name);
    EXPECT_EQ(loaded.scalar_type(), entry.tensor.scalar_type()) << entry.name;
    EXPECT_EQ(loaded.sizes(), entry.tensor.sizes()) << entry.name;
    EXPECT_TRUE(torch::equal(loaded, entry.tensor)) << entry.name;
  }

  // The header is padded with spaces to a multiple of 8 so the data is aligned.
  const std::string image = serialize_safetensors(tensors, metadata);
  std::uint64_t header_size = 0;
  for (int i = 7; i >= 0; --i)
    header_size = (header_size << 8) | static_cast<unsigned char>(image[i]);
  EXPECT_EQ(header_size % 8, 0u);
  EXPECT_EQ(image[8], '{');
  EXPECT_EQ(image.size(), 8 + header_size + tensors.total_bytes());
  std::ifstream file(path, std::ios::binary);
  const std::string on_disk((std::istreambuf_iterator<char>(file)), {});
  EXPECT_EQ(on_disk, image);
}

TEST(Safetensors, WriteReplacesExistingFileAndFailsCleanlyInMissingFolder) {
  TemporaryFolder folder;
  const std::string path = folder.file("w.safetensors");
  StateDict first;
  first.insert("a", torch::ones({2}));
  write_safetensors(path, first);
  StateDict second;
  second.insert("b", torch::zeros({3}));
  write_safetensors(path, second);
  EXPECT_EQ(read_safetensors(path).tensors.names(), std::vector<std::string>{"b"});

  EXPECT_THROW(write_safetensors(folder.file("missing/x.safetensors"), first), core::OutputError);
  StateDict complex;
  complex.insert("c", torch::zeros({2}, torch::kComplexFloat));
  EXPECT_THROW(write_safetensors(folder.file("c.safetensors"), complex), core::OutputError);
  EXPECT_EQ(folder.count(), 1u);
}

TEST(Safetensors, ErrorsNameTheFile) {
  TemporaryFolder folder;
  const std::string path = folder.file("broken.safetensors");
  std::ofstream(path, std::ios::binary) << "short";
  try {
    read_safetensors(path);
    FAIL();
  } catch (const core::InputError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
  }
  EXPECT_THROW(read_safetensors(folder.file("absent.safetensors")), core::InputError);
  EXPECT_THROW(read_safetensors(folder.file("")), core::InputError);  // a folder
}

TEST(Safetensors, EveryTruncationOfAValidFileIsRejected) {
  StateDict tensors;
  tensors.insert("w", torch::randn({3, 2}));
  tensors.insert("b", torch::randn({2}));
  const std::string image = serialize_safetensors(tensors, {{"k", "v"}});
  for (std::size_t size = 0; size < image.size(); ++size)
    EXPECT_THROW(parse_image(image.substr(0, size)), core::InputError) << size;
  EXPECT_EQ(parse_image(image).tensors.size(), 2u);
}

TEST(Safetensors, RejectsHostileHeaders) {
  const std::string four(4, '\0');
  const auto tensor = [](const std::string& dtype, const std::string& shape,
                         const std::string& offsets) {
    return "{\"t\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape +
           ",\"data_offsets\":" + offsets + "}}";
  };
  const auto f32 = [&](const std::string& shape, const std::string& offsets) {
    return tensor("F32", shape, offsets);
  };
  // Header length far beyond the file.
  std::string huge(8, '\xff');
  EXPECT_NE(parse_error(huge + "{}").find("exceeds the file size"), std::string::npos);
  EXPECT_NE(parse_error(file_image("{\"t\":", "")).find("not valid JSON"), std::string::npos);
  EXPECT_NE(parse_error(file_image("[1]", "")).find("start with '{'"), std::string::npos);
  EXPECT_NE(parse_error(file_image(tensor("F99", "[1]", "[0,4]"), four)).find("unknown dtype"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(tensor("U16", "[2]", "[0,4]"), four)).find("not supported"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[2]", "[0,4]"), four)).find("need 8 bytes"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[-1]", "[0,4]"), four)).find("non-negative"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[1.0]", "[0,4]"), four)).find("non-negative"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[1]", "[0,8]"), four)).find("past the end"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[1]", "[4,0]"), four)).find("end before begin"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[1]", "[0]"), four)).find("pair"), std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[4294967296,4294967296,4294967296]", "[0,4]"), four))
                .find("too large"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[1]", "[0,4]"), four + "xx")).find("after the last"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image(f32("[1]", "[4,8]"), four + four)).find("gap"),
            std::string::npos);
  const std::string overlapping =
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
      "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}";
  EXPECT_NE(parse_error(file_image(overlapping, four + four)).find("overlaps"), std::string::npos);
  const std::string duplicate =
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
      "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}";
  EXPECT_NE(parse_error(file_image(duplicate, four + four)).find("twice"), std::string::npos);
  EXPECT_NE(parse_error(file_image("{\"__metadata__\":{\"k\":1}}", "")).find("not a string"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image("{\"t\":[[[[[[1]]]]]]}", "")).find("nested"), std::string::npos);
  EXPECT_NE(parse_error(file_image("{\"t\":{\"dtype\":\"BOOL\",\"shape\":[1],\"data_offsets\":"
                                   "[0,1]}}",
                                   "\x07"))
                .find("BOOL"),
            std::string::npos);
  EXPECT_NE(parse_error(file_image("{\"t\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":"
                                   "[0,0],\"extra\":1}}",
                                   ""))
                .find("unknown header field"),
            std::string::npos);
}

TEST(Safetensors, AcceptsZeroSizeTensorsBetweenOthersAndEmptyFiles) {
  const std::string header =
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
      "\"e\":{\"dtype\":\"F32\",\"shape\":[2,0],\"data_offsets\":[4,4]},"
      "\"b\":{\"dtype\":\"I8\",\"shape\":[],\"data_offsets\":[4,5]}}    ";
  const float one = 1.0f;
  std::string data(reinterpret_cast<const char*>(&one), 4);
  data += '\x05';
  const auto content = parse_image(file_image(header, data));
  EXPECT_EQ(content.tensors.names(), (std::vector<std::string>{"a", "e", "b"}));
  EXPECT_EQ(content.tensors.at("a").item<float>(), 1.0f);
  EXPECT_EQ(content.tensors.at("e").numel(), 0);
  EXPECT_EQ(content.tensors.at("b").dim(), 0);
  EXPECT_EQ(content.tensors.at("b").item<int8_t>(), 5);
  EXPECT_TRUE(parse_image(file_image("{}      ", "")).tensors.empty());
}

}  // namespace
}  // namespace ctlite::ai
