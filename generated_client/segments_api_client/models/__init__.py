"""Contains all the data models used in inputs/outputs"""

from .api_status import ApiStatus
from .api_status_status import ApiStatusStatus
from .asset_create import AssetCreate
from .attribute_values import AttributeValues
from .aws_fields import AWSFields
from .bounds import Bounds
from .brown_conrady_distortion_coefficients import BrownConradyDistortionCoefficients
from .calibrated_image import CalibratedImage
from .calibrated_image_camera_convention import CalibratedImageCameraConvention
from .camera_extrinsics import CameraExtrinsics
from .camera_intrinsics import CameraIntrinsics
from .checkbox_attribute_options import CheckboxAttributeOptions
from .checkbox_attribute_options_input_type import CheckboxAttributeOptionsInputType
from .checkbox_task_attribute import CheckboxTaskAttribute
from .checkbox_task_link_attribute import CheckboxTaskLinkAttribute
from .collaborator import Collaborator
from .collaborator_create import CollaboratorCreate
from .collaborator_update import CollaboratorUpdate
from .control_demo import ControlDemo
from .control_key import ControlKey
from .control_key_create import ControlKeyCreate
from .control_members import ControlMembers
from .control_members_additional_property import ControlMembersAdditionalProperty
from .control_organization import ControlOrganization
from .control_organization_create import ControlOrganizationCreate
from .control_user import ControlUser
from .control_user_create import ControlUserCreate
from .control_webhook import ControlWebhook
from .control_webhook_create import ControlWebhookCreate
from .data_type import DataType
from .dataset import Dataset
from .dataset_category import DatasetCategory
from .dataset_clone import DatasetClone
from .dataset_create import DatasetCreate
from .dataset_event import DatasetEvent
from .dataset_event_event_type import DatasetEventEventType
from .dataset_update import DatasetUpdate
from .delete_samples_request import DeleteSamplesRequest
from .delete_samples_response import DeleteSamplesResponse
from .determinism import Determinism
from .distortion_brown_conrady import DistortionBrownConrady
from .distortion_brown_conrady_model import DistortionBrownConradyModel
from .distortion_fisheye import DistortionFisheye
from .distortion_fisheye_model import DistortionFisheyeModel
from .ego_pose import EgoPose
from .error import Error
from .error_errors import ErrorErrors
from .fault import Fault
from .fault_create import FaultCreate
from .fault_list import FaultList
from .file import File
from .file_url import FileUrl
from .fisheye_distortion_coefficients import FisheyeDistortionCoefficients
from .get_sample_include_signed_urls import GetSampleIncludeSignedUrls
from .health import Health
from .health_database import HealthDatabase
from .health_status import HealthStatus
from .health_storage import HealthStorage
from .height_map import HeightMap
from .height_map_encoding import HeightMapEncoding
from .image_frame import ImageFrame
from .image_sample_attributes import ImageSampleAttributes
from .image_segmentation_label_attributes import ImageSegmentationLabelAttributes
from .image_sequence_sample_attributes import ImageSequenceSampleAttributes
from .image_sequence_segmentation_annotation import ImageSequenceSegmentationAnnotation
from .image_sequence_segmentation_frame import ImageSequenceSegmentationFrame
from .image_sequence_segmentation_label_attributes import (
    ImageSequenceSegmentationLabelAttributes,
)
from .image_sequence_vector_annotation import ImageSequenceVectorAnnotation
from .image_sequence_vector_label_attributes import ImageSequenceVectorLabelAttributes
from .image_vector_annotation import ImageVectorAnnotation
from .image_vector_annotation_type import ImageVectorAnnotationType
from .image_vector_frame import ImageVectorFrame
from .image_vector_label_attributes import ImageVectorLabelAttributes
from .input_type import InputType
from .insights_urls_type_0 import InsightsUrlsType0
from .issue import Issue
from .issue_anchor_2d_coordinates import IssueAnchor2DCoordinates
from .issue_anchor_2d_coordinates_type import IssueAnchor2DCoordinatesType
from .issue_anchor_3d_coordinates import IssueAnchor3DCoordinates
from .issue_anchor_3d_coordinates_type import IssueAnchor3DCoordinatesType
from .issue_anchor_fields import IssueAnchorFields
from .issue_basic_anchor import IssueBasicAnchor
from .issue_basic_anchor_type import IssueBasicAnchorType
from .issue_comment import IssueComment
from .issue_create import IssueCreate
from .issue_event import IssueEvent
from .issue_event_event_type import IssueEventEventType
from .issue_location_anchor import IssueLocationAnchor
from .issue_location_anchor_type import IssueLocationAnchorType
from .issue_scene_attribute_anchor import IssueSceneAttributeAnchor
from .issue_scene_attribute_anchor_type import IssueSceneAttributeAnchorType
from .issue_status import IssueStatus
from .issue_track_anchor import IssueTrackAnchor
from .issue_track_anchor_type import IssueTrackAnchorType
from .issue_update import IssueUpdate
from .journal import Journal
from .journal_entry import JournalEntry
from .journal_entry_query import JournalEntryQuery
from .label import Label
from .label_create import LabelCreate
from .label_event import LabelEvent
from .label_event_event_type import LabelEventEventType
from .label_stats import LabelStats
from .label_status import LabelStatus
from .label_summary import LabelSummary
from .label_update import LabelUpdate
from .labelset import Labelset
from .labelset_create import LabelsetCreate
from .labelset_summary import LabelsetSummary
from .link import Link
from .link_frame_attributes import LinkFrameAttributes
from .list_samples_include_full_label import ListSamplesIncludeFullLabel
from .list_workunits_sort import ListWorkunitsSort
from .metadata import Metadata
from .motion_value import MotionValue
from .multi_sensor_image_sequence_sample_attributes import (
    MultiSensorImageSequenceSampleAttributes,
)
from .multi_sensor_image_sequence_sample_attributes_task_type import (
    MultiSensorImageSequenceSampleAttributesTaskType,
)
from .multi_sensor_image_sequence_segmentation_label_attributes import (
    MultiSensorImageSequenceSegmentationLabelAttributes,
)
from .multi_sensor_image_sequence_segmentation_label_attributes_task_type import (
    MultiSensorImageSequenceSegmentationLabelAttributesTaskType,
)
from .multi_sensor_image_sequence_vector_label_attributes import (
    MultiSensorImageSequenceVectorLabelAttributes,
)
from .multi_sensor_image_sequence_vector_label_attributes_task_type import (
    MultiSensorImageSequenceVectorLabelAttributesTaskType,
)
from .multi_sensor_label_attributes import MultiSensorLabelAttributes
from .multi_sensor_pointcloud_sequence_cuboid_label_attributes import (
    MultiSensorPointcloudSequenceCuboidLabelAttributes,
)
from .multi_sensor_pointcloud_sequence_cuboid_label_attributes_task_type import (
    MultiSensorPointcloudSequenceCuboidLabelAttributesTaskType,
)
from .multi_sensor_pointcloud_sequence_sample_attributes import (
    MultiSensorPointcloudSequenceSampleAttributes,
)
from .multi_sensor_pointcloud_sequence_sample_attributes_task_type import (
    MultiSensorPointcloudSequenceSampleAttributesTaskType,
)
from .multi_sensor_pointcloud_sequence_segmentation_label_attributes import (
    MultiSensorPointcloudSequenceSegmentationLabelAttributes,
)
from .multi_sensor_pointcloud_sequence_segmentation_label_attributes_task_type import (
    MultiSensorPointcloudSequenceSegmentationLabelAttributesTaskType,
)
from .multi_sensor_pointcloud_sequence_vector_label_attributes import (
    MultiSensorPointcloudSequenceVectorLabelAttributes,
)
from .multi_sensor_pointcloud_sequence_vector_label_attributes_task_type import (
    MultiSensorPointcloudSequenceVectorLabelAttributesTaskType,
)
from .multi_sensor_sample_attributes import MultiSensorSampleAttributes
from .multiselect_attribute_options import MultiselectAttributeOptions
from .multiselect_attribute_options_input_type import (
    MultiselectAttributeOptionsInputType,
)
from .multiselect_task_attribute import MultiselectTaskAttribute
from .multiselect_task_link_attribute import MultiselectTaskLinkAttribute
from .number_attribute_options import NumberAttributeOptions
from .number_attribute_options_input_type import NumberAttributeOptionsInputType
from .number_task_attribute import NumberTaskAttribute
from .number_task_link_attribute import NumberTaskLinkAttribute
from .organization_membership import OrganizationMembership
from .ortho_image import OrthoImage
from .ortho_image_corner import OrthoImageCorner
from .ortho_image_corners import OrthoImageCorners
from .owner import Owner
from .partial_xyz import PartialXYZ
from .pcd import PCD
from .pcd_type import PCDType
from .pointcloud_cuboid_annotation import PointcloudCuboidAnnotation
from .pointcloud_cuboid_annotation_type import PointcloudCuboidAnnotationType
from .pointcloud_cuboid_label_attributes import PointcloudCuboidLabelAttributes
from .pointcloud_sample_attributes import PointcloudSampleAttributes
from .pointcloud_segmentation_frame import PointcloudSegmentationFrame
from .pointcloud_segmentation_label_attributes import (
    PointcloudSegmentationLabelAttributes,
)
from .pointcloud_sequence_cuboid_annotation import PointcloudSequenceCuboidAnnotation
from .pointcloud_sequence_cuboid_frame import PointcloudSequenceCuboidFrame
from .pointcloud_sequence_cuboid_label_attributes import (
    PointcloudSequenceCuboidLabelAttributes,
)
from .pointcloud_sequence_sample_attributes import PointcloudSequenceSampleAttributes
from .pointcloud_sequence_segmentation_annotation import (
    PointcloudSequenceSegmentationAnnotation,
)
from .pointcloud_sequence_segmentation_label_attributes import (
    PointcloudSequenceSegmentationLabelAttributes,
)
from .pointcloud_sequence_vector_annotation import PointcloudSequenceVectorAnnotation
from .pointcloud_sequence_vector_frame import PointcloudSequenceVectorFrame
from .pointcloud_sequence_vector_label_attributes import (
    PointcloudSequenceVectorLabelAttributes,
)
from .pointcloud_vector_annotation import PointcloudVectorAnnotation
from .pointcloud_vector_annotation_type import PointcloudVectorAnnotationType
from .pointcloud_vector_label_attributes import PointcloudVectorLabelAttributes
from .points_attribute_options import PointsAttributeOptions
from .points_attribute_options_input_type import PointsAttributeOptionsInputType
from .points_task_attribute import PointsTaskAttribute
from .presigned_post_fields import PresignedPostFields
from .quaternion import Quaternion
from .quaternion_attribute_options import QuaternionAttributeOptions
from .quaternion_attribute_options_input_type import QuaternionAttributeOptionsInputType
from .quaternion_task_attribute import QuaternionTaskAttribute
from .region_of_interest import RegionOfInterest
from .release import Release
from .release_attributes import ReleaseAttributes
from .release_create import ReleaseCreate
from .release_event import ReleaseEvent
from .release_event_event_type import ReleaseEventEventType
from .release_release_type import ReleaseReleaseType
from .release_status import ReleaseStatus
from .role import Role
from .sample import Sample
from .sample_create import SampleCreate
from .sample_event import SampleEvent
from .sample_event_event_type import SampleEventEventType
from .sample_sort import SampleSort
from .sample_update import SampleUpdate
from .segmentation_annotation import SegmentationAnnotation
from .select_attribute_options import SelectAttributeOptions
from .select_attribute_options_input_type import SelectAttributeOptionsInputType
from .select_task_attribute import SelectTaskAttribute
from .select_task_link_attribute import SelectTaskLinkAttribute
from .snapshot import Snapshot
from .snapshot_create import SnapshotCreate
from .subscription import Subscription
from .task_attribute_category import TaskAttributeCategory
from .task_attribute_fields import TaskAttributeFields
from .task_attribute_fields_sensors import TaskAttributeFieldsSensors
from .task_attributes import TaskAttributes
from .task_link_attribute_fields import TaskLinkAttributeFields
from .task_type import TaskType
from .text_attribute_options import TextAttributeOptions
from .text_attribute_options_input_type import TextAttributeOptionsInputType
from .text_task_attribute import TextTaskAttribute
from .text_task_link_attribute import TextTaskLinkAttribute
from .unexpanded_list_type_0_item import UnexpandedListType0Item
from .unexpanded_user import UnexpandedUser
from .user import User
from .user_fields import UserFields
from .vector_3_attribute_options import Vector3AttributeOptions
from .vector_3_attribute_options_input_type import Vector3AttributeOptionsInputType
from .vector_3_task_attribute import Vector3TaskAttribute
from .warning_rule import WarningRule
from .warning_rule_name import WarningRuleName
from .webhook_event_fields import WebhookEventFields
from .webhook_event_type import WebhookEventType
from .workunit import Workunit
from .xyz import XYZ

