from enum import StrEnum


class PointcloudVectorAnnotationType(StrEnum):
    POINT = "point"
    POLYGON = "polygon"
    POLYLINE = "polyline"

    def __str__(self) -> str:
        return str(self.value)
