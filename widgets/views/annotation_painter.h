#pragma once
// Text over medical images: light glyphs with a dark outline so they stay legible on both air
// (black) and bone (white), laid out in the four corners and at the edge midpoints.

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRect>
#include <QStringList>

namespace ctlite::widgets {

// True when `painter` is clipped to an area `bounds` misses: the caller may skip the drawing.
// Views repaint small areas (a moved reference line) with a clip, and under a software
// rasteriser each draw call costs even when the clip discards all of it.
inline bool clipped_away(const QPainter& painter, const QRectF& bounds) {
  return painter.hasClipping() && !painter.clipBoundingRect().intersects(bounds);
}

class AnnotationPainter {
 public:
  AnnotationPainter(QPainter& painter, const QRect& area);

  // Lines stacked from the given corner inwards (alignment: one of the four corners).
  void corner(Qt::Alignment alignment, const QStringList& lines, const QColor& colour = kText);
  // An orientation letter at the middle of one edge (Qt::AlignLeft/Right/Top/Bottom).
  void edgeLabel(Qt::Alignment edge, const QString& label);
  void at(const QPointF& baseline_left, const QString& text, const QColor& colour = kText);
  void rightAligned(const QPointF& baseline_right, const QString& text, const QColor& colour = kText);
  void lines(const QPointF& top_left, const QStringList& lines, const QColor& colour = kText);
  void centred(const QString& text, const QColor& colour = kText);

  static inline const QColor kText{224, 224, 224};

 private:
  void outlined(const QPointF& baseline_left, const QString& text, const QColor& colour);

  QPainter& painter_;
  QRect area_;
  QFont font_;
  QFont label_font_;
};

}  // namespace ctlite::widgets
