from enum import StrEnum


class Subscription(StrEnum):
    ACADEMIC = "ACADEMIC"
    ENTERPRISE = "ENTERPRISE"
    FREE = "FREE"
    STANDARD = "STANDARD"
    TRIAL = "TRIAL"

    def __str__(self) -> str:
        return str(self.value)
