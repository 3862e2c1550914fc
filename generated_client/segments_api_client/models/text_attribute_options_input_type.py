from enum import StrEnum


class TextAttributeOptionsInputType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
