"""Contains all the data models used in inputs/outputs"""

from .anchor_base import AnchorBase
from .api_status import ApiStatus
from .api_status_status import ApiStatusStatus
from .asset_create import AssetCreate
from .attribute_values import AttributeValues
from .aws_fields import AWSFields
from .basic_anchor import BasicAnchor
from .basic_anchor_type import BasicAnchorType
from .bounds import Bounds
from .calibrated_image import CalibratedImage
from .calibrated_image_camera_convention import CalibratedImageCameraConvention
from .camera_distortion import CameraDistortion
from .camera_distortion_coefficients import CameraDistortionCoefficients
from .camera_distortion_model import CameraDistortionModel
from .camera_extrinsics import CameraExtrinsics
from .camera_intrinsics import CameraIntrinsics
from .collaborator import Collaborator
from .collaborator_create import CollaboratorCreate
from .collaborator_update import CollaboratorUpdate
from .cuboid import Cuboid
from .cuboid_type import CuboidType
from .data_type import DataType
from .dataset import Dataset
from .dataset_category import DatasetCategory
from .dataset_clone import DatasetClone
from .dataset_create import DatasetCreate
from .dataset_update import DatasetUpdate
from .delete_samples_request import DeleteSamplesRequest
from .delete_samples_response import DeleteSamplesResponse
from .ego_pose import EgoPose
from .error import Error
from .error_errors import ErrorErrors
from .file import File
from .get_sample_include_signed_urls import GetSampleIncludeSignedUrls
from .image_frame import ImageFrame
from .image_sample_attributes import ImageSampleAttributes
from .image_segmentation_frame import ImageSegmentationFrame
from .image_segmentation_sequence_label_attributes import (
    ImageSegmentationSequenceLabelAttributes,
)
from .image_sequence_sample_attributes import ImageSequenceSampleAttributes
from .image_vector_annotation import ImageVectorAnnotation
from .image_vector_annotation_type import ImageVectorAnnotationType
from .image_vector_frame import ImageVectorFrame
from .image_vector_label_attributes import ImageVectorLabelAttributes
from .image_vector_sequence_label_attributes import ImageVectorSequenceLabelAttributes
from .input_type import InputType
from .issue import Issue
from .issue_comment import IssueComment
from .issue_create import IssueCreate
from .issue_status import IssueStatus
from .issue_update import IssueUpdate
from .label import Label
from .label_create import LabelCreate
from .label_stats import LabelStats
from .label_status import LabelStatus
from .label_summary import LabelSummary
from .label_update import LabelUpdate
from .labelset import Labelset
from .labelset_create import LabelsetCreate
from .labelset_summary import LabelsetSummary
from .link import Link
from .list_samples_include_full_label import ListSamplesIncludeFullLabel
from .list_workunits_sort import ListWorkunitsSort
from .location_2d import Location2D
from .location_2d_type import Location2DType
from .location_3d import Location3D
from .location_3d_type import Location3DType
from .location_anchor import LocationAnchor
from .location_anchor_type import LocationAnchorType
from .metadata import Metadata
from .motion_value import MotionValue
from .multi_sensor_label_attributes import MultiSensorLabelAttributes
from .multi_sensor_sample_attributes import MultiSensorSampleAttributes
from .organization_membership import OrganizationMembership
from .owner import Owner
from .partial_xyz import PartialXYZ
from .pcd_type import PCDType
from .point_cloud import PointCloud
from .pointcloud_cuboid_frame import PointcloudCuboidFrame
from .pointcloud_cuboid_label_attributes import PointcloudCuboidLabelAttributes
from .pointcloud_cuboid_sequence_label_attributes import (
    PointcloudCuboidSequenceLabelAttributes,
)
from .pointcloud_sample_attributes import PointcloudSampleAttributes
from .pointcloud_segmentation_frame import PointcloudSegmentationFrame
from .pointcloud_segmentation_label_attributes import (
    PointcloudSegmentationLabelAttributes,
)
from .pointcloud_segmentation_sequence_label_attributes import (
    PointcloudSegmentationSequenceLabelAttributes,
)
from .pointcloud_sequence_sample_attributes import PointcloudSequenceSampleAttributes
from .pointcloud_vector_annotation import PointcloudVectorAnnotation
from .pointcloud_vector_annotation_type import PointcloudVectorAnnotationType
from .pointcloud_vector_frame import PointcloudVectorFrame
from .pointcloud_vector_label_attributes import PointcloudVectorLabelAttributes
from .pointcloud_vector_sequence_label_attributes import (
    PointcloudVectorSequenceLabelAttributes,
)
from .presigned_post_fields import PresignedPostFields
from .quaternion import Quaternion
from .region_of_interest import RegionOfInterest
from .release import Release
from .release_attributes import ReleaseAttributes
from .release_create import ReleaseCreate
from .release_release_type import ReleaseReleaseType
from .release_status import ReleaseStatus
from .role import Role
from .sample import Sample
from .sample_create import SampleCreate
from .sample_sort import SampleSort
from .sample_update import SampleUpdate
from .scene_attribute_anchor import SceneAttributeAnchor
from .scene_attribute_anchor_type import SceneAttributeAnchorType
from .segmentation_annotation import SegmentationAnnotation
from .segmentation_bitmap_label_attributes import SegmentationBitmapLabelAttributes
from .sensor_label_attributes import SensorLabelAttributes
from .sensor_sample_attributes import SensorSampleAttributes
from .subscription import Subscription
from .task_attribute import TaskAttribute
from .task_attribute_category import TaskAttributeCategory
from .task_attributes import TaskAttributes
from .task_type import TaskType
from .track_anchor import TrackAnchor
from .track_anchor_type import TrackAnchorType
from .url import Url
from .user import User
from .warning_rule import WarningRule
from .warning_rule_name import WarningRuleName
from .workunit import Workunit
from .xyz import XYZ

