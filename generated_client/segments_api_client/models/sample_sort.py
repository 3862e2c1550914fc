from enum import StrEnum


class SampleSort(StrEnum):
    CREATED = "created"
    CREATED_AT = "created_at"
    CREATED_AT_DESC = "-created_at"
    CREATED_DESC = "-created"
    GT_LABEL_UPDATED_AT = "gt_label__updated_at"
    GT_LABEL_UPDATED_AT_DESC = "-gt_label__updated_at"
    NAME = "name"
    NAME_DESC = "-name"
    PRIORITY = "priority"
    PRIORITY_DESC = "-priority"
    UPDATED_AT = "updated_at"
    UPDATED_AT_DESC = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
