from enum import StrEnum


class TaskAttributeFieldsSensors(StrEnum):
    ALL = "all"
    VALUE_0 = "2D"
    VALUE_1 = "3D"

    def __str__(self) -> str:
        return str(self.value)
