from enum import StrEnum


class IssueSceneAttributeAnchorType(StrEnum):
    SCENEATTRIBUTE = "sceneAttribute"

    def __str__(self) -> str:
        return str(self.value)
