from enum import StrEnum


class SceneAttributeAnchorType(StrEnum):
    SCENEATTRIBUTE = "sceneAttribute"

    def __str__(self) -> str:
        return str(self.value)
