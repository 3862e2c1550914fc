from enum import StrEnum


class PointsAttributeOptionsInputType(StrEnum):
    POINTS = "points"

    def __str__(self) -> str:
        return str(self.value)
