from enum import StrEnum


class Location3DType(StrEnum):
    VALUE_0 = "3d"

    def __str__(self) -> str:
        return str(self.value)
