from enum import StrEnum


class Location2DType(StrEnum):
    VALUE_0 = "2d"

    def __str__(self) -> str:
        return str(self.value)
