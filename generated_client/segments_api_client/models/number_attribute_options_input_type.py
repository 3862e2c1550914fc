from enum import StrEnum


class NumberAttributeOptionsInputType(StrEnum):
    NUMBER = "number"

    def __str__(self) -> str:
        return str(self.value)
