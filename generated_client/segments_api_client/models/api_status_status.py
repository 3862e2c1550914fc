from enum import StrEnum


class ApiStatusStatus(StrEnum):
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
