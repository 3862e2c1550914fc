from enum import StrEnum


class CalibratedImageCameraConvention(StrEnum):
    OPENCV = "OpenCV"
    OPENGL = "OpenGL"

    def __str__(self) -> str:
        return str(self.value)
