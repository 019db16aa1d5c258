#include "widgets/views/outlined_text_sprites.h"

#include <QCache>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "widgets/views/annotation_painter.h"

namespace ctlite::widgets {

namespace {

constexpr double kOutlineWidth = 2.5;
// A slice position or cursor value changes with every step, so labels keep coming; the cache
// holds a few screens' worth of them (cost = image bytes).
constexpr qsizetype kCacheBytes = 4 * 1024 * 1024;

QString sprite_key(const QString& text, const QFont& font, const QColor& colour, qreal device_pixel_ratio) {
  return font.key() + QLatin1Char('|') + QString::number(colour.rgba(), 16) + QLatin1Char('|') +
         QString::number(device_pixel_ratio) + QLatin1Char('|') + text;
}

}  // namespace

OutlinedTextSprites::Sprite OutlinedTextSprites::render(const QString& text, const QFont& font, const QColor& colour,
                                                         qreal device_pixel_ratio) {
  QPainterPath path;
  path.addText(QPointF(0.0, 0.0), font, text);
  // Half the outline plus a pixel for antialiasing on every side.
  const double margin = kOutlineWidth / 2.0 + 1.0;
  const QRectF bounds = path.boundingRect().adjusted(-margin, -margin, margin, margin);
  const QPoint top_left(static_cast<int>(std::floor(bounds.left())), static_cast<int>(std::floor(bounds.top())));
  const QSize logical_size(static_cast<int>(std::ceil(bounds.right())) - top_left.x(),
                           static_cast<int>(std::ceil(bounds.bottom())) - top_left.y());

  Sprite sprite;
  sprite.image = QImage(logical_size * device_pixel_ratio, QImage::Format_ARGB32_Premultiplied);
  sprite.image.setDevicePixelRatio(device_pixel_ratio);
  sprite.image.fill(Qt::transparent);
  sprite.origin = QPointF(-top_left.x(), -top_left.y());

  QPainter painter(&sprite.image);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.translate(sprite.origin);
  painter.setPen(QPen(QColor(0, 0, 0, 200), kOutlineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.setBrush(Qt::NoBrush);
  painter.drawPath(path);
  painter.setPen(Qt::NoPen);
  painter.setBrush(colour);
  painter.drawPath(path);
  return sprite;
}

const OutlinedTextSprites::Sprite& OutlinedTextSprites::sprite(const QString& text, const QFont& font,
                                                               const QColor& colour, qreal device_pixel_ratio) {
  static QCache<QString, Sprite> cache(kCacheBytes);
  const QString key = sprite_key(text, font, colour, device_pixel_ratio);
  if (const Sprite* cached = cache.object(key)) return *cached;
  auto* rendered = new Sprite(render(text, font, colour, device_pixel_ratio));
  const qsizetype cost = std::max<qsizetype>(1, rendered->image.sizeInBytes());
  // QCache refuses (and deletes) an object dearer than the whole cache: keep that one aside.
  if (cost > kCacheBytes) {
    static Sprite oversized;
    oversized = std::move(*rendered);
    delete rendered;
    return oversized;
  }
  cache.insert(key, rendered, cost);
  return *cache.object(key);
}

void OutlinedTextSprites::draw(QPainter& painter, const QPointF& baseline_left, const QString& text, const QFont& font,
                               const QColor& colour) {
  if (text.isEmpty()) return;
  const qreal ratio = painter.device() != nullptr ? painter.device()->devicePixelRatioF() : 1.0;
  const Sprite& label = sprite(text, font, colour, ratio);
  // Whole device pixels: a sprite drawn at a fractional position would be resampled and blur.
  const QPointF device_corner(std::round(baseline_left.x() * ratio) - label.origin.x() * ratio,
                              std::round(baseline_left.y() * ratio) - label.origin.y() * ratio);
  const QPointF corner = device_corner / ratio;
  if (clipped_away(painter, QRectF(corner, label.image.deviceIndependentSize()))) return;
  painter.drawImage(corner, label.image);
}

}  // namespace ctlite::widgets
