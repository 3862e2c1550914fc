from enum import StrEnum


class HeightMapEncoding(StrEnum):
    RGB16 = "rgb16"

    def __str__(self) -> str:
        return str(self.value)
