#pragma once
// Outlined annotation text (light glyphs, dark rim) rendered once into small images and reused.
//
// Stroking and filling glyph outlines through QPainter's OpenGL engine costs ~8 ms per view and
// frame under Mesa llvmpipe (the text is re-tessellated on every repaint, and slice scrolling
// repaints all three MPR views per step). A sprite is rasterised once by the raster engine and
// then drawn as one textured quad; Qt's GL texture cache keys it by QImage::cacheKey(), so an
// unchanged label is not even uploaded again.

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointF>
#include <QString>

class QPainter;

namespace ctlite::widgets {

class OutlinedTextSprites {
 public:
  // Draws `text` with its baseline starting at `baseline_left` (logical pixels of `painter`).
  static void draw(QPainter& painter, const QPointF& baseline_left, const QString& text, const QFont& font,
                   const QColor& colour);

  // The sprite for one label at one device pixel ratio; `origin` is where the baseline start
  // lies inside the image (logical pixels). Exposed for tests; the reference stays valid only
  // until the next call (a new label may evict it from the cache).
  struct Sprite {
    QImage image;
    QPointF origin;
  };
  static const Sprite& sprite(const QString& text, const QFont& font, const QColor& colour, qreal device_pixel_ratio);

 private:
  static Sprite render(const QString& text, const QFont& font, const QColor& colour, qreal device_pixel_ratio);
};

}  // namespace ctlite::widgets
