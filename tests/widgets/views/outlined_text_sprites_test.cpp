// The cached annotation text: a light fill inside a dark rim, rasterised once per label and
// device pixel ratio (slice scrolling draws the same labels on every frame).
#include <QFont>
#include <QImage>
#include <gtest/gtest.h>

#include "widgets/views/outlined_text_sprites.h"

namespace ctlite::widgets {
namespace {

QFont label_font() {
  QFont font;
  font.setPixelSize(15);
  font.setBold(true);
  return font;
}

TEST(OutlinedTextSprites, LabelHasLightFillInsideADarkRim) {
  const QColor fill(255, 230, 150);
  const auto& sprite = OutlinedTextSprites::sprite(QStringLiteral("HWL"), label_font(), fill, 1.0);
  ASSERT_FALSE(sprite.image.isNull());
  int fill_pixels = 0, rim_pixels = 0;
  const QImage image = sprite.image.convertToFormat(QImage::Format_ARGB32);
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (c.alpha() > 250 && std::abs(c.red() - fill.red()) < 8 && std::abs(c.blue() - fill.blue()) < 8) ++fill_pixels;
      if (c.alpha() > 150 && qGray(c.rgb()) < 40) ++rim_pixels;
    }
  EXPECT_GT(fill_pixels, 30);
  EXPECT_GT(rim_pixels, 30);
  // The corners lie outside the glyphs and their rim.
  EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0);
  EXPECT_EQ(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 0);
  // The baseline start lies inside the image, left of and below most of the ink.
  EXPECT_GT(sprite.origin.x(), 0.0);
  EXPECT_GT(sprite.origin.y(), image.height() / 2.0);
  EXPECT_LT(sprite.origin.y(), image.height());
}

TEST(OutlinedTextSprites, SameLabelReusesTheSpriteAndOtherLabelsDoNot) {
  const QColor colour(224, 224, 224);
  const qint64 first = OutlinedTextSprites::sprite(QStringLiteral("Im: 12/300"), label_font(), colour, 1.0).image.cacheKey();
  const qint64 again = OutlinedTextSprites::sprite(QStringLiteral("Im: 12/300"), label_font(), colour, 1.0).image.cacheKey();
  const qint64 next = OutlinedTextSprites::sprite(QStringLiteral("Im: 13/300"), label_font(), colour, 1.0).image.cacheKey();
  const qint64 tinted = OutlinedTextSprites::sprite(QStringLiteral("Im: 12/300"), label_font(), Qt::red, 1.0).image.cacheKey();
  EXPECT_EQ(first, again);  // same image => Qt's GL texture cache uploads it once
  EXPECT_NE(first, next);
  EXPECT_NE(first, tinted);
}

TEST(OutlinedTextSprites, HighDensityScreensGetSharperSpritesOfTheSameLogicalSize) {
  const QColor colour(224, 224, 224);
  const auto& single = OutlinedTextSprites::sprite(QStringLiteral("20 cm"), label_font(), colour, 1.0);
  const QSize single_size = single.image.size();
  const auto& doubled = OutlinedTextSprites::sprite(QStringLiteral("20 cm"), label_font(), colour, 2.0);
  EXPECT_EQ(doubled.image.size(), single_size * 2);
  EXPECT_DOUBLE_EQ(doubled.image.devicePixelRatio(), 2.0);
}

}  // namespace
}  // namespace ctlite::widgets
