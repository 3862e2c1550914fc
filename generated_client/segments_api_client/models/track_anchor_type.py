from enum import StrEnum


class TrackAnchorType(StrEnum):
    TRACK = "track"

    def __str__(self) -> str:
        return str(self.value)
