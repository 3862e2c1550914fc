from enum import StrEnum


class WarningRuleName(StrEnum):
    CUBOID_DIMENSION_LIMITS = "cuboid-dimension-limits"
    INTERSECTING_CUBOIDS = "intersecting-cuboids"

    def __str__(self) -> str:
        return str(self.value)
