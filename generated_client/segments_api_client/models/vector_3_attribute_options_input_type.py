from enum import StrEnum


class Vector3AttributeOptionsInputType(StrEnum):
    VECTOR3 = "vector3"

    def __str__(self) -> str:
        return str(self.value)
