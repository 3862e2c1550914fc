from enum import StrEnum


class CheckboxAttributeOptionsInputType(StrEnum):
    CHECKBOX = "checkbox"

    def __str__(self) -> str:
        return str(self.value)
