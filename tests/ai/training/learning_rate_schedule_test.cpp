#include "ai/training/learning_rate_schedule.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace ctlite::ai {
namespace {

TEST(LearningRateSchedule, WarmupThenCosineToTheMinimum) {
  LearningRateSchedule s{1e-3, 1e-5, 4, 104};
  EXPECT_DOUBLE_EQ(s.at(0), 0.25e-3);  // never an update with lr 0
  EXPECT_DOUBLE_EQ(s.at(3), 1e-3);
  EXPECT_DOUBLE_EQ(s.at(4), 1e-3);     // cosine starts at the base
  EXPECT_NEAR(s.at(54), 1e-5 + (1e-3 - 1e-5) * 0.5, 1e-15);  // half way
  EXPECT_NEAR(s.at(104), 1e-5, 1e-15);
  EXPECT_NEAR(s.at(500), 1e-5, 1e-15);  // clamped past the end
  for (int step = 5; step < 104; ++step) EXPECT_LT(s.at(step), s.at(step - 1));
  EXPECT_DOUBLE_EQ(s.factor(3), 1.0);
}

TEST(LearningRateSchedule, RejectsInconsistentSettings) {
  EXPECT_THROW((LearningRateSchedule{1e-3, 1e-2, 0, 10}.validate()), std::invalid_argument);
  EXPECT_THROW((LearningRateSchedule{1e-3, 0, 11, 10}.validate()), std::invalid_argument);
  EXPECT_THROW((LearningRateSchedule{0, 0, 0, 10}.validate()), std::invalid_argument);
  EXPECT_NO_THROW((LearningRateSchedule{1e-3, 0, 0, 1}.validate()));
}

}  // namespace
}  // namespace ctlite::ai
