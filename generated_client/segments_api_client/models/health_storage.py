from enum import StrEnum


class HealthStorage(StrEnum):
    FULL = "full"
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
