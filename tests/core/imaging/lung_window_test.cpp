#include "core/imaging/lung_window.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "core/io/jpeg_stack_writer.h"

namespace ctlite::core {
namespace {

TEST(LungWindow, EdgesMapToTheEndsOfTheGrayRange) {
  EXPECT_EQ(window_to_gray8(-1350.0), 0);  // centre - width / 2
  EXPECT_EQ(window_to_gray8(150.0), 255);  // centre + width / 2
}

TEST(LungWindow, ValuesBeyondTheEdgesSaturate) {
  EXPECT_EQ(window_to_gray8(-1351.0), 0);
  EXPECT_EQ(window_to_gray8(-3024.0), 0);
  EXPECT_EQ(window_to_gray8(151.0), 255);
  EXPECT_EQ(window_to_gray8(3071.0), 255);
  EXPECT_EQ(window_to_gray8(std::numeric_limits<double>::infinity()), 255);
  EXPECT_EQ(window_to_gray8(-std::numeric_limits<double>::infinity()), 0);
}

TEST(LungWindow, NotANumberIsAir) {
  EXPECT_EQ(window_to_gray8(std::numeric_limits<double>::quiet_NaN()), 0);
}

TEST(LungWindow, RoundsHalfUp) {
  // One gray step is 1500 / 255 = 5.88 HU. The centre -600 lands on 127.5 exactly.
  EXPECT_EQ(window_to_gray8(-600.0), 128);
  EXPECT_EQ(window_to_gray8(-600.001), 127);
  // Level 1 starts half a step above the lower edge: -1350 + 1500 / 510 = -1347.0588...
  EXPECT_EQ(window_to_gray8(-1347.06), 0);
  EXPECT_EQ(window_to_gray8(-1347.05), 1);
  // Level 255 starts half a step below the upper edge: 150 - 2.941... = 147.0588...
  EXPECT_EQ(window_to_gray8(147.05), 254);
  EXPECT_EQ(window_to_gray8(147.06), 255);
  EXPECT_EQ(window_to_gray8(-1000.0), 60);  // 350 * 0.17 = 59.5 -> 60
}

TEST(LungWindow, IsMonotonic) {
  int previous = 0;
  for (double hu = -1400.0; hu <= 200.0; hu += 0.25) {
    const int gray = window_to_gray8(hu);
    EXPECT_GE(gray, previous);
    previous = gray;
  }
  EXPECT_EQ(previous, 255);
}

TEST(LungWindow, OtherWindowsUseTheSameRule) {
  const DisplayWindow mediastinum{40.0, 400.0};
  EXPECT_EQ(window_to_gray8(-160.0, mediastinum), 0);
  EXPECT_EQ(window_to_gray8(240.0, mediastinum), 255);
  EXPECT_EQ(window_to_gray8(40.0, mediastinum), 128);
}

TEST(LungWindow, GrayLevelsMapToTheNetworkScale) {
  EXPECT_EQ(gray8_to_network(0), -1.0);
  EXPECT_EQ(gray8_to_network(255), 1.0);
  EXPECT_DOUBLE_EQ(gray8_to_network(128), 128.0 / 255.0 * 2.0 - 1.0);
  for (int g = 1; g < 256; ++g)
    EXPECT_GT(gray8_to_network(static_cast<std::uint8_t>(g)),
              gray8_to_network(static_cast<std::uint8_t>(g - 1)));
}

TEST(LungWindow, WindowsOneAxialSlice) {
  Volume volume;
  volume.allocate({3, 2, 2}, 0.0f);
  volume.at(0, 0, 1) = -2000.0f;
  volume.at(2, 1, 1) = 500.0f;
  volume.at(1, 0, 1) = -600.0f;
  std::uint8_t gray[6];
  window_slice_to_gray8(volume, 1, kLungWindow, gray);
  EXPECT_EQ(gray[0], 0);
  EXPECT_EQ(gray[1], 128);
  EXPECT_EQ(gray[5], 255);
  EXPECT_EQ(gray[2], window_to_gray8(0.0));
}

}  // namespace
}  // namespace ctlite::core
