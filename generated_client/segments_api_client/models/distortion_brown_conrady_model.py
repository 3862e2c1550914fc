from enum import StrEnum


class DistortionBrownConradyModel(StrEnum):
    BROWN_CONRADY = "brown-conrady"

    def __str__(self) -> str:
        return str(self.value)
