#include "widgets/workstation/dark_theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace ctlite::widgets {

void apply_dark_theme(QApplication& application) {
  application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  QPalette palette;
  const QColor window(38, 40, 45);
  const QColor base(27, 29, 34);
  const QColor text(222, 224, 228);
  const QColor disabled(120, 123, 130);
  const QColor accent(62, 132, 214);
  palette.setColor(QPalette::Window, window);
  palette.setColor(QPalette::WindowText, text);
  palette.setColor(QPalette::Base, base);
  palette.setColor(QPalette::AlternateBase, QColor(33, 35, 40));
  palette.setColor(QPalette::ToolTipBase, QColor(50, 53, 60));
  palette.setColor(QPalette::ToolTipText, text);
  palette.setColor(QPalette::PlaceholderText, disabled);
  palette.setColor(QPalette::Text, text);
  palette.setColor(QPalette::Button, QColor(48, 51, 57));
  palette.setColor(QPalette::ButtonText, text);
  palette.setColor(QPalette::BrightText, QColor(255, 120, 110));
  palette.setColor(QPalette::Highlight, accent);
  palette.setColor(QPalette::HighlightedText, Qt::white);
  palette.setColor(QPalette::Link, accent.lighter(130));
  palette.setColor(QPalette::Mid, QColor(60, 63, 70));
  palette.setColor(QPalette::Dark, QColor(22, 23, 27));
  palette.setColor(QPalette::Shadow, Qt::black);
  for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    palette.setColor(QPalette::Disabled, role, disabled);
  application.setPalette(palette);
  application.setStyleSheet(QStringLiteral(
      "QToolBar { border: none; spacing: 3px; padding: 2px; }"
      "QDockWidget::title { background: #2c2f35; padding: 4px; font-weight: 600; }"
      "QStatusBar { border-top: 1px solid #1b1d22; }"
      "QToolButton:checked { background: #3e84d6; border-radius: 3px; }"));
}

}  // namespace ctlite::widgets
