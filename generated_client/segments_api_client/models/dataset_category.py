from enum import StrEnum


class DatasetCategory(StrEnum):
    AGRICULTURE = "agriculture"
    FRUIT = "fruit"
    GARDEN = "garden"
    MEDICAL = "medical"
    OTHER = "other"
    PEOPLE = "people"
    SATELLITE = "satellite"
    STREET_SCENERY = "street_scenery"

    def __str__(self) -> str:
        return str(self.value)
