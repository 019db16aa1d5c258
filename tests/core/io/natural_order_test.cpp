#include "core/io/natural_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace ctlite::core {
namespace {

TEST(NaturalOrder, NumbersCompareByValue) {
  std::vector<std::string> names{"slice10.jpg",  "slice2.jpg", "slice1.jpg",  "Slice3.jpg",
                                 "slice002.jpg", "a.jpg",      "slice10b.jpg"};
  std::sort(names.begin(), names.end(), natural_less);
  const std::vector<std::string> expected{"a.jpg",      "slice1.jpg",  "slice002.jpg", "slice2.jpg",
                                          "Slice3.jpg", "slice10.jpg", "slice10b.jpg"};
  EXPECT_EQ(names, expected);
}

TEST(NaturalOrder, IsAStrictWeakOrder) {
  EXPECT_FALSE(natural_less("x1", "x1"));
  EXPECT_TRUE(natural_less("x", "x1"));
  EXPECT_FALSE(natural_less("x1", "x"));
  EXPECT_TRUE(natural_less("img9", "img10"));
  EXPECT_FALSE(natural_less("img10", "img9"));
  EXPECT_TRUE(natural_less("99999999999999999999998", "99999999999999999999999"));
}

}  // namespace
}  // namespace ctlite::core
