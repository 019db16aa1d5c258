#!/usr/bin/env bash
# Installs every Debian 12 package CT-Lite Workstation needs to build, run and test.
# Idempotent: re-running it only installs what is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config clang
  # core/: DICOM, NIfTI (ITK), JPEG, JSON, zlib
  libdcmtk-dev dcmtk libinsighttoolkit5-dev libgdcm-dev libgdcm-tools
  libturbojpeg0-dev libjpeg62-turbo-dev nlohmann-json3-dev zlib1g-dev
  # ai/: LibTorch with a threaded OpenBLAS (the reference BLAS is ~50x slower)
  libtorch-dev libopenblas0-pthread
  # widgets/ and app/: Qt 6, VTK 9.1, QCustomPlot for Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libqt6openglwidgets6 libgl-dev libvtk9-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  # tests and checks
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth
  python3-pydicom python3-nibabel python3-numpy python3-sklearn
  dicom3tools poppler-utils
  # a Bengali font, or the Bengali user interface shows empty boxes
  fonts-beng-extra
  # PACS end-to-end test (tests/app/pacs_test.sh) and .deb packaging
  orthanc dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "install-deps: all ${#packages[@]} packages present"