__all__ = (
    "PCD",
    "XYZ",
    "AWSFields",
    "ApiStatus",
    "ApiStatusStatus",
    "AssetCreate",
    "AttributeValues",
    "Bounds",
    "BrownConradyDistortionCoefficients",
    "CalibratedImage",
    "CalibratedImageCameraConvention",
    "CameraExtrinsics",
    "CameraIntrinsics",
    "CheckboxAttributeOptions",
    "CheckboxAttributeOptionsInputType",
    "CheckboxTaskAttribute",
    "CheckboxTaskLinkAttribute",
    "Collaborator",
    "CollaboratorCreate",
    "CollaboratorUpdate",
    "ControlDemo",
    "ControlKey",
    "ControlKeyCreate",
    "ControlMembers",
    "ControlMembersAdditionalProperty",
    "ControlOrganization",
    "ControlOrganizationCreate",
    "ControlUser",
    "ControlUserCreate",
    "ControlWebhook",
    "ControlWebhookCreate",
    "DataType",
    "Dataset",
    "DatasetCategory",
    "DatasetClone",
    "DatasetCreate",
    "DatasetEvent",
    "DatasetEventEventType",
    "DatasetUpdate",
    "DeleteSamplesRequest",
    "DeleteSamplesResponse",
    "Determinism",
    "DistortionBrownConrady",
    "DistortionBrownConradyModel",
    "DistortionFisheye",
    "DistortionFisheyeModel",
    "EgoPose",
    "Error",
    "ErrorErrors",
    "Fault",
    "FaultCreate",
    "FaultList",
    "File",
    "FileUrl",
    "FisheyeDistortionCoefficients",
    "GetSampleIncludeSignedUrls",
    "Health",
    "HealthDatabase",
    "HealthStatus",
    "HealthStorage",
    "HeightMap",
    "HeightMapEncoding",
    "ImageFrame",
    "ImageSampleAttributes",
    "ImageSegmentationLabelAttributes",
    "ImageSequenceSampleAttributes",
    "ImageSequenceSegmentationAnnotation",
    "ImageSequenceSegmentationFrame",
    "ImageSequenceSegmentationLabelAttributes",
    "ImageSequenceVectorAnnotation",
    "ImageSequenceVectorLabelAttributes",
    "ImageVectorAnnotation",
    "ImageVectorAnnotationType",
    "ImageVectorFrame",
    "ImageVectorLabelAttributes",
    "InputType",
    "InsightsUrlsType0",
    "Issue",
    "IssueAnchor2DCoordinates",
    "IssueAnchor2DCoordinatesType",
    "IssueAnchor3DCoordinates",
    "IssueAnchor3DCoordinatesType",
    "IssueAnchorFields",
    "IssueBasicAnchor",
    "IssueBasicAnchorType",
    "IssueComment",
    "IssueCreate",
    "IssueEvent",
    "IssueEventEventType",
    "IssueLocationAnchor",
    "IssueLocationAnchorType",
    "IssueSceneAttributeAnchor",
    "IssueSceneAttributeAnchorType",
    "IssueStatus",
    "IssueTrackAnchor",
    "IssueTrackAnchorType",
    "IssueUpdate",
    "Journal",
    "JournalEntry",
    "JournalEntryQuery",
    "Label",
    "LabelCreate",
    "LabelEvent",
    "LabelEventEventType",
    "LabelStats",
    "LabelStatus",
    "LabelSummary",
    "LabelUpdate",
    "Labelset",
    "LabelsetCreate",
    "LabelsetSummary",
    "Link",
    "LinkFrameAttributes",
    "ListSamplesIncludeFullLabel",
    "ListWorkunitsSort",
    "Metadata",
    "MotionValue",
    "MultiSensorImageSequenceSampleAttributes",
    "MultiSensorImageSequenceSampleAttributesTaskType",
    "MultiSensorImageSequenceSegmentationLabelAttributes",
    "MultiSensorImageSequenceSegmentationLabelAttributesTaskType",
    "MultiSensorImageSequenceVectorLabelAttributes",
    "MultiSensorImageSequenceVectorLabelAttributesTaskType",
    "MultiSensorLabelAttributes",
    "MultiSensorPointcloudSequenceCuboidLabelAttributes",
    "MultiSensorPointcloudSequenceCuboidLabelAttributesTaskType",
    "MultiSensorPointcloudSequenceSampleAttributes",
    "MultiSensorPointcloudSequenceSampleAttributesTaskType",
    "MultiSensorPointcloudSequenceSegmentationLabelAttributes",
    "MultiSensorPointcloudSequenceSegmentationLabelAttributesTaskType",
    "MultiSensorPointcloudSequenceVectorLabelAttributes",
    "MultiSensorPointcloudSequenceVectorLabelAttributesTaskType",
    "MultiSensorSampleAttributes",
    "MultiselectAttributeOptions",
    "MultiselectAttributeOptionsInputType",
    "MultiselectTaskAttribute",
    "MultiselectTaskLinkAttribute",
    "NumberAttributeOptions",
    "NumberAttributeOptionsInputType",
    "NumberTaskAttribute",
    "NumberTaskLinkAttribute",
    "OrganizationMembership",
    "OrthoImage",
    "OrthoImageCorner",
    "OrthoImageCorners",
    "Owner",
    "PCDType",
    "PartialXYZ",
    "PointcloudCuboidAnnotation",
    "PointcloudCuboidAnnotationType",
    "PointcloudCuboidLabelAttributes",
    "PointcloudSampleAttributes",
    "PointcloudSegmentationFrame",
    "PointcloudSegmentationLabelAttributes",
    "PointcloudSequenceCuboidAnnotation",
    "PointcloudSequenceCuboidFrame",
    "PointcloudSequenceCuboidLabelAttributes",
    "PointcloudSequenceSampleAttributes",
    "PointcloudSequenceSegmentationAnnotation",
    "PointcloudSequenceSegmentationLabelAttributes",
    "PointcloudSequenceVectorAnnotation",
    "PointcloudSequenceVectorFrame",
    "PointcloudSequenceVectorLabelAttributes",
    "PointcloudVectorAnnotation",
    "PointcloudVectorAnnotationType",
    "PointcloudVectorLabelAttributes",
    "PointsAttributeOptions",
    "PointsAttributeOptionsInputType",
    "PointsTaskAttribute",
    "PresignedPostFields",
    "Quaternion",
    "QuaternionAttributeOptions",
    "QuaternionAttributeOptionsInputType",
    "QuaternionTaskAttribute",
    "RegionOfInterest",
    "Release",
    "ReleaseAttributes",
    "ReleaseCreate",
    "ReleaseEvent",
    "ReleaseEventEventType",
    "ReleaseReleaseType",
    "ReleaseStatus",
    "Role",
    "Sample",
    "SampleCreate",
    "SampleEvent",
    "SampleEventEventType",
    "SampleSort",
    "SampleUpdate",
    "SegmentationAnnotation",
    "SelectAttributeOptions",
    "SelectAttributeOptionsInputType",
    "SelectTaskAttribute",
    "SelectTaskLinkAttribute",
    "Snapshot",
    "SnapshotCreate",
    "Subscription",
    "TaskAttributeCategory",
    "TaskAttributeFields",
    "TaskAttributeFieldsSensors",
    "TaskAttributes",
    "TaskLinkAttributeFields",
    "TaskType",
    "TextAttributeOptions",
    "TextAttributeOptionsInputType",
    "TextTaskAttribute",
    "TextTaskLinkAttribute",
    "UnexpandedListType0Item",
    "UnexpandedUser",
    "User",
    "UserFields",
    "Vector3AttributeOptions",
    "Vector3AttributeOptionsInputType",
    "Vector3TaskAttribute",
    "WarningRule",
    "WarningRuleName",
    "WebhookEventFields",
    "WebhookEventType",
    "Workunit",
)
