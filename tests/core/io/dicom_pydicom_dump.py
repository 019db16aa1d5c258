#!/usr/bin/python3
"""Independent reference for the DICOM reader tests: reads each file or folder of slices named
on the command line with pydicom + numpy and prints {path: volume} as JSON (dims, spacing,
origin, direction, voxels x-fastest, rescaled to float) in ctlite::core::Volume's conventions.
Exits with 77 when pydicom or numpy is missing, so the test can skip instead of fail."""
import json
import os
import sys

try:
    import numpy as np
    import pydicom
except ImportError:
    sys.exit(77)


def read_volume(path):
    files = [os.path.join(path, name) for name in sorted(os.listdir(path))] if os.path.isdir(path) else [path]
    slices = [pydicom.dcmread(name) for name in files]
    row = np.array(slices[0].ImageOrientationPatient[:3], dtype=float)
    column = np.array(slices[0].ImageOrientationPatient[3:], dtype=float)
    normal = np.cross(row, column)
    slices.sort(key=lambda s: float(np.dot(np.array(s.ImagePositionPatient, dtype=float), normal)))
    positions = [np.array(s.ImagePositionPatient, dtype=float) for s in slices]
    step = float(np.dot(positions[-1] - positions[0], normal) / (len(slices) - 1)) if len(slices) > 1 \
        else float(slices[0].SliceThickness)
    planes = [s.pixel_array.astype(np.float64) * float(getattr(s, "RescaleSlope", 1))
              + float(getattr(s, "RescaleIntercept", 0)) for s in slices]
    volume = np.stack(planes).astype(np.float32)  # z, y, x: flattening gives x fastest
    row_spacing, column_spacing = (float(v) for v in slices[0].PixelSpacing)
    return {
        "dims": [int(volume.shape[2]), int(volume.shape[1]), int(volume.shape[0])],
        "spacing": [column_spacing, row_spacing, step],
        "origin": [float(v) for v in positions[0]],
        "direction": [float(v) for v in np.column_stack([row, column, normal]).flatten()],
        "voxels": [float(v) for v in volume.flatten()],
    }


if __name__ == "__main__":
    json.dump({path: read_volume(path) for path in sys.argv[1:]}, sys.stdout)
