from enum import StrEnum


class SelectAttributeOptionsInputType(StrEnum):
    SELECT = "select"

    def __str__(self) -> str:
        return str(self.value)