__all__ = (
    "XYZ",
    "AWSFields",
    "AnchorBase",
    "ApiStatus",
    "ApiStatusStatus",
    "AssetCreate",
    "AttributeValues",
    "BasicAnchor",
    "BasicAnchorType",
    "Bounds",
    "CalibratedImage",
    "CalibratedImageCameraConvention",
    "CameraDistortion",
    "CameraDistortionCoefficients",
    "CameraDistortionModel",
    "CameraExtrinsics",
    "CameraIntrinsics",
    "Collaborator",
    "CollaboratorCreate",
    "CollaboratorUpdate",
    "Cuboid",
    "CuboidType",
    "DataType",
    "Dataset",
    "DatasetCategory",
    "DatasetClone",
    "DatasetCreate",
    "DatasetUpdate",
    "DeleteSamplesRequest",
    "DeleteSamplesResponse",
    "EgoPose",
    "Error",
    "ErrorErrors",
    "File",
    "GetSampleIncludeSignedUrls",
    "ImageFrame",
    "ImageSampleAttributes",
    "ImageSegmentationFrame",
    "ImageSegmentationSequenceLabelAttributes",
    "ImageSequenceSampleAttributes",
    "ImageVectorAnnotation",
    "ImageVectorAnnotationType",
    "ImageVectorFrame",
    "ImageVectorLabelAttributes",
    "ImageVectorSequenceLabelAttributes",
    "InputType",
    "Issue",
    "IssueComment",
    "IssueCreate",
    "IssueStatus",
    "IssueUpdate",
    "Label",
    "LabelCreate",
    "LabelStats",
    "LabelStatus",
    "LabelSummary",
    "LabelUpdate",
    "Labelset",
    "LabelsetCreate",
    "LabelsetSummary",
    "Link",
    "ListSamplesIncludeFullLabel",
    "ListWorkunitsSort",
    "Location2D",
    "Location2DType",
    "Location3D",
    "Location3DType",
    "LocationAnchor",
    "LocationAnchorType",
    "Metadata",
    "MotionValue",
    "MultiSensorLabelAttributes",
    "MultiSensorSampleAttributes",
    "OrganizationMembership",
    "Owner",
    "PCDType",
    "PartialXYZ",
    "PointCloud",
    "PointcloudCuboidFrame",
    "PointcloudCuboidLabelAttributes",
    "PointcloudCuboidSequenceLabelAttributes",
    "PointcloudSampleAttributes",
    "PointcloudSegmentationFrame",
    "PointcloudSegmentationLabelAttributes",
    "PointcloudSegmentationSequenceLabelAttributes",
    "PointcloudSequenceSampleAttributes",
    "PointcloudVectorAnnotation",
    "PointcloudVectorAnnotationType",
    "PointcloudVectorFrame",
    "PointcloudVectorLabelAttributes",
    "PointcloudVectorSequenceLabelAttributes",
    "PresignedPostFields",
    "Quaternion",
    "RegionOfInterest",
    "Release",
    "ReleaseAttributes",
    "ReleaseCreate",
    "ReleaseReleaseType",
    "ReleaseStatus",
    "Role",
    "Sample",
    "SampleCreate",
    "SampleSort",
    "SampleUpdate",
    "SceneAttributeAnchor",
    "SceneAttributeAnchorType",
    "SegmentationAnnotation",
    "SegmentationBitmapLabelAttributes",
    "SensorLabelAttributes",
    "SensorSampleAttributes",
    "Subscription",
    "TaskAttribute",
    "TaskAttributeCategory",
    "TaskAttributes",
    "TaskType",
    "TrackAnchor",
    "TrackAnchorType",
    "Url",
    "User",
    "WarningRule",
    "WarningRuleName",
    "Workunit",
)
