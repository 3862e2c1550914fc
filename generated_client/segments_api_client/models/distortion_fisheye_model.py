from enum import StrEnum


class DistortionFisheyeModel(StrEnum):
    FISHEYE = "fisheye"

    def __str__(self) -> str:
        return str(self.value)
