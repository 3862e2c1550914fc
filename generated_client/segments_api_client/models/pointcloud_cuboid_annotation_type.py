from enum import StrEnum


class PointcloudCuboidAnnotationType(StrEnum):
    CUBOID = "cuboid"
    CUBOID_SYNC = "cuboid-sync"

    def __str__(self) -> str:
        return str(self.value)
