from enum import StrEnum


class IssueAnchor2DCoordinatesType(StrEnum):
    VALUE_0 = "2d"

    def __str__(self) -> str:
        return str(self.value)
