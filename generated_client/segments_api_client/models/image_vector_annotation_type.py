from enum import StrEnum


class ImageVectorAnnotationType(StrEnum):
    BBOX = "bbox"
    POINT = "point"
    POLYGON = "polygon"
    POLYLINE = "polyline"

    def __str__(self) -> str:
        return str(self.value)
