from enum import StrEnum


class QuaternionAttributeOptionsInputType(StrEnum):
    QUATERNION = "quaternion"

    def __str__(self) -> str:
        return str(self.value)
