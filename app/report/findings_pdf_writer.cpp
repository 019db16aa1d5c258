#include "app/report/findings_pdf_writer.h"

#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"

namespace ctlite::report {

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

// Qt 6.4 shapes "fi"/"ff"/"fl" as ligatures, which pdftotext extracts as U+FB00..U+FB02;
// QFont::setFeature (turning "liga" off) only arrives in Qt 6.6.
QFont report_font(int points, bool bold = false) {
  QFont font("DejaVu Sans", points);
  font.setBold(bold);
  return font;
}

QString or_dash(const std::string& text) { return text.empty() ? QStringLiteral("-") : q(text); }

QString dicom_date(const std::string& date) {
  if (date.size() != 8) return or_dash(date);
  return q(date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2));
}

// A cursor that lays out text top to bottom on A4 pages in device pixels (300 dpi).
class PageCursor {
 public:
  PageCursor(QPdfWriter& writer, QPainter& painter)
      : writer_(writer), painter_(painter), width_(writer.width()), height_(writer.height()) {}

  int width() const { return width_; }
  int y() const { return y_; }
  void skip(int pixels) { y_ += pixels; }

  void ensure_room(int pixels) {
    if (y_ + pixels <= height_) return;
    writer_.newPage();
    y_ = 0;
  }

  void heading(const QString& text) {
    skip(40);
    line(text, 14, true);
    painter_.drawLine(0, y_, width_, y_);
    skip(20);
  }

  void line(const QString& text, int points, bool bold = false, QColor colour = Qt::black) {
    painter_.setFont(report_font(points, bold));
    painter_.setPen(colour);
    const QRect bounds =
        painter_.boundingRect(QRect(0, 0, width_, height_), Qt::TextWordWrap, text);
    ensure_room(bounds.height());
    painter_.drawText(QRect(0, y_, width_, bounds.height()), Qt::TextWordWrap, text);
    y_ += bounds.height();
  }

  void field(const QString& label, const QString& value) {
    line(label + ": " + value, 10);
  }

 private:
  QPdfWriter& writer_;
  QPainter& painter_;
  int width_;
  int height_;
  int y_ = 0;
};

void identification(PageCursor& page, const FindingsPdfContent& content) {
  const auto& id = content.identity;
  page.heading("Patient and study");
  if (content.deidentified)
    page.line("De-identified export (DICOM PS3.15 Basic Profile subset): identifying data removed.",
              10, true);
  page.field("Patient", or_dash(id.patient_name) + "    ID " + or_dash(id.patient_id) +
                            "    born " + dicom_date(id.patient_birth_date) + "    sex " +
                            or_dash(id.patient_sex));
  page.field("Study", dicom_date(id.study_date) + "  " + or_dash(id.study_time) +
                          "    accession " + or_dash(id.accession_number) + "    " +
                          q(id.study_description));
  page.field("Series", or_dash(id.series_description) + "    number " + or_dash(id.series_number) +
                           "    modality " + or_dash(id.modality));
  // De-identified UIDs are minted per export process: printing them would not match the SR's.
  if (content.deidentified) return;
  page.field("Study Instance UID", or_dash(id.study_instance_uid));
  page.field("Series Instance UID", or_dash(id.series_instance_uid));
}

void acquisition(PageCursor& page, const FindingsPdfContent& content) {
  page.heading("Acquisition");
  page.field("Source", q(content.source_format) + ", " + QString::number(content.dims[2]) +
                           " slices of " + QString::number(content.dims[0]) + " x " +
                           QString::number(content.dims[1]) + " voxels");
  page.field("Voxel spacing", QString("%1 x %2 x %3 mm")
                                  .arg(content.spacing[0], 0, 'f', 3)
                                  .arg(content.spacing[1], 0, 'f', 3)
                                  .arg(content.spacing[2], 0, 'f', 3));
  page.field("Model input", content.findings.compressed_input()
                                ? "compressed (lung-window 8-bit JPEG slices)"
                                : "uncompressed (Hounsfield units)");
}

void model_identity(PageCursor& page, const FindingsPdfContent& content) {
  const auto& model = content.findings.model;
  page.heading("AI model");
  page.field("Model", q(model.name) + " (" + or_dash(model.id) + ") version " + q(model.version));
  page.line("Weights SHA-256: " + or_dash(model.weights_sha256), 8);  // 64 digits: one line
  page.field("Device", or_dash(content.findings.device));
  if (!model.notice.empty()) page.line(q(model.notice), 10, true, QColor(160, 0, 0));
}

