// Draws CT-Lite's toolbar icons (simple line art, 64x64 PNG) so they stay reviewable as code.
// Rebuild: g++ -std=c++17 -fPIC make_icons.cpp $(pkg-config --cflags --libs Qt6Gui) -o /tmp/make_icons
//          QT_QPA_PLATFORM=offscreen /tmp/make_icons resources/icons
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <functional>
#include <map>

namespace {

const QColor kInk(222, 226, 232);
const QColor kAccent(86, 160, 240);
const QColor kWarm(240, 170, 60);

void save(const QString& folder, const QString& name, const std::function<void(QPainter&)>& draw) {
  QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(kInk, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.setBrush(Qt::NoBrush);
  draw(painter);
  painter.end();
  image.save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

}  // namespace

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
  save(out, "ctlite", [](QPainter& p) {
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(30, 60, 100));
    p.drawRoundedRect(2, 2, 60, 60, 12, 12);
    p.setBrush(QColor(230, 232, 236));
    p.drawEllipse(QPointF(32, 32), 24, 19);
    p.setBrush(QColor(40, 44, 52));
    p.drawEllipse(QPointF(21, 31), 8, 12);
    p.drawEllipse(QPointF(43, 31), 8, 12);
    p.setBrush(kWarm);
    p.drawEllipse(QPointF(45, 27), 3.5, 3.5);
  });
  save(out, "open-file", [](QPainter& p) {
    QPainterPath page;
    page.moveTo(16, 6); page.lineTo(38, 6); page.lineTo(50, 18); page.lineTo(50, 58); page.lineTo(16, 58); page.closeSubpath();
    p.drawPath(page);
    p.drawLine(38, 6, 38, 18); p.drawLine(38, 18, 50, 18);
  });
  save(out, "open-folder", [](QPainter& p) {
    QPainterPath folder;
    folder.moveTo(6, 52); folder.lineTo(6, 14); folder.lineTo(24, 14); folder.lineTo(30, 20); folder.lineTo(56, 20);
    folder.lineTo(56, 52); folder.closeSubpath();
    p.drawPath(folder);
    p.drawLine(6, 28, 56, 28);
  });
  save(out, "screenshot", [](QPainter& p) {
    p.drawRoundedRect(6, 16, 52, 38, 6, 6);
    p.drawEllipse(QPointF(32, 35), 11, 11);
    p.drawLine(22, 16, 26, 9); p.drawLine(26, 9, 38, 9); p.drawLine(38, 9, 42, 16);
  });
  save(out, "layout-grid", [](QPainter& p) {
    p.drawRect(6, 6, 52, 52); p.drawLine(32, 6, 32, 58); p.drawLine(6, 32, 58, 32);
  });
  save(out, "layout-axial-focus", [](QPainter& p) {
    p.drawRect(6, 6, 52, 52); p.drawLine(40, 6, 40, 58); p.drawLine(40, 23, 58, 23); p.drawLine(40, 41, 58, 41);
  });
  save(out, "layout-slices", [](QPainter& p) {
    p.drawRect(4, 14, 56, 36); p.drawLine(23, 14, 23, 50); p.drawLine(41, 14, 41, 50);
  });
  save(out, "maximise", [](QPainter& p) {
    p.drawLine(8, 8, 24, 8); p.drawLine(8, 8, 8, 24); p.drawLine(56, 8, 40, 8); p.drawLine(56, 8, 56, 24);
    p.drawLine(8, 56, 24, 56); p.drawLine(8, 56, 8, 40); p.drawLine(56, 56, 40, 56); p.drawLine(56, 56, 56, 40);
  });
  save(out, "reset", [](QPainter& p) {
    p.drawArc(QRectF(12, 12, 40, 40), 30 * 16, 300 * 16);
    p.drawLine(49, 14, 50, 24); p.drawLine(50, 24, 40, 23);
  });
  save(out, "cine", [](QPainter& p) {
    p.setPen(Qt::NoPen); p.setBrush(kInk);
    QPainterPath play; play.moveTo(18, 10); play.lineTo(52, 32); play.lineTo(18, 54); play.closeSubpath();
    p.drawPath(play);
  });
  save(out, "pause", [](QPainter& p) {
    p.setPen(Qt::NoPen); p.setBrush(kInk);
    p.drawRoundedRect(16, 10, 11, 44, 2, 2); p.drawRoundedRect(37, 10, 11, 44, 2, 2);
  });
  save(out, "navigate", [](QPainter& p) {
    p.drawLine(32, 4, 32, 24); p.drawLine(32, 40, 32, 60); p.drawLine(4, 32, 24, 32); p.drawLine(40, 32, 60, 32);
    p.drawEllipse(QPointF(32, 32), 4, 4);
  });
  save(out, "ruler", [](QPainter& p) {
    p.translate(32, 32); p.rotate(-45);
    p.drawRect(-28, -9, 56, 18);
    for (int x = -20; x <= 20; x += 8) p.drawLine(x, -9, x, x % 16 == 0 ? 1 : -3);
  });
  save(out, "ellipse", [](QPainter& p) {
    p.setPen(QPen(kWarm, 4, Qt::DashLine, Qt::RoundCap)); p.drawEllipse(QPointF(32, 32), 26, 18);
    p.setPen(QPen(kInk, 4)); p.drawPoint(32, 32);
  });
  save(out, "run", [](QPainter& p) {
    p.setPen(Qt::NoPen); p.setBrush(QColor(70, 190, 110));
    p.drawEllipse(QPointF(32, 32), 28, 28);
    p.setBrush(Qt::white);
    QPainterPath play; play.moveTo(25, 18); play.lineTo(46, 32); play.lineTo(25, 46); play.closeSubpath();
    p.drawPath(play);
  });
  save(out, "cancel", [](QPainter& p) {
    p.setPen(QPen(QColor(235, 95, 85), 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(16, 16, 48, 48); p.drawLine(48, 16, 16, 48);
  });
  save(out, "overlay", [](QPainter& p) {
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(230, 60, 60, 190)); p.drawEllipse(QPointF(24, 26), 16, 16);
    p.setBrush(QColor(60, 200, 80, 190)); p.drawEllipse(QPointF(40, 26), 16, 16);
    p.setBrush(QColor(60, 100, 240, 190)); p.drawEllipse(QPointF(32, 40), 16, 16);
  });
  return 0;
}
