from enum import StrEnum


class InputType(StrEnum):
    CHECKBOX = "checkbox"
    MULTISELECT = "multiselect"
    NUMBER = "number"
    POINTS = "points"
    QUATERNION = "quaternion"
    SELECT = "select"
    TEXT = "text"
    VECTOR3 = "vector3"

    def __str__(self) -> str:
        return str(self.value)
