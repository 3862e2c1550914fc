from enum import StrEnum


class MultiselectAttributeOptionsInputType(StrEnum):
    MULTISELECT = "multiselect"

    def __str__(self) -> str:
        return str(self.value)
