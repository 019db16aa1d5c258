#include "widgets/views/annotation_painter.h"

#include <QFontMetricsF>

#include "widgets/views/outlined_text_sprites.h"

namespace ctlite::widgets {

namespace {
constexpr double kMargin = 6.0;
}

AnnotationPainter::AnnotationPainter(QPainter& painter, const QRect& area)
    : painter_(painter), area_(area), font_(painter.font()), label_font_(painter.font()) {
  font_.setPixelSize(12);
  label_font_.setPixelSize(15);
  label_font_.setBold(true);
}

void AnnotationPainter::outlined(const QPointF& baseline_left, const QString& text, const QColor& colour) {
  OutlinedTextSprites::draw(painter_, baseline_left, text, painter_.font(), colour);
}

void AnnotationPainter::corner(Qt::Alignment alignment, const QStringList& text_lines, const QColor& colour) {
  painter_.save();
  painter_.setFont(font_);
  const QFontMetricsF metrics(font_);
  const double line_height = metrics.lineSpacing();
  const bool top = alignment.testFlag(Qt::AlignTop);
  const bool left = alignment.testFlag(Qt::AlignLeft);
  for (int i = 0; i < text_lines.size(); ++i) {
    const QString& line = text_lines[i];
    const int row = top ? i : static_cast<int>(text_lines.size()) - 1 - i;
    const double y = top ? area_.top() + kMargin + metrics.ascent() + row * line_height
                         : area_.bottom() - kMargin - metrics.descent() - row * line_height;
    const double x = left ? area_.left() + kMargin
                          : area_.right() - kMargin - metrics.horizontalAdvance(line);
    // The first line of the top-left block is the view name: drawn in the view's colour.
    outlined(QPointF(x, y), line, (i == 0 || !top || !left) ? colour : kText);
  }
  painter_.restore();
}

void AnnotationPainter::edgeLabel(Qt::Alignment edge, const QString& label) {
  painter_.save();
  painter_.setFont(label_font_);
  const QFontMetricsF metrics(label_font_);
  const double width = metrics.horizontalAdvance(label);
  QPointF baseline;
  if (edge == Qt::AlignLeft)
    baseline = {area_.left() + kMargin, area_.center().y() + metrics.ascent() / 2.0};
  else if (edge == Qt::AlignRight)
    baseline = {area_.right() - kMargin - width, area_.center().y() + metrics.ascent() / 2.0};
  else if (edge == Qt::AlignTop)
    baseline = {area_.center().x() - width / 2.0, area_.top() + kMargin + metrics.ascent()};
  else
    baseline = {area_.center().x() - width / 2.0, area_.bottom() - kMargin - metrics.descent()};
  outlined(baseline, label, QColor(255, 230, 150));
  painter_.restore();
}

void AnnotationPainter::at(const QPointF& baseline_left, const QString& text, const QColor& colour) {
  painter_.save();
  painter_.setFont(font_);
  outlined(baseline_left, text, colour);
  painter_.restore();
}

void AnnotationPainter::rightAligned(const QPointF& baseline_right, const QString& text, const QColor& colour) {
  painter_.save();
  painter_.setFont(font_);
  outlined(baseline_right - QPointF(QFontMetricsF(font_).horizontalAdvance(text), 0.0), text, colour);
  painter_.restore();
}

void AnnotationPainter::lines(const QPointF& top_left, const QStringList& text_lines, const QColor& colour) {
  painter_.save();
  painter_.setFont(font_);
  const QFontMetricsF metrics(font_);
  for (int i = 0; i < text_lines.size(); ++i)
    outlined(top_left + QPointF(0.0, metrics.ascent() + i * metrics.lineSpacing()), text_lines[i], colour);
  painter_.restore();
}

void AnnotationPainter::centred(const QString& text, const QColor& colour) {
  painter_.save();
  painter_.setFont(label_font_);
  const QFontMetricsF metrics(label_font_);
  outlined(QPointF(area_.center().x() - metrics.horizontalAdvance(text) / 2.0, area_.center().y()), text, colour);
  painter_.restore();
}

}  // namespace ctlite::widgets
