from enum import StrEnum


class CuboidType(StrEnum):
    CUBOID = "cuboid"
    CUBOID_SYNC = "cuboid-sync"

    def __str__(self) -> str:
        return str(self.value)
