from enum import StrEnum


class CameraDistortionModel(StrEnum):
    BROWN_CONRADY = "brown-conrady"
    FISHEYE = "fisheye"

    def __str__(self) -> str:
        return str(self.value)