void findings_table(PageCursor& page, QPainter& painter, const FindingsPdfContent& content) {
  page.heading("Findings (CT-RATE, 18 abnormalities)");
  const int w = page.width();
  const int columns[4] = {0, w * 55 / 100, w * 70 / 100, w * 85 / 100};
  const int row_height = 62;
  auto row = [&](const QString cells[4], bool bold, bool shaded) {
    page.ensure_room(row_height);
    if (shaded) painter.fillRect(0, page.y(), w, row_height, QColor(235, 235, 235));
    painter.setFont(report_font(10, bold));
    painter.setPen(Qt::black);
    for (int c = 0; c < 4; ++c)
      painter.drawText(QRect(columns[c] + 10, page.y(), w / 3, row_height), Qt::AlignVCenter,
                       cells[c]);
    page.skip(row_height);
  };
  const QString header[4] = {"Finding", "Score", "Threshold", "Call"};
  row(header, true, false);
  for (const auto& finding : content.findings.findings) {
    const QString cells[4] = {q(finding.name), QString::number(finding.score, 'f', 3),
                              QString::number(finding.threshold, 'f', 3),
                              finding.present ? "PRESENT" : "absent"};
    row(cells, finding.present, finding.present);
  }
}

QImage to_qimage(const core::KeyImage& image) {
  return QImage(image.rgb.data(), image.width, image.height, image.width * 3,
                QImage::Format_RGB888)
      .copy();
}

void image_row(PageCursor& page, QPainter& painter, const std::vector<core::KeyImage>& images,
               const QString& title) {
  if (images.empty()) return;
  const int gap = 30;
  const int cell = (page.width() - gap * static_cast<int>(images.size() - 1)) /
                   static_cast<int>(images.size());
  page.ensure_room(cell + 120);
  page.line(title, 10, true);
  int x = 0;
  int tallest = 0;
  for (const auto& image : images) {
    const QImage picture = to_qimage(image);
    const QSize size = picture.size().scaled(cell, cell, Qt::KeepAspectRatio);
    painter.drawImage(QRect(x, page.y(), size.width(), size.height()), picture);
    painter.setFont(report_font(8));
    painter.drawText(QRect(x, page.y() + size.height(), cell, 50), Qt::AlignLeft,
                     q(image.plane));
    tallest = std::max(tallest, size.height() + 50);
    x += cell + gap;
  }
  page.skip(tallest + 10);
}

void key_images(PageCursor& page, QPainter& painter, const FindingsPdfContent& content) {
  page.heading("Key images");
  page.field("Through voxel", QString("(%1, %2, %3): %4")
                                  .arg(content.key_voxel[0])
                                  .arg(content.key_voxel[1])
                                  .arg(content.key_voxel[2])
                                  .arg(q(content.key_voxel_reason)));
  page.field("Window", QString("centre %1 HU, width %2 HU (lung window); radiological "
                               "orientation (patient's left on the image right)")
                           .arg(content.window.center)
                           .arg(content.window.width));
  image_row(page, painter, content.key_images, "Without overlay");
  if (!content.overlay_images.empty())
    image_row(page, painter, content.overlay_images,
              "With overlay: " + q(content.overlay_description));
}

void closing(PageCursor& page, const FindingsPdfContent& content) {
  page.heading("Limitations");
  page.line("Scores are zero-shot similarities of a CT foundation model to text prompts for 18 "
            "CT-RATE findings, thresholded per finding. They are not calibrated probabilities "
            "of disease, are not a diagnosis and must be reviewed by a qualified radiologist. "
            "NOT FOR DIAGNOSTIC USE.",
            10);
  if (content.findings.model.synthetic_trained())
    page.line("This model was trained on synthetic phantoms only: its scores carry no clinical "
              "meaning.",
              10, true, QColor(160, 0, 0));
  page.skip(30);
  page.field("Generated", q(content.generated_at) + " by CT-Lite Workstation " +
                              q(content.software_version));
  page.skip(80);
  page.line("Reviewed by: ______________________________    Date: ______________", 10);
  page.skip(60);
  page.line("Signature: ______________________________", 10);
}

}  // namespace

void write_findings_pdf(const FindingsPdfContent& content, const std::string& path) {
  core::AtomicOutput output = core::AtomicOutput::file(path);
  {
    QPdfWriter writer(QString::fromStdString(output.temp_path()));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle("CT-Lite AI findings report");
    writer.setCreator("CT-Lite Workstation");
    QPainter painter;
    if (!painter.begin(&writer)) throw core::OutputError(path, "cannot start the PDF writer");
    // Qt 6.4 would embed the key images as JPEG otherwise (stack-notes.md).
    painter.setRenderHint(QPainter::LosslessImageRendering);
    PageCursor page(writer, painter);
    page.line("CT-Lite AI findings report", 20, true);
    if (content.findings.model.synthetic_trained())
      page.line("SYNTHETIC-TRAINED DEMO MODEL - NOT FOR CLINICAL USE", 12, true,
                QColor(160, 0, 0));
    identification(page, content);
    acquisition(page, content);
    model_identity(page, content);
    findings_table(page, painter, content);
    key_images(page, painter, content);
    closing(page, content);
    if (!painter.end()) throw core::OutputError(path, "cannot finish the PDF");
  }
  output.commit();
}

}  // namespace ctlite::report
