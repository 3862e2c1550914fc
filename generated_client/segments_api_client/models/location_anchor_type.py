from enum import StrEnum


class LocationAnchorType(StrEnum):
    LOCATION = "location"

    def __str__(self) -> str:
        return str(self.value)
