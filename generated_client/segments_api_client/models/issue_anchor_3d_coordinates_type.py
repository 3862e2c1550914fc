from enum import StrEnum


class IssueAnchor3DCoordinatesType(StrEnum):
    VALUE_0 = "3d"

    def __str__(self) -> str:
        return str(self.value)
