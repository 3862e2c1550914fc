from enum import StrEnum


class BasicAnchorType(StrEnum):
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
