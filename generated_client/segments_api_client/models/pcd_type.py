from enum import StrEnum


class PCDType(StrEnum):
    BINARY_XYZI = "binary-xyzi"
    BINARY_XYZIR = "binary-xyzir"
    KITTI = "kitti"
    LAS = "las"
    NUSCENES = "nuscenes"
    PCD = "pcd"
    PLY = "ply"
    SPLAT = "splat"

    def __str__(self) -> str:
        return str(self.value)
